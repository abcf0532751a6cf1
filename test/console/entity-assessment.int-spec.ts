import { Role } from '../../src/core/auth/principal';
import {
  axeViolations,
  ensureConsoleBuilt,
  openConsoleBrowser,
  signInAsDemo,
  withEvidence,
  type ConsoleBrowser,
} from '../support/console-browser';
import { samplePdf } from '../support/documents';
import { startTestSystem, type TestSystem } from '../support/test-system';
import {
  answerQuestion,
  answerWholeAssessment,
  assessmentModel,
  latestAssessment,
  openDimension,
  questionBlock,
  submitAssessment,
  waitSaved,
} from './support/entity';

// Medellín's representative walks the first step of its path in the console: Mi ruta says to start
// the self-assessment; the questionnaire is started, refused when sent early (the missing items
// listed and linked), answered by dimension with autosave (a reload keeps the answers), one
// evidence file uploaded with tus, and sent; Mi ruta then shows it waiting for the Ministry.
describe('consola web: Mi ruta y el autodiagnóstico de la entidad', () => {
  let sys: TestSystem;
  let browser: ConsoleBrowser;

  beforeAll(async () => {
    ensureConsoleBuilt();
    sys = await startTestSystem({}, { demoData: true, worker: true });
    browser = await openConsoleBrowser(sys.url);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await sys?.stop();
  });

  it('responde el autodiagnóstico por la consola, con autoguardado, una evidencia subida y el envío', async () => {
    const { page, watch } = browser;
    const model = assessmentModel();
    const [first] = model.dimensions;

    await withEvidence('ruta-inicial', page, watch, async () => {
      await signInAsDemo(page, sys.url, /Alcaldía de Medellín/);
      await page.waitForURL(/\/ruta$/);
      const next = page.getByRole('region', { name: 'Siguiente paso' });
      await next.getByText(/Inicie el autodiagnóstico/).waitFor();
      expect(await page.getByRole('region', { name: 'Autodiagnóstico de madurez' }).textContent()).toContain(
        'Aún no ha iniciado un autodiagnóstico.',
      );
      expect(await axeViolations(page)).toEqual([]);
      await next.getByRole('link', { name: 'Ir al autodiagnóstico' }).click();
      await page.waitForURL(/\/autodiagnostico$/);
    });

    await withEvidence('autodiagnostico-iniciar', page, watch, async () => {
      const start = page.getByRole('button', { name: 'Iniciar autodiagnóstico' });
      await start.waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await start.click();
      await page.getByRole('tablist', { name: 'Dimensiones del modelo' }).waitFor();
      expect(await page.getByRole('tab').count()).toBe(6);
      expect(await page.getByRole('region', { name: 'Estado' }).textContent()).toContain('Borrador');
      await page.getByText('Avance total: 0 de 60 respondidas').waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });

    await withEvidence('autodiagnostico-envio-temprano', page, watch, async () => {
      await page.getByRole('button', { name: 'Enviar el autodiagnóstico' }).click();
      const missing = page.getByRole('region', { name: /^No se pudo enviar: faltan \d+ respuestas o evidencias$/ });
      await missing.waitFor();
      const required = model.dimensions.flatMap((d) => d.subdimensions.flatMap((s) => s.questions.filter((q) => q.required)));
      expect(await missing.getByRole('listitem').count()).toBe(required.length);
      // A later dimension's item opens its tab and focuses the question.
      const last = model.dimensions[model.dimensions.length - 1];
      const target = last.subdimensions[0].questions.find((q) => q.required)!;
      await missing.getByRole('link', { name: new RegExp(`^${target.id}:`) }).click();
      expect(await page.getByRole('tab', { name: new RegExp(`^${last.name}`) }).getAttribute('aria-selected')).toBe('true');
      await page.waitForFunction(`document.activeElement && document.activeElement.id === 'pregunta-${target.id}'`);
      expect(await axeViolations(page)).toEqual([]);
    });

    let uploadedTo: string | null = null;
    await withEvidence('autodiagnostico-primera-dimension', page, watch, async () => {
      ({ uploadedTo } = await answerWholeAssessment(page, {
        dimensions: [first.id],
        evidenceFile: { name: 'plan-capacitacion.pdf', mimeType: 'application/pdf', buffer: samplePdf('Plan de capacitación 2026') },
      }));
      expect(uploadedTo).not.toBeNull();
      await waitSaved(page);
      // The missing-items list follows what is saved: the first dimension's questions left it.
      const required = model.dimensions.flatMap((d) => d.subdimensions.flatMap((s) => s.questions.filter((q) => q.required)));
      const left = required.length - first.subdimensions.flatMap((s) => s.questions.filter((q) => q.required)).length;
      await page.getByRole('region', { name: `No se pudo enviar: faltan ${left} respuestas o evidencias` }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });

    await withEvidence('autodiagnostico-recarga', page, watch, async () => {
      // Autosave: what was answered is there after a reload, evidence included.
      await page.reload();
      await page.getByRole('tablist', { name: 'Dimensiones del modelo' }).waitFor();
      const answered = first.subdimensions.flatMap((s) => s.questions).length;
      expect(await page.getByRole('tab', { name: new RegExp(`^${first.name}`) }).textContent()).toContain(`${answered}/${answered}`);
      const scale = first.subdimensions.flatMap((s) => s.questions).find((q) => q.type === 'SCALE_0_4')!;
      expect(await questionBlock(page, scale.id).getByRole('radio', { name: /^3 · / }).isChecked()).toBe(true);
      await questionBlock(page, uploadedTo!).getByText('(archivo subido: plan-capacitacion.pdf)').waitFor();
      // A change after the reload is saved too (and the number field commits on leaving it).
      const percent = first.subdimensions.flatMap((s) => s.questions).find((q) => q.type === 'PERCENTAGE')!;
      await answerQuestion(page, percent, { percentage: 60 });
      await waitSaved(page);
    });

    await withEvidence('autodiagnostico-salir-sin-esperar', page, watch, async () => {
      // Leaving the screen right after a change (before the autosave's pause) still saves it.
      const scale = first.subdimensions.flatMap((s) => s.questions).find((q) => q.type === 'SCALE_0_4')!;
      await answerQuestion(page, scale, { scale: 4 });
      await page.getByRole('navigation', { name: 'Menú principal' }).getByRole('link', { name: 'Mi ruta' }).click();
      await page.waitForURL(/\/ruta$/);
      const member = await sys.token(Role.ENTITY_MEMBER, '05001');
      const deadline = Date.now() + 10_000;
      while ((await latestAssessment(sys.url, member))!.answers.find((a) => a.questionId === scale.id)?.value !== 4) {
        if (Date.now() > deadline) throw new Error(`${scale.id} no se guardó al salir de la pantalla`);
        await new Promise((r) => setTimeout(r, 100));
      }
      await page.getByRole('navigation', { name: 'Menú principal' }).getByRole('link', { name: 'Autodiagnóstico' }).click();
      await page.getByRole('tablist', { name: 'Dimensiones del modelo' }).waitFor();
      expect(await questionBlock(page, scale.id).getByRole('radio', { name: /^4 · / }).isChecked()).toBe(true);
    });

    await withEvidence('autodiagnostico-resto', page, watch, async () => {
      await answerWholeAssessment(page, { dimensions: model.dimensions.slice(1).map((d) => d.id) });
      await page.getByText('Avance total: 60 de 60 respondidas').waitFor();
      expect(await axeViolations(page)).toEqual([]);
    });

    await withEvidence('autodiagnostico-enviar', page, watch, async () => {
      await submitAssessment(page);
      const state = page.getByRole('region', { name: 'Estado' });
      await state.getByText('Enviado', { exact: true }).waitFor();
      expect(await state.textContent()).toContain('mientras el Ministerio lo revisa');
      // Read-only now: the answers as text, no controls.
      expect(await page.getByRole('radiogroup').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Enviar el autodiagnóstico' }).count()).toBe(0);
      await openDimension(page, first.name);
      expect(await questionBlock(page, first.subdimensions[0].questions[0].id).textContent()).toContain('Respuesta: 4 · Consolidado');
      expect(await axeViolations(page)).toEqual([]);
    });

    // The API holds what the screen did: the uploaded file is the answer's evidence document.
    // A member's token (enrolling another representative would take the office from the demo one).
    const token = await sys.token(Role.ENTITY_MEMBER, '05001');
    const stored = (await latestAssessment(sys.url, token))!;
    expect(stored.state).toBe('submitted');
    expect(stored.answers).toHaveLength(60);
    const withFile = stored.answers.find((a) => a.questionId === uploadedTo)!;
    expect(withFile.evidence).toEqual([
      expect.objectContaining({
        title: 'plan-capacitacion.pdf',
        document: expect.objectContaining({ name: 'plan-capacitacion.pdf', status: 'AVAILABLE' }),
      }),
    ]);
    const percent = first.subdimensions.flatMap((s) => s.questions).find((q) => q.type === 'PERCENTAGE')!;
    expect(stored.answers.find((a) => a.questionId === percent.id)?.value).toBe(60);

    await withEvidence('ruta-enviado', page, watch, async () => {
      await page.getByRole('navigation', { name: 'Menú principal' }).getByRole('link', { name: 'Mi ruta' }).click();
      await page.waitForURL(/\/ruta$/);
      const card = page.getByRole('region', { name: 'Autodiagnóstico de madurez' });
      await card.getByText('Enviado', { exact: true }).waitFor();
      expect(await card.textContent()).toContain('Espera una acción del Ministerio.');
      await page
        .getByRole('region', { name: 'Siguiente paso' })
        .getByText(/la siguiente acción es del Ministerio/)
        .waitFor();
      expect(await axeViolations(page)).toEqual([]);
      watch.assertClean();
    });
  });
});
