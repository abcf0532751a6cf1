import type { Locator, Page } from 'playwright-core';

import { Role } from '../../../src/core/auth/principal';
import { dataOf, executeText } from '../../support/http';
import type { TestSystem } from '../../support/test-system';
import { answerAssessment } from '../../support/workflow';

/** Opens one case's page (/casos/:id) and waits for its heading (or its "not available" message). */
export async function openCase(page: Page, baseUrl: string, caseId: string): Promise<void> {
  await page.goto(`${baseUrl}/casos/${encodeURIComponent(caseId)}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByText('Cargando el trámite…').waitFor({ state: 'detached' });
}

/** The form of one available action on the case page, by the action's label. */
export const actionForm = (page: Page, label: string | RegExp): Locator => page.getByRole('form', { name: label });

/**
 * Sends one of the case's available actions through its form: fills each field by its label
 * (text, textarea and number fields; `true` ticks a checkbox) and presses the action's button.
 * Waits for the page's confirmation unless `expectRefusal`, in which case it waits for the form's alert.
 */
export async function sendAction(
  page: Page,
  label: string | RegExp,
  fields: Record<string, string | number | boolean> = {},
  options: { expectRefusal?: boolean } = {},
): Promise<void> {
  const form = actionForm(page, label);
  for (const [fieldLabel, value] of Object.entries(fields)) {
    if (typeof value === 'boolean') {
      const box = form.getByRole('checkbox', { name: fieldLabel });
      if ((await box.isChecked()) !== value) await box.click({ force: true });
    } else {
      await form.getByLabel(fieldLabel).fill(String(value));
    }
  }
  await form.getByRole('button', { name: label }).click();
  if (options.expectRefusal) await form.getByRole('alert').waitFor();
  else
    await page
      .getByRole('status')
      .filter({ hasText: /Se registró/ })
      .waitFor();
}

/** The open cycle's id (the demo opens one; `cycles` lists the newest first). */
export async function openCycleId(sys: TestSystem, token: string): Promise<string> {
  const res = await executeText(sys.url, `{ cycles(first: 1) { edges { node { id } } } }`, {}, { token });
  return dataOf<{ cycles: { edges: { node: { id: string } }[] } }>(res).cycles.edges[0].node.id;
}

interface StartedCase {
  id: string;
  stateLabel: string;
  version: number;
}

const CASE_FIELDS = 'case { id stateLabel version }';

/** An entity's member starts its maturity assessment in the open cycle, through the API. */
export async function startAssessmentFor(sys: TestSystem, entityCode: string): Promise<StartedCase> {
  const member = await sys.token(Role.ENTITY_MEMBER, entityCode);
  const cycleId = await openCycleId(sys, member);
  const res = await executeText(
    sys.url,
    `mutation Start($input: StartAssessmentInput!) { startAssessment(input: $input) { ${CASE_FIELDS} } }`,
    { input: { cycleId } },
    { token: member },
  );
  return dataOf<{ startAssessment: { case: StartedCase } }>(res).startAssessment.case;
}

/** The entity answers every question (member) and files the assessment (representative), through the API. */
export async function answerAndSubmit(sys: TestSystem, entityCode: string, caseId: string): Promise<StartedCase> {
  await answerAssessment(sys, await sys.token(Role.ENTITY_MEMBER, entityCode), caseId);
  const res = await executeText(
    sys.url,
    `mutation Submit($input: CaseActionInput!) { submitAssessment(input: $input) { ${CASE_FIELDS} } }`,
    { input: { caseId } },
    { token: await sys.token(Role.ENTITY_REPRESENTATIVE, entityCode) },
  );
  return dataOf<{ submitAssessment: { case: StartedCase } }>(res).submitAssessment.case;
}

/** A submitted maturity assessment of the entity (started, answered and filed through the API). */
export async function submittedAssessment(sys: TestSystem, entityCode = '05001'): Promise<StartedCase> {
  const started = await startAssessmentFor(sys, entityCode);
  return answerAndSubmit(sys, entityCode, started.id);
}

/** The performance entries the board leaves for the benchmark (marks and measures by name). */
export async function boardPerformance(page: Page): Promise<{ firstRender: number; updates: number; measures: number[] }> {
  return (await page.evaluate(`({
    firstRender: performance.getEntriesByName('tablero:primer-render', 'mark').length,
    updates: performance.getEntriesByName('tablero:actualizacion', 'mark').length,
    measures: performance.getEntriesByName('tablero:actualizacion', 'measure').map((m) => m.duration),
  })`)) as { firstRender: number; updates: number; measures: number[] };
}

/** Chooses an option of one of the console's selects (React Aria: a button that opens a list box), by the field's label. */
export async function chooseOption(page: Page, fieldLabel: string, option: string | RegExp): Promise<void> {
  // The button is named by its value, then its label.
  await page.getByRole('button', { name: new RegExp(` ${fieldLabel}$`) }).click();
  await page.getByRole('option', { name: option }).click();
}
