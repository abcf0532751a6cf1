import { randomUUID } from 'node:crypto';

import { Role } from '../../src/core/auth/principal';
import { fromGlobalId } from '../../src/core/graphql/global-ids';
import { atBogotaTime } from '../../src/core/time/business-calendar';
import { ProgressReportRow } from '../../src/modules/follow-up/action-plan.entity';
import { SWEEP_PLAN_REPORTS, type SweepResult } from '../../src/modules/follow-up/sweep-plan-reports.job';
import { extensionsOf, problemPaths, type Res } from '../support/cofinancing';
import { dataOf, errorCode, executeText } from '../support/http';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { clockOf, settled, timeTravelEnv } from '../support/time-travel';
import { actors, municipalities, sendEvent, type Actors } from '../support/workflow';

/*
 * Improvement actions (issue 21, item 3; Bogotá report §9 "acciones para mejorar") through the HTTP
 * API: the entity's representative or TIC leader adds them to products that today's official
 * measurement shows in low compliance or over-execution, and moves them to in progress, done or
 * cancelled; members, the coordination and auditors read them; another entity neither reads nor
 * writes them. Every bad input is refused with nothing written. An action past its due day is
 * `overdue`, and the hourly sweep tells the entity once. Also the measurement per responsible
 * sector (§6) and the plan's sector and baseline columns.
 *
 * The clock is fixed at March 10, 2025; the plan runs 2024–2026 with 2024 targets only, and its
 * 2024 values were accepted in January 2025, so today's official semáforo (PAHV) is known:
 * 1.1 30 % bajo, 1.2 200 % sobre ejecución, 2.1 60 % medio, 2.2 sin dato, 2.3 90 % alto.
 */

const TODAY = '2025-03-10';
const PLAN_CSV = [
  'objetivo;nombre_objetivo;producto;nombre_producto;indicador;peso;anualizacion;meta_2024;sector_responsable;linea_base',
  'O1;Apropiación TIC;1.1;Personas formadas;Personas formadas en el año;20;Suma;100;Educación;0',
  'O1;Apropiación TIC;1.2;Trámites en línea;Trámites disponibles en línea en el año;20;Suma;100;Gestión Pública;12,5',
  'O2;Datos;2.1;Conjuntos de datos;Conjuntos de datos abiertos publicados;20;Suma;100;educacion;',
  'O2;Datos;2.2;Tableros de ciudad;Tableros de datos de ciudad publicados;20;Suma;100;;',
  'O2;Datos;2.3;Entidades con datos;Entidades que publican datos abiertos;20;Suma;100;Hacienda;5',
].join('\n');
const VALUES: Record<string, number> = { '1.1': 30, '1.2': 200, '2.1': 60, '2.3': 90 };

const ADD = `mutation A($input: AddImprovementActionInput!) { addImprovementAction(input: $input) {
  id planId productCode action responsible dueOn status statusLabel statusNote overdue triggeredBy createdBy updatedBy } }`;
const UPDATE = `mutation U($input: UpdateImprovementActionInput!) { updateImprovementAction(input: $input) {
  id status statusLabel statusNote dueOn overdue updatedBy } }`;
const LIST = `query L($id: ID!) { actionPlan(id: $id) { improvementActions { id productCode action responsible dueOn status statusLabel statusNote overdue triggeredBy } } }`;
const MEASURED = `query M($id: ID!) { actionPlan(id: $id) { measurement { official planVersion
  objectives { products { code status statusInPeriod sector needsImprovementAction improvementActions { id status } } }
  bySector { sector unassigned products distribution { status label count } } } } }`;

let app: TestSystem;
let who: Actors & { ticLeader: string; code: string };
let stranger: Actors & { code: string };
let planId: string;

const at = (day: string) => clockOf(app).set(atBogotaTime(day, 9));
const keyOf = (id: string) => fromGlobalId(id)?.key ?? id;
const knex = () => app.system.orm.em.getKnex();
const gql = (token: string, query: string, variables: Record<string, unknown> = {}): Promise<Res> =>
  executeText(app.url, query, variables, { token });
const actionRows = async () => (await knex()('improvement_action').select('*').orderBy('id')) as Record<string, unknown>[];
const sweep = () => app.system.worker!.runScheduled(SWEEP_PLAN_REPORTS) as Promise<SweepResult>;

