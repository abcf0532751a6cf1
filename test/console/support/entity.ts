import type { Locator, Page } from 'playwright-core';

import { shippedModel } from '../../../src/modules/maturity/maturity-model';
import { dataOf, executeText } from '../../support/http';

/**
 * The entity's screens driven as a person would (labels and roles, so they also prove the screens
 * are accessible): the maturity questionnaire answered, its evidence linked or uploaded, and its
 * submission. The journey test reuses these helpers.
 */

/** The shipped model (2026.1): what the demo cycle's questionnaire asks. */
export const assessmentModel = () => shippedModel().definition;

export type ModelQuestion = ReturnType<typeof assessmentModel>['dimensions'][number]['subdimensions'][number]['questions'][number];

export interface EvidenceFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** The question's block on the screen (answer control, evidence). */
export const questionBlock = (page: Page, code: string): Locator => page.locator(`#pregunta-${code}`);

/** Waits until the autosave says everything is saved. */
export async function waitSaved(page: Page): Promise<void> {
  await page
    .getByRole('status')
    .filter({ hasText: /^Guardado/ })
    .waitFor();
}

/** Opens the dimension's tab. */
export async function openDimension(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('tablist', { name: 'Dimensiones del modelo' }).getByRole('tab', { name: new RegExp(`^${name}\\b`) });
  await tab.click();
  await page.getByRole('tabpanel').getByRole('heading', { level: 2, name }).waitFor();
}

/**
 * Answers one question with its control: a scale at `scale` (0–4), yes, a percentage or a number.
 * Radios are found by their accessible name and chosen with the keyboard; numbers are typed and committed with Tab.
 */
export async function answerQuestion(page: Page, q: ModelQuestion, answers: { scale?: number; percentage?: number; number?: number } = {}) {
  const block = questionBlock(page, q.id);
  if (q.type === 'SCALE_0_4' || q.type === 'YES_NO') {
    const radio =
      q.type === 'YES_NO'
        ? block.getByRole('radio', { name: 'Sí', exact: true })
        : block.getByRole('radio', { name: new RegExp(`^${answers.scale ?? 3} · `) });
    // The keyboard, as a person without a mouse would (the radio's label covers the native input).
    await radio.focus();
    await page.keyboard.press('Space');
    if (!(await radio.isChecked())) throw new Error(`${q.id}: la opción no quedó marcada`);
  } else {
    const value = q.type === 'PERCENTAGE' ? (answers.percentage ?? 75) : (answers.number ?? q.target ?? 5);
    const input = block.getByLabel(new RegExp(`^${q.id}\\.`));
    await input.fill(String(value));
    await input.press('Tab');
  }
}

/** Adds a link as evidence of a question (already answered). */
export async function addLinkEvidence(page: Page, code: string, title: string, url: string): Promise<void> {
  const block = questionBlock(page, code);
  await block.getByRole('button', { name: `Agregar enlace de evidencia a ${code}` }).click();
  await block.getByLabel('Título de la evidencia').fill(title);
  await block.getByLabel('Dirección (URL)').fill(url);
  await block.getByRole('button', { name: 'Agregar', exact: true }).click();
  await block.getByRole('link', { name: title }).waitFor();
}

/** Uploads a file as evidence of a question (resumable tus upload), and waits until it is attached and saved. */
export async function uploadEvidence(page: Page, code: string, file: EvidenceFile): Promise<void> {
  const block = questionBlock(page, code);
  await block.getByLabel(`Subir archivo de evidencia (${code})`).setInputFiles(file);
  await block
    .getByRole('status')
    .filter({ hasText: `Archivo «${file.name}» subido y verificado.` })
    .waitFor({ timeout: 30_000 });
  await block.getByText(`(archivo subido: ${file.name})`).waitFor();
  await waitSaved(page);
}

export interface AnswerOptions {
  /** Uploaded (not linked) as the evidence of the first question that requires one. */
  evidenceFile?: EvidenceFile;
  /** Only these dimensions (their ids, e.g. PERSONAS); all by default. */
  dimensions?: string[];
}

/**
 * Answers the questionnaire through the screen, dimension by dimension: every question, with a
 * link as evidence where the question requires one (the given file, uploaded, for the first).
 * Returns the code of the question whose evidence was the uploaded file.
 */
export async function answerWholeAssessment(page: Page, options: AnswerOptions = {}): Promise<{ uploadedTo: string | null }> {
  let uploadedTo: string | null = null;
  for (const d of assessmentModel().dimensions) {
    if (options.dimensions && !options.dimensions.includes(d.id)) continue;
    await openDimension(page, d.name);
    for (const s of d.subdimensions) {
      for (const q of s.questions) {
        await answerQuestion(page, q);
        if (!q.evidenceRequired) continue;
        if (options.evidenceFile && !uploadedTo) {
          await uploadEvidence(page, q.id, options.evidenceFile);
          uploadedTo = q.id;
        } else {
          await addLinkEvidence(page, q.id, `Soporte de ${q.id}`, `https://datos.medellin.gov.co/soportes/${q.id.toLowerCase()}`);
        }
      }
    }
    await waitSaved(page);
  }
  return { uploadedTo };
}

/** Sends the assessment to the Ministry with the screen's button and waits for the confirmation. */
export async function submitAssessment(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Enviar el autodiagnóstico' }).click();
  await page.getByRole('status').filter({ hasText: 'Autodiagnóstico enviado al Ministerio' }).waitFor();
}

/**
 * The entity's latest assessment through the API, as one of its users (a member's token: minting a
 * representative's would hand the entity's office to that test person): state and answers with evidence.
 */
export async function latestAssessment(url: string, token: string) {
  const journey = dataOf<{ me: { entity: { journey: { assessment: { id: string } | null } } } }>(
    await executeText(url, '{ me { entity { journey { assessment { id } } } } }', {}, { token }),
  );
  const id = journey.me.entity.journey.assessment?.id;
  if (!id) return null;
  const res = dataOf<{
    assessment: {
      id: string;
      state: string;
      version: number;
      answers: {
        questionId: string;
        value: number | null;
        yes: boolean | null;
        evidence: {
          title: string;
          url: string | null;
          document: { id: string; name: string; status: string; sha256: string | null } | null;
        }[];
      }[];
    };
  }>(
    await executeText(
      url,
      `query ($id: ID!) { assessment(id: $id) { id state version answers { questionId value yes evidence { title url document { id name status sha256 } } } } }`,
      { id },
      { token },
    ),
  );
  return res.assessment;
}
