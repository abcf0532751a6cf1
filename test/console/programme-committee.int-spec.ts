import { Role } from '../../src/core/auth/principal';
import { caseOf } from '../support/cofinancing';
import {
  axeViolations,
  ensureConsoleBuilt,
  openConsoleBrowser,
  signInAsDemo,
  withEvidence,
  type ConsoleBrowser,
} from '../support/console-browser';
import { startTestSystem, type TestSystem } from '../support/test-system';
import {
  callFunds,
  callInCommittee,
  confirmDecision,
  openCall,
  openDecision,
  shownFunds,
  shownRanking,
  type CommitteeCall,
} from './support/programme';

const M = 1_000_000;

// Calls and committee in a real browser: a call whose two applications reached the committee
// through the API; the coordinator approves one from /convocatorias/:id and sees the money move;
// approving the other would over-commit the budget, and the API's refusal is what the dialog says.
describe('consola web: convocatorias y comité', () => {
  let sys: TestSystem;
  let browser: ConsoleBrowser;
  let call: CommitteeCall;

  beforeAll(async () => {
    ensureConsoleBuilt();
    sys = await startTestSystem({}, { demoData: true, worker: true });
    browser = await openConsoleBrowser(sys.url);
    // 1.000 M: Cali's 700 M fits; Barranquilla's 600 M does not fit in what is left.
    call = await callInCommittee(sys, 'Convocatoria del comité (prueba)', 1_000 * M, [
      { entityCode: '76001', futic: 700 * M, counterpart: 200 * M, score: 85 },
      { entityCode: '08001', futic: 600 * M, counterpart: 200 * M, score: 75 },
    ]);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await sys?.stop();
  });

  it('la coordinación ve la convocatoria, su presupuesto y el ranking, y aprueba una postulación', async () => {
    const { page, watch } = browser;
    const [cali, barranquilla] = call.applications;
    await withEvidence('comite-aprobar', page, watch, async () => {
      await signInAsDemo(page, sys.url, /Coordinación CTI/);
      await page.goto(`${sys.url}/convocatorias`);
      const calls = page.getByRole('table', { name: /convocatorias?, la más reciente primero/ });
      await calls.getByRole('link', { name: call.title }).waitFor();
      // The demo's own call is there too.
      expect(await calls.locator('tbody tr').count()).toBeGreaterThanOrEqual(2);
      expect(await axeViolations(page)).toEqual([]);

      await openCall(page, sys.url, call.title);
      expect(await shownFunds(page)).toEqual({ committed: 0, remaining: 1_000 * M });
      const meter = page.getByRole('meter', { name: 'Presupuesto comprometido' });
      expect(await meter.getAttribute('aria-valuetext')).toMatch(/\(0\s?%\)/);
      const ranking = await shownRanking(page);
      expect(ranking.map((r) => [r.place, r.futic])).toEqual([
        ['1', 700 * M],
        ['2', 600 * M],
      ]);
      expect(ranking[0].entity).toContain(cali.name);
      expect(ranking[1].entity).toContain(barranquilla.name);
      expect(ranking[0].score).toBe('85');
      expect(ranking[0].state).toBe('En comité');
      expect(await axeViolations(page)).toEqual([]);

      const dialog = await openDecision(page, 'Aprobar', cali.name);
      expect(await axeViolations(page)).toEqual([]);
      await confirmDecision(dialog, 'Aprobar');
      await page
        .getByRole('status')
        .filter({ hasText: `Aprobar: decisión registrada para ${cali.name}.` })
        .waitFor();
      await dialog.waitFor({ state: 'detached' });

      const api = await callFunds(sys, call.callId);
      expect(api).toMatchObject({ committed: 700 * M, remaining: 300 * M });
      expect(await shownFunds(page)).toEqual({ committed: api.committed, remaining: api.remaining });
      expect(await meter.getAttribute('aria-valuetext')).toMatch(/\(70\s?%\)/);
      const coordinator = await sys.token(Role.COORDINATOR);
      expect((await caseOf(sys, coordinator, cali.caseId)).state).toBe('approved');
      // The row says what was decided and offers nothing more.
      const row = page.getByRole('row').filter({ hasText: cali.name });
      await row.getByText(/^Aprobada el /).waitFor();
      expect(await row.getByRole('button').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      watch.assertClean();
    });
  });

  it('aprobar por encima de lo que queda muestra el rechazo de la API; la lista de espera pide sus motivos', async () => {
    const { page, watch } = browser;
    const barranquilla = call.applications[1];
    await withEvidence('comite-sin-recursos', page, watch, async () => {
      const before = await callFunds(sys, call.callId);
      const approve = await openDecision(page, 'Aprobar', barranquilla.name);
      await confirmDecision(approve, 'Aprobar');
      const refusal = approve.getByRole('alert');
      await refusal.getByText(/no tiene recursos suficientes/).waitFor();
      expect(await refusal.innerText()).toMatch(/quedan \$\s?300\.000\.000 por comprometer y la postulación requiere \$\s?600\.000\.000/);
      expect(await axeViolations(page)).toEqual([]);
      expect(await callFunds(sys, call.callId)).toEqual(before);
      await approve.getByRole('button', { name: 'Cancelar' }).click();
      await approve.waitFor({ state: 'detached' });

      // Reasons are required: the API's problem shows under the field, then the decision goes through.
      const waitlist = await openDecision(page, 'Dejar en lista de espera', barranquilla.name);
      await confirmDecision(waitlist, 'Dejar en lista de espera', 'no');
      const note = waitlist.getByLabel('Motivos');
      // The problem at input.note, under the field and in its description (what a screen reader reads with it).
      const problem = waitlist.getByText('debe tener entre 3 y 5000 caracteres', { exact: true });
      await problem.waitFor();
      expect(await note.getAttribute('aria-invalid')).toBe('true');
      expect((await note.getAttribute('aria-describedby'))?.split(' ')).toContain(await problem.getAttribute('id'));
      expect(await axeViolations(page)).toEqual([]);
      await confirmDecision(
        waitlist,
        'Dejar en lista de espera',
        'Sin recursos suficientes en esta convocatoria; queda en lista de espera.',
      );
      await waitlist.waitFor({ state: 'detached' });
      const row = page.getByRole('row').filter({ hasText: barranquilla.name });
      await row.getByText(/^En lista de espera el /).waitFor();
      expect(await shownFunds(page)).toEqual({ committed: 700 * M, remaining: 300 * M });
      const coordinator = await sys.token(Role.COORDINATOR);
      expect((await caseOf(sys, coordinator, barranquilla.caseId)).state).toBe('waitlisted');
      watch.assertClean();
    });
  });

  it('control interno ve la convocatoria y su ranking sin decisiones que tomar', async () => {
    const { page, watch } = await browser.newPerson();
    await withEvidence('comite-auditoria', page, watch, async () => {
      await signInAsDemo(page, sys.url, /Control interno/);
      await openCall(page, sys.url, call.title);
      expect(await shownFunds(page)).toEqual({ committed: 700 * M, remaining: 300 * M });
      expect((await shownRanking(page)).map((r) => r.state)).toEqual(['Aprobada', 'En lista de espera']);
      // The API lists no committee event to an auditor: the page offers none.
      const ranking = page.getByRole('table', { name: /Postulaciones ordenadas por puntaje/ });
      expect(await ranking.getByRole('button').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);
      watch.assertClean();
    });
  });
});
