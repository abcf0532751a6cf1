import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';

import { Role } from '../../../src/core/auth/principal';
import { applicationInCommittee, fundsOf, publishedCall } from '../../support/cofinancing';
import { dataOf, executeText } from '../../support/http';
import type { TestSystem } from '../../support/test-system';
import { actors } from '../../support/workflow';

/*
 * The programme's screens (/convocatorias, /indice, /personas, /informes) driven as a person
 * would, and their preconditions set up through the API: for this area's suites and for a
 * journey test that passes through the committee or the reports centre.
 */

/** The whole pesos a text shows ("$ 1.200.000.000" → 1200000000), whatever the locale's spacing. */
export const pesosIn = (text: string | null): number => Number((text ?? '').replace(/[^\d]/g, ''));

/** An entity's official name (DIVIPOLA), as the console shows it. */
export async function entityName(sys: TestSystem, code: string): Promise<string> {
  const token = await sys.token(Role.COORDINATOR);
  const res = await executeText(sys.url, `query N($code: String!) { territorialEntity(code: $code) { name } }`, { code }, { token });
  return dataOf<{ territorialEntity: { name: string } }>(res).territorialEntity.name;
}

export interface CommitteeApplicant {
  entityCode: string;
  futic: number;
  counterpart: number;
  /** The same score on every criterion of the default rubric (its weighted score). */
  score: number;
}

export interface CommitteeCall {
  callId: string;
  title: string;
  budget: number;
  /** Each applicant's application (case id) and entity name, in the order given. */
  applications: { caseId: string; entityCode: string; name: string; futic: number; score: number }[];
}

/**
 * A published call with `budget` and every applicant's application taken to the committee through
 * the API (saved, submitted, declared eligible, scored by one evaluator). The entities must have a
 * validated assessment: in the demo data, the capitals of last year's Índice (76001, 08001, …).
 */
export async function callInCommittee(
  sys: TestSystem,
  title: string,
  budget: number,
  applicants: CommitteeApplicant[],
): Promise<CommitteeCall> {
  const coordinator = await sys.token(Role.COORDINATOR);
  const callId = await publishedCall(sys, coordinator, { title, totalBudget: budget, capPerApplication: budget });
  const applications = [];
  for (const a of applicants) {
    const who = await actors(sys, a.entityCode);
    const caseId = await applicationInCommittee(sys, who, callId, { futic: a.futic, counterpart: a.counterpart, score: a.score });
    applications.push({ caseId, entityCode: a.entityCode, name: await entityName(sys, a.entityCode), futic: a.futic, score: a.score });
  }
  return { callId, title, budget, applications };
}

/** The call's money as the API gives it to a coordinator. */
export async function callFunds(sys: TestSystem, callId: string) {
  return fundsOf(sys, await sys.token(Role.COORDINATOR), callId);
}

