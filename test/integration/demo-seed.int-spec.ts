import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

import { seedDemo } from '../../src/app/demo.seed';
import { Role } from '../../src/core/auth/principal';
import { backfillProjectPlans } from '../../src/modules/cofinancing/cofinancing.reconcile';
import { BOGOTA_ANNEX_FILE } from '../../src/modules/follow-up/bogota-demo';
import { CasesDocument, JourneyDocument, ProgrammeDocument } from '../graphql/generated';
import { dataOf, execute, executeText } from '../support/http';
import { generated, openWorkbook, parsePdf } from '../support/reports';
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
    // 7 cases on the current cycle and call, 24 validated assessments of the published Índice of the
    // year before last, 40 of last year's, and 3 applications further along from capitals validated last year.
    expect(await seedDemo(app.system.orm, app.system.api.services)).toEqual({ seeded: true, cases: 7 + 24 + 40 + 3 });
    expect(await seedDemo(app.system.orm, app.system.api.services)).toEqual({ seeded: false, cases: 0 });

    const coordinator = await app.token(Role.COORDINATOR);
    const programme = await execute(app.url, ProgrammeDocument, {}, { token: coordinator });
    expect(programme.data!.cycles.edges.map((e) => e.node)).toHaveLength(3);
    expect(programme.data!.cycles.edges.map((e) => e.node)[0].open).toBe(true);
    expect(programme.data!.cycles.edges.map((e) => e.node)[1].open).toBe(false);
    expect(programme.data!.cycles.edges.map((e) => e.node)[2].open).toBe(false);
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

    // Bucaramanga's execution started with its project's action plan, approved: a product per budget
    // line (1,560 M and 840 M of FUTIC and counterpart: 65 and 35 points), targets by the disbursement
    // schedule (720 M of 1,800 M due in February next year, the rest by November).
    const project = await executeText(
      app.url,
      `{ actionPlans(entityCode: "68001") { title status currentVersion periodicity endYear products { code weight annualization targets { period value } } } }`,
      {},
      { token: coordinator },
    );
    expect(project.errors).toBeUndefined();
    const [projectPlan] = (project.data as unknown as { actionPlans: { products: { targets: { period: string; value: number }[] }[] }[] })
      .actionPlans;
    const next = new Date().getUTCFullYear() + 1;
    expect(projectPlan).toMatchObject({
      title: 'Plan de acción — Gobierno abierto y trámites en línea para Bucaramanga',
      status: 'APPROVED',
      currentVersion: 1,
      periodicity: 'SEMIANNUAL',
      endYear: next,
      products: [
        { code: 'P1', weight: 65, annualization: 'INCREASING' },
        { code: 'P2', weight: 35, annualization: 'INCREASING' },
      ],
    });
    expect(projectPlan.products[0].targets.slice(-2)).toEqual([
      { period: `${next}-S1`, value: 0.4 },
      { period: `${next}-S2`, value: 1 },
    ]);

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

  it("shows last year's published Índice against the year before: changes, rank changes and first participations", async () => {
    const medellin = await app.token(Role.ENTITY_MEMBER, '05001');
    const year = new Date().getUTCFullYear() - 1;
    const cycles = await executeText(
      app.url,
      '{ cycles(first: 10) { edges { node { id year indexPublishedAt } } } }',
      {},
      { token: medellin },
    );
    const nodes = dataOf<{ cycles: { edges: { node: { id: string; year: number; indexPublishedAt: string | null } }[] } }>(
      cycles,
    ).cycles.edges.map((e) => e.node);
    expect(nodes.map((c) => [c.year, c.indexPublishedAt !== null])).toEqual([
      [year + 1, false],
      [year, true],
      [year - 1, true],
    ]);
    const res = await executeText(
      app.url,
      `query I($id: ID!) { cycle(id: $id) { index(first: 100) { totalCount firstTimers repeaters edges { node { entityCode rank index progress { firstParticipation previousCycleYear previousIndex previousRank indexChange rankChange } } } } } }`,
      { id: nodes[1].id },
      { token: medellin },
    );
    expect(res.errors).toBeUndefined();
    type Entry = {
      entityCode: string;
      rank: number;
      index: number;
      progress: {
        firstParticipation: boolean;
        previousCycleYear: number | null;
        previousIndex: number | null;
        previousRank: number | null;
        indexChange: number | null;
        rankChange: number | null;
      };
    };
    const index = dataOf<{ cycle: { index: { totalCount: number; firstTimers: number; repeaters: number; edges: { node: Entry }[] } } }>(
      res,
    ).cycle.index;
    // 40 entities last year; 21 of them took part the year before as well (with 3 that did not come back).
    expect([index.totalCount, index.firstTimers, index.repeaters]).toEqual([40, 19, 21]);
    const entries = index.edges.map((e) => e.node);
    for (const e of entries.filter((x) => !x.progress.firstParticipation)) {
      expect(e.progress.previousCycleYear).toBe(year - 1);
      expect(e.progress.indexChange).toBeCloseTo(e.index - e.progress.previousIndex!, 2);
      expect(e.progress.rankChange).toBe(e.progress.previousRank! - e.rank);
    }
    const repeaters = entries.filter((x) => !x.progress.firstParticipation);
    expect(repeaters.some((e) => e.progress.indexChange! > 0)).toBe(true);
    expect(repeaters.some((e) => e.progress.indexChange! < 0)).toBe(true);
    expect(repeaters.some((e) => e.progress.rankChange! > 0)).toBe(true);
    expect(repeaters.some((e) => e.progress.rankChange! < 0)).toBe(true);
    // Barranquilla and Bogotá share last year's place, having come from different ones.
    const [barranquilla, bogota] = ['08001', '11001'].map((code) => entries.find((e) => e.entityCode === code)!);
    expect(barranquilla.rank).toBe(bogota.rank);
    expect(barranquilla.progress.previousRank).not.toBe(bogota.progress.previousRank);
  });

  it('shows Bogotá’s plan as its 2024-1 follow-up report publishes it: officially, product by product and objective by objective', async () => {
    // The figures as the report prints them (§3, §4, annex 1), written here rather than read from the fit.
    const annex = parse(readFileSync(BOGOTA_ANNEX_FILE, 'utf8'), { columns: true }) as Record<string, string>[];
    const objectiveGaps: Record<string, number> = { '1': 0.2, '2': 0, '3': -3.7, '4': -0.04, '5': -2.4, '6': -2.59, '7': 2.03 };
    const productWeights: Record<string, number> = {
      '1.1.5': 4,
      '3.1.1': 3,
      '3.1.3': 5,
      '4.1.2': 2,
      '5.1.2': 4,
      '5.1.4': 4,
      '6.1.1': 2,
      '6.1.2': 3,
      '7.1.6': 2,
      '7.1.4': 2,
    };
    // Read by the representative of Bogotá and by the coordination alike; the ministry's reading first.
    const query = `{ actionPlans(entityCode: "11001") {
      title description status currentVersion
      measurement(cut: "2024-06-30") {
        official basis planVersion versionInForce label progress ideal gap
        objectives { code weight progress ideal gap products { code weight pahv paa status sector } }
        distribution { status count }
      }
      improvementActions { productCode triggeredBy status }
    } }`;
    type Measured = {
      official: boolean;
      basis: string;
      planVersion: number;
      versionInForce: number;
      label: string;
      progress: number;
      ideal: number;
      gap: number;
      objectives: {
        code: string;
        weight: number;
        gap: number;
        products: { code: string; weight: number; pahv: number | null; paa: number | null; status: string; sector: string | null }[];
      }[];
      distribution: { status: string; count: number }[];
    };
    type Plans = {
      actionPlans: {
        title: string;
        description: string;
        status: string;
        currentVersion: number;
        measurement: Measured;
        improvementActions: { productCode: string; triggeredBy: string; status: string }[];
      }[];
    };
    const asCoordinator = await executeText(app.url, query, {}, { token: await app.token(Role.COORDINATOR) });
    expect(asCoordinator.errors).toBeUndefined();
    const [plan] = (asCoordinator.data as unknown as Plans).actionPlans;
    const asBogota = await executeText(app.url, query, {}, { token: await app.token(Role.ENTITY_REPRESENTATIVE, '11001') });
    expect(asBogota.errors).toBeUndefined();
    expect((asBogota.data as unknown as Plans).actionPlans[0].measurement).toEqual(plan.measurement);

    // Approved by the coordination in 2023: its first version is the one in force at the cut, and the figure is the official one.
    expect(plan).toMatchObject({ status: 'APPROVED', currentVersion: 1 });
    const m = plan.measurement;
    expect(m).toMatchObject({ official: true, basis: 'OFFICIAL', planVersion: 1, versionInForce: 1 });
    expect(m.label).toContain('oficial');

    // §3: 43.9 % of progress against an ideal of 50.48 %, a gap of −6.56 points.
    expect(Math.abs(m.progress - 43.9)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(m.ideal - 50.48)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(m.gap - -6.56)).toBeLessThanOrEqual(0.1);
    expect(m.progress.toFixed(1)).toBe('43.9');
    expect(m.ideal).toBeCloseTo(50.48, 2);
    expect(m.gap).toBeCloseTo(-6.56, 2);

    // §4: each objective's weight and gap.
    expect(m.objectives.map((o) => [o.code, Math.round(o.weight * 100) / 100])).toEqual([
      ['1', 15],
      ['2', 13],
      ['3', 10],
      ['4', 12],
      ['5', 16],
      ['6', 18],
      ['7', 16],
    ]);
    for (const o of m.objectives) expect([o.code, Math.abs(o.gap - objectiveGaps[o.code]) <= 0.05]).toEqual([o.code, true]);

    // Annex 1: every product's PAHV and PAA in whole percent (blank: no data); the weights the report states.
    const products = new Map(m.objectives.flatMap((o) => o.products).map((p) => [p.code, p]));
    const pct = (x: number | null) => (x === null ? '' : `${Math.round(x * 100)}%`);
    expect(annex.map((r) => [r.product_code, pct(products.get(r.product_code)!.pahv), pct(products.get(r.product_code)!.paa)])).toEqual(
      annex.map((r) => [r.product_code, r.pct_to_period.trim(), r.pct_accumulated.trim()]),
    );
    for (const [code, weight] of Object.entries(productWeights)) expect([code, products.get(code)!.weight]).toEqual([code, weight]);

    // §5 and §9: 8 low, 7 over-executed, 18 high, 3 without data; each product with its (reconstructed) sector.
    expect(Object.fromEntries(m.distribution.map((d) => [d.status, d.count]))).toEqual({
      SOBRE_EJECUCION: 7,
      ALTO: 18,
      MEDIO: 0,
      BAJO: 8,
      SIN_DATO: 3,
    });
    expect([...products.values()].every((p) => p.sector)).toBe(true);
    expect([...products.values()].filter((p) => p.sector === 'Educación').map((p) => p.status)).toEqual([
      'SOBRE_EJECUCION',
      'BAJO',
      'BAJO',
      'SOBRE_EJECUCION',
    ]);

    // The description says which values are reconstructed, how, and which reading of the semáforo the demo follows.
    expect(plan.description).toContain('Valores reconstruidos');
    expect(plan.description).toContain('fit-bogota-plan.ts');
    expect(plan.description).toContain('43,9 %');
    expect(plan.description).toContain('sección 9');

    // §9: an improvement action for each low and each over-executed product.
    expect(plan.improvementActions).toHaveLength(15);
    // Recorded at one instant: listed in no particular order among them.
    expect(
      plan.improvementActions
        .filter((a) => a.triggeredBy === 'BAJO')
        .map((a) => a.productCode)
        .sort(),
    ).toEqual(['3.1.1', '3.1.3', '5.1.2', '5.1.4', '6.1.1', '6.1.2', '7.1.2', '7.1.3']);
    for (const a of plan.improvementActions) expect(products.get(a.productCode)!.status).toBe(a.triggeredBy);
  });

  it('prints 43.9 %, 50.48 % and −6.56 in Bogotá’s follow-up report (PDF and XLSX), and still does after an adjustment approved today', async () => {
    const coordinator = await app.token(Role.COORDINATOR);
    const representative = await personToken(app, { sub: 'alcaldia@bogota.gov.co', role: Role.ENTITY_REPRESENTATIVE, entityCode: '11001' });
    const plans = await executeText(
      app.url,
      `{ actionPlans(entityCode: "11001") { id currentVersion products { code targets { period value } } } }`,
      {},
      {
        token: coordinator,
      },
    );
    const plan = (
      plans.data as unknown as {
        actionPlans: { id: string; currentVersion: number; products: { code: string; targets: { period: string; value: number }[] }[] }[];
      }
    ).actionPlans[0];
    const june = { kind: 'FOLLOW_UP', planId: plan.id, cut: '2024-06-30' } as const;

    const expectPublished = async () => {
      const xlsx = await generated(app, coordinator, { ...june, format: 'XLSX' });
      const summary = (await openWorkbook(xlsx.file)).getWorksheet('Resumen')!;
      const shown = (address: string) => {
        const c = summary.getCell(address);
        const digits = (c.numFmt.split('.')[1] ?? '').replace('%', '').length;
        return ((c.value as number) * 100).toFixed(digits);
      };
      expect([shown('C4'), shown('C5'), shown('C6')]).toEqual(['43.9', '50.48', '-6.56']);
      const pdf = await parsePdf((await generated(app, coordinator, { ...june, format: 'PDF' })).file);
      expect(pdf.text).toContain('43,9 %');
      expect(pdf.text).toContain('50,48 %');
      expect(pdf.text).toContain('-6,56 puntos');
      expect(pdf.text).toContain('Medición oficial: versión');
    };
    await expectPublished();

    // Bogotá proposes today what the report's §9 announces for 3.1.1 (its 2024 target down to what was done), and the coordination approves it.
    const proposed = await executeText(
      app.url,
      `mutation P($input: ProposePlanAdjustmentInput!) { proposePlanAdjustment(input: $input) { case { id state } } }`,
      {
        input: {
          planId: plan.id,
          justification: 'Ajuste de la meta 2024 del producto 3.1.1 al plan de acción anual de ciberseguridad (informe 2024-1, sección 9).',
          products: [
            {
              code: '3.1.1',
              justification: 'La meta 2024 se ajusta al plan de acción anual aprobado.',
              targets: [{ period: '2024', value: 0.33 }],
            },
          ],
        },
      },
      { token: representative },
    );
    expect(proposed.errors).toBeUndefined();
    const reviewCase = (proposed.data as unknown as { proposePlanAdjustment: { case: { id: string } } }).proposePlanAdjustment.case.id;
    const approved = await executeText(
      app.url,
      `mutation A($input: CaseDecisionInput!) { approvePlanVersion(input: $input) { case { state } } }`,
      {
        input: { caseId: reviewCase },
      },
      { token: coordinator },
    );
    expect(approved.errors).toBeUndefined();

    // June 2024 is still measured with the version in force then: the figures as published.
    const june2024 = await executeText(
      app.url,
      `query M($id: ID!) { actionPlan(id: $id) { currentVersion
        official: measurement(cut: "2024-06-30") { official planVersion progress ideal gap }
        current: measurement(cut: "2024-06-30", version: ${plan.currentVersion + 1}) { official planVersion label progress } } }`,
      { id: plan.id },
      { token: coordinator },
    );
    const m = (
      june2024.data as unknown as {
        actionPlan: {
          currentVersion: number;
          official: { official: boolean; planVersion: number; progress: number; ideal: number; gap: number };
          current: { official: boolean; planVersion: number; label: string; progress: number };
        };
      }
    ).actionPlan;
    expect(m.currentVersion).toBe(plan.currentVersion + 1);
    expect(m.official).toMatchObject({ official: true, planVersion: plan.currentVersion });
    expect(m.official.progress).toBeCloseTo(43.92, 2);
    expect(m.official.ideal).toBeCloseTo(50.48, 2);
    expect(m.official.gap).toBeCloseTo(-6.56, 2);
    // The new version's view of that cut is available, and says it is not the official figure.
    expect(m.current.official).toBe(false);
    expect(m.current.label).toContain('no es la cifra oficial');
    expect(m.current.progress).toBeGreaterThan(m.official.progress);
    await expectPublished();
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
    // The demo's validations notify the coordinators too (over a hundred): the escalation is looked for by its kind.
    const escalated = await eventually(
      () =>
        executeText(
          app.url,
          `{ notifications(first: 100, filter: { kind: DEADLINE_OVERDUE }) { unreadCount edges { node { kind title body } } } }`,
          {},
          { token: coordinator },
        ),
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

  it('gives an application that started execution before project plans existed its plan, once (the reconciler)', async () => {
    const knex = app.system.orm.em.getKnex();
    const [kase] = await knex('workflow_case')
      .where({ entity_code: '68001', process: 'COFINANCING_APPLICATION', state: 'inExecution' })
      .select('id');
    const [plan] = await knex('action_plan').where({ case_id: kase.id }).select('id', 'title');
    expect(plan).toBeDefined();
    // As it was before issue 21: no plan follows it.
    await knex('plan_version_product').where({ plan_id: plan.id }).delete();
    await knex('plan_version').where({ plan_id: plan.id }).delete();
    await knex('action_plan').where({ id: plan.id }).delete();

    const deps = { orm: app.system.orm, clock: { now: () => new Date(), sync: async () => undefined } };
    expect(await backfillProjectPlans(deps)).toBe(1);
    expect(await backfillProjectPlans(deps)).toBe(0);
    const coordinator = await app.token(Role.COORDINATOR);
    const res = await executeText(
      app.url,
      `query C($id: ID!) { case(id: $id) { actionPlan { title status currentVersion products { code } } } }`,
      { id: kase.id },
      { token: coordinator },
    );
    const rebuilt = (
      res.data as unknown as {
        case: { actionPlan: { title: string; status: string; currentVersion: number; products: { code: string }[] } };
      }
    ).case.actionPlan;
    expect(rebuilt).toMatchObject({ title: plan.title, status: 'APPROVED', currentVersion: 1 });
    expect(rebuilt.products.length).toBeGreaterThan(0);
  });
});