/** Imports the plan as the entity's representative; with `approve`, the coordinator approves its first version. */
async function importPlan(token: string, title: string, approve: boolean): Promise<string> {
  const res = await gql(token, `mutation I($input: ImportActionPlanInput!) { importActionPlan(input: $input) { id } }`, {
    input: { title, startYear: 2024, endYear: 2026, periodicity: 'ANNUAL', format: 'CSV', content: PLAN_CSV },
  });
  const id = dataOf(res).importActionPlan.id as string;
  if (approve) {
    const version = await knex()('plan_version')
      .where({ plan_id: keyOf(id), number: 1 })
      .first('case_id');
    const approved = await sendEvent(app, who.coordinator, 'PLAN_REVIEW', version.case_id, 'APPROVE');
    if (approved.errors) throw new Error(`APPROVE: ${approved.errors[0].message}`);
  }
  return id;
}

/** The 2024 values, accepted in January 2025 (written as an accepted report would leave them). */
async function accepted(plan: string): Promise<void> {
  const em = app.system.orm.em.fork();
  for (const [productCode, value] of Object.entries(VALUES)) {
    await em.insert(ProgressReportRow, {
      id: randomUUID(),
      caseId: null,
      submission: 1,
      status: 'ACCEPTED',
      reviewComment: null,
      acceptedOn: '2025-01-20',
      planId: keyOf(plan),
      productCode,
      period: '2024',
      value,
      narrative: `Avance de ${productCode} en 2024 según el informe de gestión`,
      evidence: [],
      reportedOn: '2025-01-15',
      reportedBy: 'representante@test',
      reportedAt: new Date('2025-01-15T15:00:00Z'),
    });
  }
}

const input = (over: Record<string, unknown> = {}) => ({
  planId,
  productCode: '1.1',
  action: 'Plan de trabajo con las instituciones educativas para recuperar el rezago del primer semestre',
  responsible: 'Secretaría de Educación — Dirección de Formación',
  dueOn: '2025-06-30',
  ...over,
});

beforeAll(async () => {
  app = await startTestSystem(timeTravelEnv(), { worker: true });
  await app.system.worker!.started;
  const [code, otherCode] = await municipalities(app, 2);
  who = { ...(await actors(app, code)), ticLeader: await app.token(Role.ENTITY_TIC_LEADER, code), code };
  stranger = { ...(await actors(app, otherCode)), code: otherCode };
  await at(TODAY);
  planId = await importPlan(who.representative, 'Plan de acción de la estrategia CTI', true);
  await accepted(planId);
});
afterAll(() => app?.stop());

describe('the plan sheet gives each product its sector and baseline', () => {
  it('reads sector_responsable and linea_base into the plan', async () => {
    const res = await gql(who.member, `query P($id: ID!) { actionPlan(id: $id) { products { code sector baseline } } }`, { id: planId });
    expect(dataOf(res).actionPlan.products).toEqual([
      { code: '1.1', sector: 'Educación', baseline: 0 },
      { code: '1.2', sector: 'Gestión Pública', baseline: 12.5 },
      { code: '2.1', sector: 'educacion', baseline: null },
      { code: '2.2', sector: null, baseline: null },
      { code: '2.3', sector: 'Hacienda', baseline: 5 },
    ]);
  });

  it('refuses a sector longer than 120 characters, naming row and column, and imports nothing', async () => {
    const before = await knex()('action_plan').count({ n: '*' });
    const long = PLAN_CSV.replace('Hacienda', 'H'.repeat(121));
    const res = await gql(who.representative, `mutation I($input: ImportActionPlanInput!) { importActionPlan(input: $input) { id } }`, {
      input: { title: 'Plan con sector largo', startYear: 2024, endYear: 2026, periodicity: 'ANNUAL', format: 'CSV', content: long },
    });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(extensionsOf(res).problems).toEqual([
      expect.objectContaining({
        path: 'input.content',
        code: 'TOO_LONG',
        message: 'fila 6, columna sector: admite a lo sumo 120 caracteres (tiene 121)',
      }),
    ]);
    expect(await knex()('action_plan').count({ n: '*' })).toEqual(before);
  });
});

