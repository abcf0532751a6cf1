import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { seedDemo } from '../../src/app/demo.seed';
import { Role } from '../../src/core/auth/principal';
import { CasesDocument, JourneyDocument, ProgrammeDocument } from '../graphql/generated';
import { execute, executeText } from '../support/http';
import { parseMail } from '../support/smtp-capture';
import { personToken, startTestSystem, type TestSystem } from '../support/test-system';

let app: TestSystem;

beforeAll(async () => {
  // With the worker, as `npm start` runs it: the demo's late terms are escalated and reminded.
  app = await startTestSystem({ RELAY_POLL_MS: '50', LOG_LEVEL: process.env.DEBUG_LOG ?? 'silent' }, { worker: true });
});

async function eventually<T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > until) throw new Error(`no ocurrió a tiempo: ${what} (último valor: ${JSON.stringify(v)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
afterAll(() => app?.stop());

describe('the embedded default’s demo data', () => {
  it('opens a cycle and a call and puts a few entities at different points of their path, once', async () => {
    // 7 cases on the current cycle and call, 40 validated assessments of last year's published Índice,
    // and 3 applications further along from capitals validated last year.
    expect(await seedDemo(app.system.orm, app.system.api.services)).toEqual({ seeded: true, cases: 7 + 40 + 3 });
    expect(await seedDemo(app.system.orm, app.system.api.services)).toEqual({ seeded: false, cases: 0 });

    const coordinator = await app.token(Role.COORDINATOR);
    const programme = await execute(app.url, ProgrammeDocument, {}, { token: coordinator });
    expect(programme.data!.cycles.edges.map((e) => e.node)).toHaveLength(2);
    expect(programme.data!.cycles.edges.map((e) => e.node)[0].open).toBe(true);
    expect(programme.data!.cycles.edges.map((e) => e.node)[1].open).toBe(false);
    expect(programme.data!.calls.edges.map((e) => e.node)[0]).toMatchObject({ open: true, totalBudget: 40_000_000_000 });

    const current = await execute(
      app.url,
      CasesDocument,
      { first: 20, filter: { cycleId: programme.data!.cycles.edges.map((e) => e.node)[0].id } },
      { token: coordinator },
    );
    const ofCall = await execute(
      app.url,
      CasesDocument,
      { first: 20, filter: { callId: programme.data!.calls.edges.map((e) => e.node)[0].id } },
      { token: coordinator },
    );
    const cases = { data: { cases: { edges: [...current.data!.cases.edges, ...ofCall.data!.cases.edges] } } };
    expect(cases.data.cases.edges).toHaveLength(10);
    // Cases filed at the same (demo) instant have no order among them.
    const states = cases.data.cases.edges.map((e) => `${e.node.entityCode}:${e.node.process}:${e.node.state}`).sort();
    expect(states).toEqual([
      '08001:ACCOMPANIMENT:requested',
      '08001:MATURITY_ASSESSMENT:validated',
      '11001:ACCOMPANIMENT:diagnosis',
      '11001:COFINANCING_APPLICATION:correctionsRequested',
      '11001:MATURITY_ASSESSMENT:validated',
      '15:MATURITY_ASSESSMENT:draft',
      '17001:COFINANCING_APPLICATION:technicalEvaluation',
      '66001:COFINANCING_APPLICATION:committee',
      '68001:COFINANCING_APPLICATION:inExecution',
      '76001:MATURITY_ASSESSMENT:changesRequested',
    ]);

    // The call: Bucaramanga's 1,800 M reserved; its evaluation excluded the conflicted evaluator
    // (bases 78 and 84, +3 per criterion, weights 30/25/25/10/10: 78·30 + 81·25 + 84·25 + 87·10 + 90·10
    // = 8235 → 82.35, and 88.35 likewise; mean 85.35).
    const call = await executeText(
      app.url,
      `query($id: ID!) { call(id: $id) { status budget committed remaining applications(orderBy: SCORE_DESC) { totalCount edges { node { title score totals { futic } counterpartShare case { entityCode state } evaluations { evaluator conflict score } disbursements { instalment amount paidOn } agreement { number } } } } } }`,
      { id: programme.data!.calls.edges.map((e) => e.node)[0].id },
      { token: coordinator },
    );
    expect(call.errors).toBeUndefined();
    const seeded = (
      call.data as unknown as {
        call: Record<string, unknown> & { applications: { totalCount: number; edges: { node: Record<string, unknown> }[] } };
      }
    ).call;
    expect(seeded).toMatchObject({ status: 'PUBLISHED', budget: 40_000_000_000, committed: 1_800_000_000, remaining: 38_200_000_000 });
    expect(seeded.applications.totalCount).toBe(4);
    const [first, second] = seeded.applications.edges.map((e) => e.node);
    expect(first).toMatchObject({
      score: 85.35,
      totals: { futic: 1_800_000_000 },
      counterpartShare: 25,
      case: { entityCode: '68001', state: 'inExecution' },
      agreement: { number: expect.stringMatching(/^CONV-FUTIC-/) },
    });
    expect((first.evaluations as { conflict: boolean; score: number | null }[]).map((e) => [e.conflict, e.score])).toEqual([
      [true, null],
      [false, 82.35],
      [false, 88.35],
    ]); // by evaluator: evaluador3, evaluador@, evaluadora2
    expect((first.disbursements as { paidOn: string | null }[]).map((d) => d.paidOn !== null)).toEqual([true, false, false]);
    expect(second).toMatchObject({ case: { entityCode: '66001', state: 'committee' } });

    // The evaluator whose token `npm start` prints has Manizales waiting for their declaration.
    const evaluator = await personToken(app, { sub: 'evaluador@mintic.gov.co', role: Role.EVALUATOR });
    const evaluating = await execute(app.url, CasesDocument, {}, { token: evaluator });
    expect(evaluating.data!.cases.edges.map((e) => `${e.node.entityCode}:${e.node.state}`).sort()).toEqual([
      '17001:technicalEvaluation',
      '66001:committee',
      '68001:inExecution',
    ]);

    // The advisor whose token `npm start` prints works the Bogotá accompaniment.
    const advisor = await personToken(app, { sub: 'asesor@mintic.gov.co', role: Role.ADVISOR });
    const assigned = await execute(app.url, CasesDocument, {}, { token: advisor });
    expect(assigned.data!.cases.edges.map((e) => e.node.state)).toEqual(['diagnosis']);

    // Bogotá's action plan, imported from the 2024-1 report's annex: at its cut, 3.1.1 is at 41 %.
    const plans = await executeText(
      app.url,
      `{ actionPlans(entityCode: "11001") { title products { code } measurement(cut: "2024-06-30") { progress objectives { code weight products { code pav pahv paa status } } } } }`,
      {},
      { token: coordinator },
    );
    expect(plans.errors).toBeUndefined();
    const [plan] = (
      plans.data as unknown as {
        actionPlans: {
          title: string;
          products: unknown[];
          measurement: {
            progress: number;
            objectives: { code: string; weight: number; products: { code: string; pav: number; status: string }[] }[];
          };
        }[];
      }
    ).actionPlans;
    expect(plan.title).toContain('Bogotá Territorio Inteligente');
    expect(plan.products).toHaveLength(36);
    expect(plan.measurement.objectives.map((o) => Math.round(o.weight))).toEqual([15, 13, 10, 12, 16, 18, 16]);
    const p311 = plan.measurement.objectives.flatMap((o) => o.products).find((p) => p.code === '3.1.1')!;
    expect(Math.round(p311.pav * 100)).toBe(41);
    expect(p311.status).toBe('BAJO');
    expect(plan.measurement.progress).toBeGreaterThan(40);

    // Medellín is left for a person to walk through.
    const medellin = await execute(app.url, JourneyDocument, { code: '05001' }, { token: await app.token(Role.ENTITY_MEMBER, '05001') });
    expect(medellin.data!.territorialEntity!.journey!.nextStep.code).toBe('START_ASSESSMENT');
  });

  it('shows the coordinator which case is overdue and why, and sends Bogotá its reminder by mail under var/mail', async () => {
    const coordinator = await app.token(Role.COORDINATOR);
    const overdue = await eventually(
      () =>
        executeText(
          app.url,
          `{ cases(filter: { overdue: true }) { edges { node { entityCode process state deadlines { kind status dueAt remaining overdue } } } } }`,
          {},
          { token: coordinator },
        ),
      (r) =>
        (r.data as unknown as { cases: { edges: { node: { deadlines: { status: string }[] } }[] } }).cases.edges.some((e) =>
          e.node.deadlines.some((d) => d.status === 'OVERDUE'),
        ),
      'el término de Barranquilla marcado como vencido',
    );
    const nodes = (overdue.data as unknown as { cases: { edges: { node: Record<string, unknown> }[] } }).cases.edges.map((e) => e.node);
    expect(nodes).toHaveLength(1);
    expect(nodes[0]).toMatchObject({ entityCode: '08001', process: 'ACCOMPANIMENT', state: 'requested' });
    expect((nodes[0].deadlines as Record<string, unknown>[])[0]).toMatchObject({
      kind: 'ACCOMPANIMENT_RESPONSE',
      status: 'OVERDUE',
      overdue: true,
    });
    expect((nodes[0].deadlines as { remaining: number }[])[0].remaining).toBeLessThan(0);

    const notifications = `{ notifications(first: 100) { unreadCount edges { node { kind title body } } } }`;
    const escalated = await eventually(
      () => executeText(app.url, notifications, {}, { token: coordinator }),
      (r) => JSON.stringify(r.data).includes('DEADLINE_OVERDUE'),
      'la notificación de término vencido para la coordinación',
    );
    expect(JSON.stringify(escalated.data)).toContain('BARRANQUILLA (08001)');

    const bogota = await personToken(app, { sub: 'lider-tic@bogota.gov.co', role: Role.ENTITY_TIC_LEADER, entityCode: '11001' });
    const reminded = await eventually(
      () => executeText(app.url, notifications, {}, { token: bogota }),
      (r) => JSON.stringify(r.data).includes('DEADLINE_REMINDER'),
      'el recordatorio de subsanación para Bogotá',
    );
    expect(JSON.stringify(reminded.data)).toContain('Subsanación de la postulación');
    const mailDir = join(app.config.varDir, 'mail');
    const mails = await eventually(
      async () => {
        try {
          return readdirSync(mailDir)
            .filter((f) => f.endsWith('.eml'))
            .map((f) => parseMail(readFileSync(join(mailDir, f), 'utf8')));
        } catch {
          return [] as ReturnType<typeof parseMail>[];
        }
      },
      (m) =>
        ['alcaldia@bogota.gov.co', 'lider-tic@bogota.gov.co'].every((to) =>
          m.some((mail) => mail.to === to && mail.subject.startsWith('Recordatorio')),
        ) && m.some((mail) => mail.subject.startsWith('Término vencido')),
      'los correos del recordatorio (al representante y al líder TIC de Bogotá) y del vencimiento en var/mail',
    );
    // The entity's reminder reaches the people of the directory: its representative and its TIC leader, one message each.
    const reminders = mails.filter((mail) => mail.subject.startsWith('Recordatorio') && mail.text.includes('BOGOTÁ, D.C. (11001)'));
    expect(reminders.map((mail) => mail.to).sort()).toEqual(['alcaldia@bogota.gov.co', 'lider-tic@bogota.gov.co']);
    for (const reminder of reminders) {
      expect(reminder.subject).toContain('Subsanación de la postulación vence el');
      expect(reminder.headers['reply-to']).toBe('ciudadesyterritoriosinteligentes@mintic.gov.co');
    }
    // The coordinators' escalation reaches the demo coordinator.
    expect(mails.some((mail) => mail.to === 'coordinador@mintic.gov.co' && mail.subject.startsWith('Término vencido'))).toBe(true);
  });
});
