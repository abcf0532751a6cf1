import { Role } from '../../src/core/auth/principal';
import { fromGlobalId } from '../../src/core/graphql/global-ids';
import { atBogotaTime } from '../../src/core/time/business-calendar';
import { SWEEP_PLAN_REPORTS, type SweepResult } from '../../src/modules/follow-up/sweep-plan-reports.job';
import { executeText } from '../support/http';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { clockOf, timeTravelEnv } from '../support/time-travel';
import { actors, municipalities } from '../support/workflow';

/*
 * The schedule of an action plan's progress reports (issue 7, item 2) through the HTTP API, on the
 * durable-time machinery: each period is due 10 días hábiles after it ends (PLAN_REPORT_DUE_DAYS),
 * the entity is reminded 3 días hábiles before (PLAN_REPORT_REMIND_DAYS), and a period left without
 * its values is flagged OVERDUE to the entity and the coordinators, each said once. A period counts
 * as reported from the day its report is filed (submitProgressReport): from then its review runs on
 * the report's own terms, and the schedule says nothing more of it.
 */

const PLAN_CSV = [
  'objetivo,producto,nombre_producto,indicador,peso,anualizacion,meta_2024-S1,meta_2024-S2,meta_2025-S1,meta_2025-S2',
  'O1,1.1,Trámites en línea,Trámites realizados en línea,60,Suma,100,100,100,100',
  'O1,1.2,Personas formadas,Personas formadas en habilidades digitales,40,Suma,,50,50,50',
].join('\n');

let app: TestSystem;
let other: string;
let member: string;
let representative: string;
let coordinator: string;
let planId: string;

const at = (day: string) => clockOf(app).set(atBogotaTime(day, 9));

async function gql(token: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await executeText(app.url, query, variables, { token });
  if (res.errors) throw new Error(`${res.errors[0].message} ${JSON.stringify(res.errors[0].extensions)}`);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return res.data as unknown as Record<string, any>;
}

async function schedule() {
  const data = await gql(
    member,
    `query S($id: ID!) { actionPlan(id: $id) { reportSchedule { period end dueOn status expected missing submittedOn late } } }`,
    { id: planId },
  );
  return data.actionPlan.reportSchedule as {
    period: string;
    end: string;
    dueOn: string;
    status: string;
    expected: string[];
    missing: string[];
    submittedOn: string | null;
    late: boolean;
  }[];
}

async function planNotices(token: string) {
  const data = await gql(token, `{ notifications(first: 100) { edges { node { kind title body audience } } } }`);
  return (data.notifications.edges as { node: { kind: string; title: string; body: string; audience: string } }[])
    .map((e) => e.node)
    .filter((n) => n.kind.startsWith('PROGRESS_REPORT_'));
}

const sweep = () => app.system.worker!.runScheduled(SWEEP_PLAN_REPORTS) as Promise<SweepResult>;

beforeAll(async () => {
  app = await startTestSystem(timeTravelEnv(), { worker: true });
  await app.system.worker!.started;
  const [code, otherCode] = await municipalities(app, 2);
  ({ member, representative, coordinator } = await actors(app, code));
  other = await app.token(Role.ENTITY_MEMBER, otherCode);
  await at('2025-01-03');
  const data = await gql(representative, `mutation I($input: ImportActionPlanInput!) { importActionPlan(input: $input) { id } }`, {
    input: {
      title: 'Plan de acción semestral',
      startYear: 2024,
      endYear: 2025,
      periodicity: 'SEMIANNUAL',
      format: 'CSV',
      content: PLAN_CSV,
    },
  });
  planId = data.importActionPlan.id;
  // A plan owes reports once the coordination approves it.
  const [version] = await app.system.orm.em
    .getKnex()('plan_version')
    .where({ plan_id: fromGlobalId(planId)?.key ?? planId, number: 1 })
    .select('case_id');
  await gql(coordinator, `mutation A($input: CaseDecisionInput!) { approvePlanVersion(input: $input) { case { state } } }`, {
    input: { caseId: version.case_id },
  });
});

/** Files the period's report (the representative), with a value for each product given. */
async function fileReport(period: string, values: Record<string, number>, narrative: string) {
  const items = Object.entries(values).map(([productCode, value]) => ({ productCode, value, narrative, evidence: [] }));
  await gql(representative, `mutation R($input: SubmitProgressReportInput!) { submitProgressReport(input: $input) { case { id } } }`, {
    input: { planId, period, items },
  });
}
afterAll(() => app?.stop());