describe('products by responsible sector (§6)', () => {
  it('counts each sector’s products and semáforo, one sector whatever its accents, «Sin sector» last', async () => {
    const m = dataOf(await gql(who.member, MEASURED, { id: planId })).actionPlan.measurement;
    expect(m).toMatchObject({ official: true, planVersion: 1 });
    const counts = (s: { distribution: { status: string; count: number }[] }) =>
      Object.fromEntries(s.distribution.filter((d) => d.count).map((d) => [d.status, d.count]));
    expect(m.bySector.map((s: { sector: string; unassigned: boolean; products: number }) => [s.sector, s.unassigned, s.products])).toEqual([
      ['Educación', false, 2],
      ['Gestión Pública', false, 1],
      ['Hacienda', false, 1],
      ['Sin sector', true, 1],
    ]);
    expect(m.bySector.map(counts)).toEqual([{ BAJO: 1, MEDIO: 1 }, { SOBRE_EJECUCION: 1 }, { ALTO: 1 }, { SIN_DATO: 1 }]);
    // Every band listed, with its Spanish name.
    expect(m.bySector[0].distribution.map((d: { status: string; label: string }) => [d.status, d.label])).toEqual([
      ['SOBRE_EJECUCION', 'Sobre ejecución'],
      ['ALTO', 'Cumplimiento alto'],
      ['MEDIO', 'Cumplimiento medio'],
      ['BAJO', 'Cumplimiento bajo'],
      ['SIN_DATO', 'Sin dato'],
    ]);
  });
});

