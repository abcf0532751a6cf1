import type { AnswerData } from './assessment.service';
import type { MaturityModel } from './maturity-model';

/** A small deterministic generator (mulberry32), so demo data and benchmarks are the same on every run. */
export function seededRandom(seed: string): () => number {
  let h = 1779033703 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
    h = (h << 13) | (h >>> 19);
  }
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Plausible answers to every question of a model (optional ones too, unless `skipOptional`), for
 * an entity of the given maturity (0–1), with evidence wherever it is required. Demo data and
 * benchmarks use it; it is not part of any user path.
 */
export function sampleAnswers(
  model: MaturityModel,
  seed: string,
  maturity: number,
  options: { skipOptional?: boolean; evidenceDate?: string } = {},
): AnswerData[] {
  const random = seededRandom(seed);
  const around = () => Math.min(1, Math.max(0, maturity + (random() - 0.5) * 0.5));
  const answers: AnswerData[] = [];
  for (const q of model.questions.values()) {
    if (!q.required && options.skipOptional) continue;
    const x = around();
    const answer: AnswerData = { questionId: q.id };
    switch (q.type) {
      case 'SCALE_0_4':
        answer.value = Math.round(x * 4);
        break;
      case 'YES_NO':
        answer.yes = x >= 0.5;
        break;
      case 'PERCENTAGE':
        answer.value = Math.round(x * 1000) / 10;
        break;
      case 'NUMBER':
        answer.value = Math.round(x * q.target! * 1.2 * 10) / 10;
        break;
    }
    if (q.evidenceRequired) {
      answer.evidence = [
        {
          title: `Soporte de ${q.id}`,
          url: `https://www.example.gov.co/cti/evidencias/${seed}/${q.id.toLowerCase()}.pdf`,
          date: options.evidenceDate ?? null,
        },
      ];
    }
    answers.push(answer);
  }
  return answers;
}
