import { bogotaDay } from '../../src/core/time/business-calendar';
import { PlanProduct } from '../../src/modules/follow-up/action-plan.entity';
import { MAX_PLAN_PRODUCTS } from '../../src/modules/follow-up/plan-bounds';
import { errorCode, executeText } from './http';
import type { TestSystem } from './test-system';

/** Who files and who accepts a report: the entity's representative (or TIC leader) and a coordinator. */
interface ReportPeople {
  representative: string;
  coordinator: string;
}

export const SUBMIT_PROGRESS_REPORT = `mutation Submit($input: SubmitProgressReportInput!) { submitProgressReport(input: $input) { replayed case { id state version } } }`;
export const ACCEPT_PROGRESS_REPORT = `mutation Accept($input: CaseDecisionInput!) { acceptProgressReport(input: $input) { case { id state version } } }`;

async function must(app: TestSystem, token: string, what: string, query: string, variables: Record<string, unknown>) {
  const res = await executeText(app.url, query, variables, { token });
  if (res.errors) throw new Error(`${what}: ${errorCode(res)} ${res.errors[0].message}`);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return res.data as unknown as Record<string, any>;
}

/** The action plan the platform wrote for an application when its execution started (its products and periods). */
export async function projectPlanOf(app: TestSystem, token: string, caseId: string) {
  const data = await must(
    app,
    token,
    'case.actionPlan',
    `query P($id: ID!) { case(id: $id) { actionPlan { id title status currentVersion startYear endYear periodicity periods { key start end } products { code name indicator weight annualization targets { period value } } } } }`,
    { id: caseId },
  );
  const plan = data.case?.actionPlan as {
    id: string;
    title: string;
    status: string;
    currentVersion: number | null;
    startYear: number;
    endYear: number;
    periodicity: string;
    periods: { key: string; start: string; end: string }[];
    products: {
      code: string;
      name: string;
      indicator: string;
      weight: number;
      annualization: string;
      targets: { period: string; value: number }[];
    }[];
  } | null;
  if (!plan) throw new Error(`la postulación ${caseId} no tiene plan de acción`);
  return plan;
}

/**
 * Gives an application in execution what closing it needs: the final progress report of the plan
 * its execution started, filed by the representative for the latest period already started (every
 * product at 1, fully executed) and accepted by a coordinator. Returns the report's case id.
 */
export async function acceptedFinalReport(app: TestSystem, who: ReportPeople, caseId: string): Promise<string> {
  const plan = await projectPlanOf(app, who.coordinator, caseId);
  const today = bogotaDay(new Date());
  const period = [...plan.periods].reverse().find((p) => p.start <= today) ?? plan.periods[0];
  const items = plan.products.map((p) => ({
    productCode: p.code,
    value: 1,
    narrative: `Línea ${p.code} ejecutada en su totalidad al cierre del proyecto.`,
    evidence: [{ title: 'Acta de liquidación del convenio', url: 'https://example.org/acta.pdf' }],
  }));
  const submitted = await must(app, who.representative, 'submitProgressReport', SUBMIT_PROGRESS_REPORT, {
    input: { planId: plan.id, period: period.key, final: true, items },
  });
  const reportCase = submitted.submitProgressReport.case.id as string;
  await must(app, who.coordinator, 'acceptProgressReport', ACCEPT_PROGRESS_REPORT, { input: { caseId: reportCase } });
  return reportCase;
}

/** The product every report `filedReport` files names (and a RESUBMIT `drive` sends corrects). */
export const REPORTED_PRODUCT = '1.1';

/** A report item as the tests send it. */
export const reportItem = (productCode: string, value: number) => ({
  productCode,
  value,
  narrative: `Avance del producto ${productCode} en el periodo reportado.`,
  evidence: [],
});

/** A one-product plan of this year imported by the representative: its id and its PLAN_REVIEW case (in review). */
export async function proposedPlan(app: TestSystem, who: ReportPeople): Promise<{ planId: string; reviewCase: string; year: number }> {
  const year = Number(bogotaDay(new Date()).slice(0, 4));
  const csv = [
    'objetivo,producto,nombre_producto,indicador,peso,anualizacion,meta_' + year,
    `O1,${REPORTED_PRODUCT},Trámites en línea,Trámites realizados en línea,100,Suma,100`,
  ].join('\n');
  const imported = await must(
    app,
    who.representative,
    'importActionPlan',
    `mutation I($input: ImportActionPlanInput!) { importActionPlan(input: $input) { id } }`,
    {
      input: { title: 'Plan de acción de prueba', startYear: year, endYear: year, periodicity: 'ANNUAL', format: 'CSV', content: csv },
    },
  );
  const planId = imported.importActionPlan.id as string;
  const review = await must(app, who.coordinator, 'cases', `query C($id: ID!) { actionPlan(id: $id) { versions { case { id } } } }`, {
    id: planId,
  });
  return { planId, reviewCase: review.actionPlan.versions[0].case.id as string, year };
}

/**
 * A PROGRESS_REPORT case in review: the entity's representative imports a one-product plan of this
 * year, a coordinator approves it, and the representative files this year's report. Returns the
 * report's case id.
 */
export async function filedReport(app: TestSystem, who: ReportPeople): Promise<string> {
  const { planId, reviewCase, year } = await proposedPlan(app, who);
  await must(
    app,
    who.coordinator,
    'approvePlanVersion',
    `mutation A($input: CaseDecisionInput!) { approvePlanVersion(input: $input) { case { id } } }`,
    {
      input: { caseId: reviewCase },
    },
  );
  const filed = await must(app, who.representative, 'submitProgressReport', SUBMIT_PROGRESS_REPORT, {
    input: { planId, period: String(year), items: [reportItem(REPORTED_PRODUCT, 1)] },
  });
  return filed.submitProgressReport.case.id as string;
}

/**
 * Rewrites version 1 of a plan (its raw id) with the most products a plan takes, each weighing the
 * same and with one target in `period` (an import of that size is the file suites' subject).
 */
export async function fillToProductCap(app: TestSystem, planId: string, period: string): Promise<void> {
  const em = app.system.orm.em.fork();
  await em.nativeDelete(PlanProduct, { planId, version: 1 });
  await em.insertMany(
    PlanProduct,
    Array.from({ length: MAX_PLAN_PRODUCTS }, (_, i) => ({
      planId,
      version: 1,
      code: `P${i + 1}`,
      position: i + 1,
      objectiveCode: 'O1',
      objectiveName: 'Gobierno digital',
      name: `Producto ${i + 1}`,
      indicator: 'Trámites en línea',
      weight: 100 / MAX_PLAN_PRODUCTS,
      annualization: 'SUM',
      targets: { [period]: 1 },
      sector: null,
      baseline: null,
    })),
  );
}