describe('improvement actions', () => {
  let first: Record<string, unknown>;

  it('before any action, the low and the over-executed products need one, and no other', async () => {
    const m = dataOf(await gql(who.member, MEASURED, { id: planId })).actionPlan.measurement;
    const products = m.objectives.flatMap((o: { products: unknown[] }) => o.products);
    expect(products.map((p: Record<string, unknown>) => [p.code, p.status, p.needsImprovementAction, p.improvementActions])).toEqual([
      ['1.1', 'BAJO', true, []],
      ['1.2', 'SOBRE_EJECUCION', true, []],
      ['2.1', 'MEDIO', false, []],
      ['2.2', 'SIN_DATO', false, []],
      ['2.3', 'ALTO', false, []],
    ]);
  });

  it('the representative adds one to a low product: PENDING, called for by BAJO, not overdue', async () => {
    const res = await gql(who.representative, ADD, { input: input({ action: '  ' + input().action + '  ' }) });
    first = dataOf(res).addImprovementAction;
    expect(first).toMatchObject({
      planId,
      productCode: '1.1',
      action: input().action,
      responsible: input().responsible,
      dueOn: '2025-06-30',
      status: 'PENDING',
      statusLabel: 'Pendiente',
      statusNote: null,
      overdue: false,
      triggeredBy: 'BAJO',
      createdBy: expect.stringMatching(/^entity_representative/),
    });
    expect(fromGlobalId(first.id as string)?.type).toBe('ImprovementAction');
  });

  it('the TIC leader adds one to the over-executed product, due today', async () => {
    const res = await gql(who.ticLeader, ADD, {
      input: input({
        productCode: '1.2',
        action: 'Revisar la meta con el sector y proponer su ajuste',
        responsible: 'Oficina TIC',
        dueOn: TODAY,
      }),
    });
    expect(dataOf(res).addImprovementAction).toMatchObject({ productCode: '1.2', triggeredBy: 'SOBRE_EJECUCION', status: 'PENDING' });
  });

  it('lists them on the plan and on each measured product; those products no longer need one', async () => {
    const list = dataOf(await gql(who.member, LIST, { id: planId })).actionPlan.improvementActions;
    expect(list.map((a: Record<string, unknown>) => [a.productCode, a.status, a.dueOn, a.overdue])).toEqual([
      ['1.1', 'PENDING', '2025-06-30', false],
      ['1.2', 'PENDING', TODAY, false],
    ]);
    const m = dataOf(await gql(who.member, MEASURED, { id: planId })).actionPlan.measurement;
    const products = m.objectives.flatMap((o: { products: unknown[] }) => o.products);
    expect(
      products.map((p: Record<string, unknown>) => [p.code, p.needsImprovementAction, (p.improvementActions as unknown[]).length]),
    ).toEqual([
      ['1.1', false, 1],
      ['1.2', false, 1],
      ['2.1', false, 0],
      ['2.2', false, 0],
      ['2.3', false, 0],
    ]);
    // The coordination and the auditors read them too.
    for (const token of [who.coordinator, who.auditor]) {
      expect(dataOf(await gql(token, LIST, { id: planId })).actionPlan.improvementActions).toHaveLength(2);
    }
  });

  it('refuses a product that is medio, alto or without data today (PRECONDITION_FAILED), writing nothing', async () => {
    const before = await actionRows();
    for (const [productCode, semaforo] of [
      ['2.1', 'MEDIO'],
      ['2.3', 'ALTO'],
      ['2.2', 'SIN_DATO'],
    ]) {
      const res = await gql(who.representative, ADD, { input: input({ productCode }) });
      expect(errorCode(res)).toBe('PRECONDITION_FAILED');
      expect(extensionsOf(res)).toMatchObject({ rule: 'IMPROVEMENT_NOT_CALLED_FOR', productCode, semaforo });
      expect(res.errors![0].message).toContain('cumplimiento bajo o en sobre ejecución');
    }
    expect(await actionRows()).toEqual(before);
  });

  it('refuses every bad input at once, by path, writing nothing', async () => {
    const before = await actionRows();
    const cases: [Record<string, unknown>, [string, string][]][] = [
      [{ action: 'Corto' }, [['input.action', 'TOO_SHORT']]],
      [{ action: '          ' }, [['input.action', 'REQUIRED']]],
      [{ responsible: 'Yo' }, [['input.responsible', 'TOO_SHORT']]],
      [{ dueOn: '2025-03-09' }, [['input.dueOn', 'OUT_OF_RANGE']]],
      [{ dueOn: '2027-01-01' }, [['input.dueOn', 'OUT_OF_RANGE']]],
      [{ productCode: '9.9' }, [['input.productCode', 'UNKNOWN']]],
      [
        { productCode: '9.9', action: 'x', responsible: '', dueOn: '2024-12-31' },
        [
          ['input.productCode', 'UNKNOWN'],
          ['input.action', 'TOO_SHORT'],
          ['input.responsible', 'REQUIRED'],
          ['input.dueOn', 'OUT_OF_RANGE'],
        ],
      ],
    ];
    for (const [over, expected] of cases) {
      const res = await gql(who.representative, ADD, { input: input(over) });
      expect({ over, code: errorCode(res) }).toEqual({ over, code: 'BAD_USER_INPUT' });
      const problems = extensionsOf(res).problems as { path: string; code: string }[];
      expect(problems.map((p) => [p.path, p.code])).toEqual(expected);
      expect(res.errors![0].message).toMatch(/^No se registró la acción de mejora: /);
    }
    // Bounds the schema keeps: a text too long, a day that does not exist, a missing field.
    for (const over of [{ action: 'a'.repeat(2001) }, { responsible: 'r'.repeat(201) }, { dueOn: '2025-02-30' }, { dueOn: '30/06/2025' }]) {
      const res = await gql(who.representative, ADD, { input: input(over) });
      expect({ over, code: errorCode(res) }).toEqual({ over, code: 'BAD_USER_INPUT' });
    }
    const missing = await gql(who.representative, ADD, { input: { ...input(), responsible: undefined } });
    expect(errorCode(missing)).toBe('BAD_USER_INPUT');
    expect(await actionRows()).toEqual(before);
  });

  it('refuses a member (FORBIDDEN) and the coordination (FORBIDDEN), writing nothing', async () => {
    const before = await actionRows();
    for (const token of [who.member, who.coordinator, who.auditor]) {
      const add = await gql(token, ADD, { input: input() });
      expect(errorCode(add)).toBe('FORBIDDEN');
      const update = await gql(token, UPDATE, { input: { id: first.id, status: 'IN_PROGRESS' } });
      expect(errorCode(update)).toBe('FORBIDDEN');
    }
    expect(await actionRows()).toEqual(before);
  });

  it('isolation: another entity neither reads nor writes them (NOT_FOUND, null), and nothing is written', async () => {
    const before = await actionRows();
    for (const token of [stranger.representative, stranger.member]) {
      expect(dataOf(await gql(token, LIST, { id: planId })).actionPlan).toBeNull();
    }
    const add = await gql(stranger.representative, ADD, { input: input() });
    expect(errorCode(add)).toBe('NOT_FOUND');
    const update = await gql(stranger.representative, UPDATE, {
      input: { id: first.id, status: 'CANCELLED', statusNote: 'Cancelada por otra entidad' },
    });
    expect(errorCode(update)).toBe('NOT_FOUND');
    expect(update.errors![0].message).toMatch(/^No existe la acción de mejora/);
    // An id that names no action, and one of another type, are refused the same ways.
    expect(errorCode(await gql(who.representative, UPDATE, { input: { id: randomUUID(), status: 'IN_PROGRESS' } }))).toBe('NOT_FOUND');
    expect(errorCode(await gql(who.representative, UPDATE, { input: { id: planId, status: 'IN_PROGRESS' } }))).toBe('BAD_USER_INPUT');
    expect(await actionRows()).toEqual(before);
  });

  it('refuses an action on a plan not yet approved (PRECONDITION_FAILED), writing nothing', async () => {
    const draft = await importPlan(who.representative, 'Plan de acción en borrador', false);
    const before = await actionRows();
    const res = await gql(who.representative, ADD, { input: input({ planId: draft }) });
    expect(errorCode(res)).toBe('PRECONDITION_FAILED');
    expect(extensionsOf(res)).toMatchObject({ rule: 'PLAN_NOT_APPROVED', planStatus: 'DRAFT' });
    expect(await actionRows()).toEqual(before);
  });

  it('moves an action to IN_PROGRESS with a new date; refuses DONE and CANCELLED without a note, and bad notes and dates, writing nothing', async () => {
    const moved = dataOf(
      await gql(who.representative, UPDATE, {
        input: { id: first.id, status: 'IN_PROGRESS', dueOn: '2025-07-31', statusNote: 'Reprogramada por el calendario escolar' },
      }),
    ).updateImprovementAction;
    expect(moved).toMatchObject({
      id: first.id,
      status: 'IN_PROGRESS',
      statusLabel: 'En ejecución',
      dueOn: '2025-07-31',
      statusNote: 'Reprogramada por el calendario escolar',
      overdue: false,
    });
    const before = await actionRows();
    const cases: [Record<string, unknown>, [string, string][]][] = [
      [{ status: 'DONE' }, [['input.statusNote', 'REQUIRED']]],
      [{ status: 'CANCELLED', statusNote: '   ' }, [['input.statusNote', 'REQUIRED']]],
      [{ status: 'DONE', statusNote: 'Hecho' }, [['input.statusNote', 'TOO_SHORT']]],
      [{ status: 'IN_PROGRESS', dueOn: '2025-03-01' }, [['input.dueOn', 'OUT_OF_RANGE']]],
      [
        { status: 'CANCELLED', dueOn: '2030-01-01' },
        [
          ['input.statusNote', 'REQUIRED'],
          ['input.dueOn', 'OUT_OF_RANGE'],
        ],
      ],
    ];
    for (const [over, expected] of cases) {
      const res = await gql(who.representative, UPDATE, { input: { id: first.id, ...over } });
      expect({ over, code: errorCode(res) }).toEqual({ over, code: 'BAD_USER_INPUT' });
      expect(problemPaths(res)).toEqual(expected.map(([path]) => path));
      expect((extensionsOf(res).problems as { code: string }[]).map((p) => p.code)).toEqual(expected.map(([, code]) => code));
    }
    for (const over of [{ status: 'LISTA' }, { status: 'DONE', statusNote: 'n'.repeat(2001) }]) {
      expect(errorCode(await gql(who.representative, UPDATE, { input: { id: first.id, ...over } }))).toBe('BAD_USER_INPUT');
    }
    expect(await actionRows()).toEqual(before);
  });

  it('is overdue once its day passes open; the sweep tells the entity once; a new date clears it', async () => {
    await at('2025-03-12');
    const list = dataOf(await gql(who.member, LIST, { id: planId })).actionPlan.improvementActions;
    expect(list.map((a: Record<string, unknown>) => [a.productCode, a.status, a.overdue])).toEqual([
      ['1.1', 'IN_PROGRESS', false],
      ['1.2', 'PENDING', true],
    ]);
    expect(await sweep()).toMatchObject({ improvementsOverdue: 1 });
    const notices = async () => {
      const data = dataOf(await gql(who.member, `{ notifications(first: 100) { edges { node { kind title body audience } } } }`));
      return (data.notifications.edges as { node: Record<string, string> }[])
        .map((e) => e.node)
        .filter((n) => n.kind === 'IMPROVEMENT_ACTION_OVERDUE');
    };
    const told = await notices();
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ audience: 'ENTITY' });
    expect(told[0].title).toMatch(/^Acción de mejora vencida: producto 1\.2 de /);
    expect(told[0].body).toContain(
      'venció el lunes, 10 de marzo de 2025 sin cumplirse: «Revisar la meta con el sector y proponer su ajuste» (responsable: Oficina TIC)',
    );
    // Said once: another sweep says nothing; another entity sees nothing of it.
    expect(await sweep()).toMatchObject({ improvementsOverdue: 0 });
    expect(await notices()).toHaveLength(1);
    const theirs = dataOf(await gql(stranger.member, `{ notifications(first: 100) { edges { node { kind } } } }`));
    expect(theirs.notifications.edges.filter((e: { node: { kind: string } }) => e.node.kind === 'IMPROVEMENT_ACTION_OVERDUE')).toEqual([]);

    const id = list[1].id;
    const again = dataOf(
      await gql(who.ticLeader, UPDATE, { input: { id, status: 'IN_PROGRESS', dueOn: '2025-04-15' } }),
    ).updateImprovementAction;
    expect(again).toMatchObject({ status: 'IN_PROGRESS', dueOn: '2025-04-15', overdue: false, statusNote: null });
  });

  it('closes an action with DONE or CANCELLED and a note; a closed one does not change; a cancelled product needs an action again', async () => {
    const list = dataOf(await gql(who.member, LIST, { id: planId })).actionPlan.improvementActions;
    const [low, over] = list.map((a: { id: string }) => a.id);
    const done = dataOf(
      await gql(who.representative, UPDATE, {
        input: { id: over, status: 'DONE', statusNote: 'La meta se ajustó en la propuesta de ajuste del plan' },
      }),
    );
    expect(done.updateImprovementAction).toMatchObject({ status: 'DONE', statusLabel: 'Cumplida', overdue: false });
    const cancelled = dataOf(
      await gql(who.representative, UPDATE, {
        input: { id: low, status: 'CANCELLED', statusNote: 'Se reemplaza por una acción con otra dependencia' },
      }),
    );
    expect(cancelled.updateImprovementAction).toMatchObject({ status: 'CANCELLED', statusLabel: 'Cancelada' });

    const before = await actionRows();
    for (const id of [low, over]) {
      const res = await gql(who.representative, UPDATE, { input: { id, status: 'IN_PROGRESS' } });
      expect(errorCode(res)).toBe('PRECONDITION_FAILED');
      expect(extensionsOf(res)).toMatchObject({ rule: 'IMPROVEMENT_ACTION_CLOSED' });
    }
    expect(await actionRows()).toEqual(before);

    const m = dataOf(await gql(who.member, MEASURED, { id: planId })).actionPlan.measurement;
    const needs = Object.fromEntries(
      m.objectives
        .flatMap((o: { products: { code: string; needsImprovementAction: boolean }[] }) => o.products)
        .map((p: { code: string; needsImprovementAction: boolean }) => [p.code, p.needsImprovementAction]),
    );
    // 1.1's only action was cancelled: it needs one again; 1.2's is done.
    expect(needs).toEqual({ '1.1': true, '1.2': false, '2.1': false, '2.2': false, '2.3': false });
  });

  it('costs the same SQL statements for one plan as for two, actions and measured products included (DataLoaders)', async () => {
    const query = `query P($code: String!) { actionPlans(entityCode: $code) { id improvementActions { id overdue }
      measurement { bySector { sector } objectives { products { code needsImprovementAction improvementActions { id } } } } } }`;
    // The worker runs in this process too (relay polls, notices): only the plan tables' statements are the query's.
    const PLAN_TABLES = /\b(action_plan|plan_version|plan_version_product|progress_report|period_report|improvement_action)\b/;
    const count = async () => {
      await settled(app);
      let statements = 0;
      const listener = (q: { sql: string }) => {
        if (PLAN_TABLES.test(q.sql)) statements++;
      };
      knex().on('query', listener);
      try {
        dataOf(await gql(who.coordinator, query, { code: who.code }));
      } finally {
        knex().off('query', listener);
      }
      return statements;
    };
    const plansNow = (await knex()('action_plan').where({ entity_code: who.code }).count({ n: '*' }))[0].n;
    const one = await count();
    const other = await importPlan(who.representative, 'Otro plan de acción de la entidad', true);
    await accepted(other);
    expect(
      dataOf(await gql(who.representative, ADD, { input: input({ planId: other, dueOn: '2025-05-01' }) })).addImprovementAction.status,
    ).toBe('PENDING');
    expect(Number((await knex()('action_plan').where({ entity_code: who.code }).count({ n: '*' }))[0].n)).toBe(Number(plansNow) + 1);
    expect(await count()).toBe(one);
  });
});
