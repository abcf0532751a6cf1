// The entity's process screens driven as a person would (role and label locators only), for the
// suites of /acompanamiento, /cofinanciacion and /seguimiento and for the end-to-end journey.
import type { Locator, Page } from 'playwright-core';

import { DEMO_USERS } from '../../../src/app/demo.seed';
import { Role } from '../../../src/core/auth/principal';
import { personToken, type TestSystem } from '../../support/test-system';
import type { Actors } from '../../support/workflow';

/**
 * API tokens for Medellín's demo people (and the test's ministry people), for preconditions set
 * through the API. Not `actors(sys, '05001')`: its representative is another person, and enrolling
 * them would end the demo representative's membership (an entity has one representative).
 */
export async function medellinActors(sys: TestSystem): Promise<Actors> {
  const demo = (subject: string) => {
    const person = DEMO_USERS.find((u) => u.subject === subject)!;
    return personToken(sys, { sub: person.subject, role: person.role, entityCode: person.entityCode, name: person.name });
  };
  return {
    coordinator: await sys.token(Role.COORDINATOR),
    advisor: await sys.token(Role.ADVISOR),
    evaluator: await sys.token(Role.EVALUATOR),
    auditor: await sys.token(Role.AUDITOR),
    representative: await demo('alcalde@medellin.gov.co'),
    member: await demo('funcionario@medellin.gov.co'),
  };
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Chooses `option` in the console's Select (React Aria) labelled `label`. Its button is named by
 * the value shown, then the label ("Seleccione… Tema").
 */
export async function choose(page: Page, label: string, option: string | RegExp): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`(^|\\s)${escaped(label)}$`) }).click();
  await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
}

/**
 * Ticks the console's Checkbox (React Aria: a label around a visually hidden input) by its text.
 * Clicking the label is what a pointer does; the input itself is 1 px wide.
 */
export async function tick(page: Page, text: string): Promise<void> {
  const box = page.locator('label.checkbox', { hasText: text }).first();
  if ((await box.getAttribute('data-selected')) == null) await box.click();
}

/** The `.field` around a control, where its error is shown. */
export const fieldOf = (page: Page, control: Locator): Locator => page.locator('.field', { has: control }).last();

/** The error shown next to the control labelled `label` (empty when none). */
export async function errorNextTo(page: Page, label: string | RegExp): Promise<string> {
  const field = fieldOf(page, page.getByLabel(label, { exact: typeof label === 'string' }));
  return ((await field.locator('.react-aria-FieldError, [slot="errorMessage"], .field-error').allTextContents()).join(' ') ?? '').trim();
}

/** Types an amount (whole pesos) into a NumberField and leaves it, which commits the value. */
export async function fillPesos(page: Page, label: string, amount: number): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.fill(String(amount));
  await input.press('Tab');
}

export interface AccompanimentRequest {
  /** The topic's Spanish label, or a part of it (e.g. /autodiagnóstico/). */
  topic: string | RegExp;
  /** Dimension names to tick. */
  dimensions?: string[];
  description: string;
  modality?: 'Virtual' | 'Presencial';
}

/** Fills the accompaniment request on /acompanamiento and sends it (the page must be open). */
export async function requestAccompaniment(page: Page, request: AccompanimentRequest): Promise<void> {
  await choose(page, 'Tema', request.topic);
  for (const dimension of request.dimensions ?? []) await tick(page, dimension);
  await page.getByLabel('¿Qué necesita la entidad?').fill(request.description);
  if (request.modality) await page.locator('label.radio', { hasText: request.modality }).click();
  await page.getByRole('button', { name: 'Solicitar acompañamiento' }).click();
}

export interface BudgetLineEntry {
  /** The component's Spanish label: Equipos, Servicios tecnológicos, Equipo de trabajo, Formación. */
  component: string;
  description: string;
  futic: number;
  counterpart: number;
}

export interface ApplicationEntry {
  title?: string;
  description?: string;
  /** Dimension names to tick. */
  dimensions?: string[];
  lines?: BudgetLineEntry[];
}

/** Fills budget line `n` (1-based, already on the form). */
export async function fillBudgetLine(page: Page, n: number, line: BudgetLineEntry): Promise<void> {
  await choose(page, `Componente de la línea ${n}`, line.component);
  await page.getByLabel(`Descripción de la línea ${n}`, { exact: true }).fill(line.description);
  await fillPesos(page, `Aporte FUTIC de la línea ${n}`, line.futic);
  await fillPesos(page, `Contrapartida de la línea ${n}`, line.counterpart);
}

/**
 * Fills the application form on /cofinanciacion/:caseId: title, description, dimensions, and each
 * line added after those already on the form.
 */
export async function fillApplication(page: Page, entry: ApplicationEntry): Promise<void> {
  if (entry.title !== undefined) await page.getByLabel('Título del proyecto').fill(entry.title);
  if (entry.description !== undefined) await page.getByLabel('Descripción del proyecto').fill(entry.description);
  for (const dimension of entry.dimensions ?? []) await tick(page, dimension);
  const present = await page.locator('.budget-line').count();
  for (const [i, line] of (entry.lines ?? []).entries()) {
    await page.getByRole('button', { name: 'Agregar línea' }).click();
    await fillBudgetLine(page, present + i + 1, line);
  }
}

/** Saves the draft and waits for the API's answer on screen (the notice, or a refusal). */
export async function saveApplication(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Guardar borrador' }).click();
  await page.locator('[role="alert"], [role="status"]:has-text("Borrador guardado.")').first().waitFor();
}

/** Uploads `file` (a PDF) for the checklist item whose text is `item`, and waits until it is attached. */
export async function uploadChecklistDocument(page: Page, item: string, file: { name: string; buffer: Buffer }): Promise<void> {
  await page.getByLabel(`Archivo PDF para «${item}»`).setInputFiles({ name: file.name, mimeType: 'application/pdf', buffer: file.buffer });
  await page.getByRole('button', { name: `Subir documento de «${item}»` }).click();
  await page.getByText(`Documento «${file.name}» adjunto.`).waitFor();
}

/** Submits the application (the representative) and waits for the notice. */
export async function submitApplication(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^Radicar (la postulación|las correcciones)$/ }).click();
  await page.getByText(/^Postulación radicada\./).waitFor();
}