/** From the calls list to one call's page. */
export async function openCall(page: Page, baseUrl: string, title: string): Promise<void> {
  await page.goto(`${baseUrl}/convocatorias`);
  await page.getByRole('link', { name: title, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

/** The committed and remaining pesos the call's page shows now. */
export async function shownFunds(page: Page): Promise<{ committed: number; remaining: number }> {
  return {
    committed: pesosIn(await page.getByTestId('committed').textContent()),
    remaining: pesosIn(await page.getByTestId('remaining').textContent()),
  };
}

/** The ranking's rows: place, entity cell, score, requested FUTIC and state label. */
export async function shownRanking(page: Page): Promise<{ place: string; entity: string; score: string; futic: number; state: string }[]> {
  const table = page.getByRole('table', { name: /Postulaciones ordenadas por puntaje/ });
  const rows = await table.locator('tbody tr').all();
  return Promise.all(
    rows.map(async (row) => {
      const cells = row.locator('td, th');
      return {
        place: (await cells.nth(0).innerText()).trim(),
        entity: (await cells.nth(1).innerText()).trim(),
        score: (await cells.nth(2).innerText()).trim(),
        futic: pesosIn(await cells.nth(3).innerText()),
        state: (await cells.nth(4).innerText()).trim(),
      };
    }),
  );
}

/**
 * Opens the committee's decision (`Aprobar`, `Dejar en lista de espera`, `Rechazar`) for an
 * entity's application; gives the dialog, not yet confirmed.
 */
export async function openDecision(page: Page, decision: string, entity: string): Promise<Locator> {
  await page.getByRole('button', { name: `${decision}: ${entity}`, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `${decision}: ${entity}` });
  await dialog.waitFor();
  return dialog;
}

/** Confirms an open decision dialog (with its reasons, if given). */
export async function confirmDecision(dialog: Locator, decision: string, note?: string): Promise<void> {
  if (note !== undefined) await dialog.getByLabel('Motivos').fill(note);
  await dialog.getByRole('button', { name: `Confirmar: ${decision}` }).click();
}

/** Invites a person from /personas (the page must be open); the caller checks the outcome. */
export async function inviteThroughForm(
  page: Page,
  input: { email: string; name?: string; roleLabel: string; entityCode?: string },
): Promise<void> {
  const form = page.getByRole('form', { name: 'Invitar a una persona' });
  await form.getByLabel('Correo electrónico').fill(input.email);
  await form.getByLabel('Nombre').fill(input.name ?? '');
  await choose(form, page, 'Rol', input.roleLabel);
  await form.getByLabel('Entidad (código DIVIPOLA)').fill(input.entityCode ?? '');
  await form.getByRole('button', { name: 'Enviar invitación' }).click();
}

/** Picks an option of a React Aria select by its label (its button is named by its value, then its label). */
export async function choose(scope: Page | Locator, page: Page, label: string, option: string | RegExp): Promise<void> {
  await scope.getByRole('button', { name: new RegExp(`${label}$`) }).click();
  await page.getByRole('option', typeof option === 'string' ? { name: option, exact: true } : { name: option }).click();
}

/**
 * Requests a report from /informes (the page must be open) and waits until its card says it is
 * ready, its progress bar at 100; gives the card.
 */
export async function requestReportThroughForm(
  page: Page,
  kindLabel: string,
  formatLabel: string,
  /** Fills the kind's own parameters (the cycle, the cut, the plan…). */
  parameters?: (form: Locator) => Promise<void>,
): Promise<Locator> {
  const form = page.getByRole('form', { name: 'Solicitar un informe' });
  await choose(form, page, 'Informe', kindLabel);
  await choose(form, page, 'Formato', formatLabel);
  await parameters?.(form);
  const list = page.getByRole('list', { name: /Mis informes/ });
  const before = await list.getByRole('listitem').count();
  await form.getByRole('button', { name: 'Solicitar informe' }).click();
  // A new request adds its card on top (newest first); the status line alone may still be the
  // previous request's, and the first card the previous report.
  await list.getByRole('listitem').nth(before).waitFor();
  await page
    .getByRole('status')
    .filter({ hasText: /quedó en la cola|ya existía una solicitud igual/ })
    .waitFor();
  const card = list.getByRole('listitem').first();
  await card.locator('[role="progressbar"][aria-valuenow="100"]').waitFor({ timeout: 60_000 });
  await card.getByRole('button', { name: /^Descargar/ }).waitFor();
  return card;
}

/** Downloads a ready report from its card: the file the browser saved and the bytes the page fetched. */
export async function downloadFromCard(
  page: Page,
  card: Locator,
): Promise<{ fileName: string; bytes: Buffer; contentType: string; status: number; bearer: boolean }> {
  const [download, response] = await Promise.all([
    page.waitForEvent('download'),
    page.waitForResponse((r) => /\/reports\/[^/]+\/download$/.test(new URL(r.url()).pathname)),
    card.getByRole('button', { name: /^Descargar/ }).click(),
  ]);
  // The bytes of the file the browser saved (from the page's object URL), and the served type.
  const bytes = readFileSync((await download.path())!);
  return {
    fileName: download.suggestedFilename(),
    bytes,
    contentType: response.headers()['content-type'] ?? '',
    status: response.status(),
    bearer: /^Bearer \S+$/.test((await response.request().allHeaders()).authorization ?? ''),
  };
}
