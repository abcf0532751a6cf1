import { fromGlobalId } from '../../src/core/graphql/global-ids';
import { bogotaDay } from '../../src/core/time/business-calendar';
import { MAX_RUNS } from '../../src/modules/reports/generate-report.job';
import { MAX_UNFINISHED } from '../../src/modules/reports/report.service';
import { startWorker } from '../../src/worker/worker-host';
import { errorCode, executeText } from '../support/http';
import { finishedReport, generated, reportRowCount, requestReport, requestReportRaw } from '../support/reports';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { actors, municipalities, sendEvent } from '../support/workflow';

/*
 * The limits around report requests: a cut must fall inside the plan's horizon, a person may have
 * only a few reports under way at once, a report that keeps failing to finish is given up, and a
 * plan's longest title still makes a report (its title is shortened, the file is named).
 */

let app: TestSystem;
let member: string;
let representative: string;
let coordinator: string;

const LONG_TITLE = `Plan de acción ${'de la estrategia de ciudades y territorios inteligentes '.repeat(6)}`.slice(0, 300);
const PLAN_CSV = [
  'objetivo,producto,nombre_producto,indicador,peso,anualizacion,meta_2024,meta_2025',
  'O1,1.1,Trámites en línea,Trámites realizados en línea,100,Suma,100,100',
].join('\n');

/** A plan in force: imported by the entity's representative, its first version approved by the coordinator. */
async function importPlan(title: string): Promise<string> {
  const res = await executeText(
    app.url,
    `mutation I($input: ImportActionPlanInput!) { importActionPlan(input: $input) { id } }`,
    {
      input: { title, startYear: 2024, endYear: 2025, periodicity: 'ANNUAL', format: 'CSV', content: PLAN_CSV },
    },
    { token: representative },
  );
  expect(res.errors).toBeUndefined();
  const planId = (res.data as unknown as { importActionPlan: { id: string } }).importActionPlan.id;
  const version = await app.system.orm.em
    .getKnex()('plan_version')
    .where({ plan_id: fromGlobalId(planId)!.key, number: 1 })
    .first('case_id');
  const approved = await sendEvent(app, coordinator, 'PLAN_REVIEW', version.case_id, 'APPROVE');
  expect(approved.errors).toBeUndefined();
  return planId;
}

beforeAll(async () => {
  // No worker at first: requests stay QUEUED, so "under way" can be counted.
  app = await startTestSystem();
  const [code] = await municipalities(app, 1);
  ({ member, representative, coordinator } = await actors(app, code));
});
afterAll(() => app?.stop());

it('refuses a cut before the plan starts or after today, writing nothing', async () => {
  const planId = await importPlan('Plan de acción bienal');
  const before = await reportRowCount(app);
  const today = bogotaDay(new Date());
  const tomorrow = bogotaDay(new Date(Date.now() + 24 * 3600 * 1000));
  const longToday = new Date(`${today}T12:00:00Z`).toLocaleDateString('es-CO', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  for (const cut of ['2023-12-31', tomorrow]) {
    const res = await requestReportRaw(app, coordinator, { kind: 'FOLLOW_UP', format: 'CSV', planId, cut });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toBe(
      `No se solicitó el informe: input.cut: debe estar entre el inicio del plan (1 de enero de 2024) y hoy (${longToday})`,
    );
  }
  expect(await reportRowCount(app)).toBe(before);
  // Past the plan's end (2025) a cut shows how it ended.
  expect((await requestReport(app, coordinator, { kind: 'FOLLOW_UP', format: 'CSV', planId, cut: today })).report.status).toBe('QUEUED');
});

it(`lets a person have at most ${MAX_UNFINISHED} reports under way, while an equal request still finds its own`, async () => {
  const planId = await importPlan('Plan de acción para el límite');
  const cuts = ['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-31', '2025-03-31'].slice(0, MAX_UNFINISHED);
  for (const cut of cuts)
    expect((await requestReport(app, member, { kind: 'FOLLOW_UP', format: 'PDF', planId, cut })).report.status).toBe('QUEUED');
  const before = await reportRowCount(app);
  const refused = await requestReportRaw(app, member, { kind: 'FOLLOW_UP', format: 'PDF', planId, cut: '2025-06-30' });
  expect(errorCode(refused)).toBe('PRECONDITION_FAILED');
  expect(refused.errors![0].extensions).toMatchObject({ rule: 'TOO_MANY_REPORTS', unfinished: MAX_UNFINISHED });
  expect(refused.errors![0].message).toBe(`Tiene ${MAX_UNFINISHED} informes en curso; espere a que terminen antes de solicitar otro`);
  expect(await reportRowCount(app)).toBe(before);
  // The same request again is not a new one: it follows the report already under way.
  expect(await requestReport(app, member, { kind: 'FOLLOW_UP', format: 'PDF', planId, cut: cuts[0] })).toMatchObject({ reused: true });
  // Another person is not held back by them.
  expect((await requestReport(app, coordinator, { kind: 'FOLLOW_UP', format: 'PDF', planId, cut: '2025-06-30' })).reused).toBe(false);
});

it(`gives up a report that has been started ${MAX_RUNS} times without finishing, and makes it anew when asked again`, async () => {
  const { report } = await requestReport(app, coordinator, { kind: 'CASELOAD', format: 'CSV' });
  const knex = app.system.orm.em.getKnex();
  const key = fromGlobalId(report.id)!.key;
  // As if workers had died in it MAX_RUNS times (the catch of the job never ran).
  await knex('report').where({ id: key }).update({ status: 'RUNNING', attempts: MAX_RUNS });
  const worker = await startWorker({
    config: app.config,
    orm: app.system.orm,
    redisUrl: app.system.redisUrl,
    logger: app.system.logger,
    services: app.system.api.services,
  });
  try {
    await worker.started;
    const failed = await finishedReport(app, coordinator, report.id);
    expect(failed).toMatchObject({ status: 'FAILED', error: `se intentó ${MAX_RUNS} veces sin terminar`, downloadUrl: null });
    // Asked again: a fresh set of runs, and it is made.
    const again = await requestReport(app, coordinator, { kind: 'CASELOAD', format: 'CSV' });
    expect(again).toMatchObject({ reused: false, report: { id: report.id, status: 'QUEUED' } });
    expect((await finishedReport(app, coordinator, report.id)).status).toBe('READY');
    expect(await knex('report').where({ id: key }).first('attempts')).toEqual({ attempts: 1 });

    // A plan's longest title: the report's title is shortened and the file still made.
    const planId = await importPlan(LONG_TITLE);
    const { report: long, file } = await generated(app, member, { kind: 'FOLLOW_UP', format: 'CSV', planId, cut: '2025-06-30' });
    expect(long.status).toBe('READY');
    expect(long.title.length).toBeLessThanOrEqual(300);
    expect(long.title).toMatch(/^Informe de seguimiento de Plan de acción de la estrategia .*… - .* - corte al 30 de junio de 2025$/);
    expect(file.length).toBeGreaterThan(0);
    // The file's name loses the title's middle, never the entity and the cut at its end.
    expect(long.fileName.length).toBeLessThanOrEqual(160);
    expect(long.fileName).toMatch(/^Informe de seguimiento de Plan de acción de la estrategia .*… .* - corte al 30 de junio de 2025\.csv$/);
  } finally {
    await worker.stop();
  }
});