describe('progress report schedule', () => {
  it('dates every period with targets and says what each one owes', async () => {
    const s = await schedule();
    expect(s.map((d) => [d.period, d.dueOn, d.status, d.expected])).toEqual([
      ['2024-S1', '2024-07-15', 'OVERDUE', ['1.1']],
      ['2024-S2', '2025-01-16', 'DUE', ['1.1', '1.2']],
      // June 30, 2025 is San Pedro y San Pablo (moved to Monday): July 1–14 holds the 10 working days.
      ['2025-S1', '2025-07-14', 'UPCOMING', ['1.1', '1.2']],
      ['2025-S2', '2026-01-16', 'UPCOMING', ['1.1', '1.2']],
    ]);
  });

  it('flags an overdue period to the entity and the coordinators once, and reminds nothing early', async () => {
    const first = await sweep();
    expect(first).toMatchObject({ reminders: 0, overdue: 2 });
    const entity = await planNotices(member);
    expect(entity).toHaveLength(1);
    expect(entity[0]).toMatchObject({ kind: 'PROGRESS_REPORT_OVERDUE', audience: 'ENTITY' });
    expect(entity[0].title).toMatch(/^Reporte de avance vencido: periodo 2024-S1 de /);
    expect(entity[0].body).toContain('venció el lunes, 15 de julio de 2024 sin el valor de 1 producto: 1.1.');
    const ministry = (await planNotices(coordinator)).filter((n) => n.audience === 'COORDINATORS');
    expect(ministry.map((n) => n.kind)).toEqual(['PROGRESS_REPORT_OVERDUE']);
    // Said once: another sweep the same day creates nothing.
    expect(await sweep()).toMatchObject({ reminders: 0, overdue: 0 });
    expect(await planNotices(member)).toHaveLength(1);
  });

  it('reminds the entity within 3 working days of the due day, once', async () => {
    await at('2025-01-10'); // Jan 13, 14, 15, 16 left: 4 working days
    expect(await sweep()).toMatchObject({ reminders: 0 });
    await at('2025-01-13'); // 3 left
    expect(await sweep()).toMatchObject({ reminders: 1, overdue: 0 });
    const reminders = (await planNotices(member)).filter((n) => n.kind === 'PROGRESS_REPORT_REMINDER');
    expect(reminders).toHaveLength(1);
    expect(reminders[0].title).toBe('Recordatorio: el reporte de avance del periodo 2024-S2 vence el jueves, 16 de enero de 2025');
    expect(reminders[0].body).toBe(
      'Quedan 3 días hábiles para reportar el avance del periodo 2024-S2 del plan de acción «Plan de acción semestral». Falta el valor de 2 productos: 1.1, 1.2.',
    );
    expect(await sweep()).toMatchObject({ reminders: 0 });
  });

  it('counts a period as submitted once its report is filed, even with a product left out, and flags nothing after', async () => {
    await at('2025-01-14');
    await fileReport('2024-S2', { '1.1': 40 }, 'Avance del segundo semestre de 2024.');
    let s = await schedule();
    expect(s[1]).toMatchObject({ period: '2024-S2', status: 'SUBMITTED', missing: ['1.2'], submittedOn: '2025-01-14', late: false });
    // Past its due day (January 16) the period is not overdue: its report is in review, on its own term.
    await at('2025-01-17');
    expect(await sweep()).toMatchObject({ reminders: 0, overdue: 0 });
    await at('2025-02-03');
    expect(await sweep()).toMatchObject({ reminders: 0, overdue: 0 });
    s = await schedule();
    expect(s[1]).toMatchObject({ period: '2024-S2', status: 'SUBMITTED', submittedOn: '2025-01-14', late: false });
    expect(s[0]).toMatchObject({ period: '2024-S1', status: 'OVERDUE' });
  });

  it('marks a period reported after its due day as late', async () => {
    await fileReport('2024-S1', { '1.1': 90 }, 'Avance del primer semestre, reportado tarde.');
    const s = await schedule();
    expect(s[0]).toMatchObject({ status: 'SUBMITTED', missing: [], submittedOn: '2025-02-03', late: true });
  });

  it('shows another entity nothing of the plan', async () => {
    const res = await executeText(
      app.url,
      `query S($id: ID!) { actionPlan(id: $id) { reportSchedule { period } } }`,
      { id: planId },
      { token: other },
    );
    expect(res.errors).toBeUndefined();
    expect((res.data as unknown as { actionPlan: unknown }).actionPlan).toBeNull();
    expect(await planNotices(other)).toEqual([]);
  });
});
