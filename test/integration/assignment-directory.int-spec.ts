import { Role } from '../../src/core/auth/principal';
import { fromGlobalId, toGlobalId } from '../../src/core/graphql/global-ids';
import { requestInput, sessionInput } from '../support/accompaniment';
import {
  act,
  actRaw,
  declaredEligible,
  evaluationOf,
  extensionsOf,
  historyOf,
  notificationsOf,
  submittedApplication,
  tokenOf,
  type Res,
} from '../support/cofinancing';
import { errorCode, executeText } from '../support/http';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { eventually } from '../support/time-travel';
import { actors, municipalities, openProgramme, validatedAssessment, type Actors } from '../support/workflow';

/*
 * Issue 19, assignment from the directory: assignAdvisor and assignEvaluators take only active
 * people whose current membership is that role (by subject or by person id), an evaluator who
 * belongs or belonged to the applying entity is refused as a conflict, coordinators and auditors
 * see each person's workload, and a coordinator moves a departing person's open cases to another
 * person through the runtime (a REASSIGN history entry each, the new holder told), through HTTP.
 */

const ADV1 = 'asesora.uno@mintic.gov.co';
const ADV2 = 'asesor.dos@mintic.gov.co';
const GONE = 'asesor.retirado@mintic.gov.co';
const EV1 = 'evaluadora.uno@mintic.gov.co';
const EV2 = 'evaluador.dos@mintic.gov.co';
/** An evaluator who was a member of the applying entity (entity B) before joining the ministry. */
const EXMEMBER = 'ex.funcionaria@mintic.gov.co';
const NOBODY = 'nadie@mintic.gov.co';

let app: TestSystem;
let coordinator: string;
let auditor: string;
let callId: string;
let cycleId: string;
let codeA: string;
let a: Actors;
let b: Actors;
let c: Actors;
const tokens: Record<string, string> = {};

const knex = () => app.system.orm.em.getKnex();
async function personId(subject: string): Promise<string> {
  const row = await knex()('person').where({ subject }).first('id');
  return toGlobalId('Person', String(row.id));
}
const problems = (res: Res) => (extensionsOf(res).problems as { path: string; code: string; message: string }[] | undefined) ?? [];
const rawId = (id: string) => fromGlobalId(id)?.key ?? id;

async function caseRow(id: string): Promise<{ state: string; version: number; assignee: string | null }> {
  const row = await knex()('workflow_case')
    .where({ id: rawId(id) })
    .first('state', 'version', 'assignee');
  return { state: row.state, version: Number(row.version), assignee: row.assignee ?? null };
}

const REASSIGN = `mutation R($input: ReassignOpenCasesInput!) { reassignOpenCases(input: $input) { moved refused { caseId reason } } }`;
const reassign = (token: string, input: Record<string, unknown>) => executeText(app.url, REASSIGN, { input }, { token });
const workloadOf = (token: string, id: string) =>
  executeText(app.url, `query W($id: ID!) { person(id: $id) { id workload } }`, { id }, { token });

/** An accompaniment of the entity, admitted (coordinator). */
async function admittedAccompaniment(who: Actors): Promise<string> {
  const res = await executeText(
    app.url,
    `mutation R($input: RequestAccompanimentInput!) { requestAccompaniment(input: $input) { case { id } } }`,
    { input: requestInput('ROADMAP') },
    { token: who.member },
  );
  if (res.errors) throw new Error(`requestAccompaniment: ${res.errors[0].message}`);
  const id = (res.data as unknown as { requestAccompaniment: { case: { id: string } } }).requestAccompaniment.case.id;
  const admitted = await executeText(
    app.url,
    `mutation A($input: CaseActionInput!) { admitAccompaniment(input: $input) { case { id } } }`,
    { input: { caseId: id } },
    { token: coordinator },
  );
  if (admitted.errors) throw new Error(`admitAccompaniment: ${admitted.errors[0].message}`);
  return id;
}

const assignAdvisor = (token: string, input: Record<string, unknown>) =>
  executeText(
    app.url,
    `mutation A($input: AssignAdvisorInput!) { assignAdvisor(input: $input) { case { id state version assignee } entry { event } } }`,
    { input },
    { token },
  );

beforeAll(async () => {
  app = await startTestSystem({}, { worker: true });
  coordinator = await app.token(Role.COORDINATOR);
  auditor = await app.token(Role.AUDITOR);
  ({ callId, cycleId } = await openProgramme(app, coordinator));
  const codes = await municipalities(app, 3);
  [codeA] = codes;
  const [, codeB, codeC] = codes;
  a = await actors(app, codeA);
  b = await actors(app, codeB);
  c = await actors(app, codeC);
  for (const [sub, role] of [
    [ADV1, Role.ADVISOR],
    [ADV2, Role.ADVISOR],
    [GONE, Role.ADVISOR],
    [EV1, Role.EVALUATOR],
    [EV2, Role.EVALUATOR],
  ] as const)
    tokens[sub] = await tokenOf(app, sub, role);
  // Once a member of entity B; enrolling again as evaluator ends that membership (it stays in the record).
  await tokenOf(app, EXMEMBER, Role.ENTITY_MEMBER, codeB);
  tokens[EXMEMBER] = await tokenOf(app, EXMEMBER, Role.EVALUATOR);
  // A deactivated advisor: still with the ADVISOR membership, but no longer active.
  await knex()('person').where({ subject: GONE }).update({ status: 'DEACTIVATED' });
  app.system.api.services.people.changed([GONE]);
}, 120_000);

afterAll(async () => {
  await app?.stop();
});

describe('assignAdvisor from the directory', () => {
  let caseA: string;
  beforeAll(async () => {
    await validatedAssessment(app, a, cycleId);
    caseA = await admittedAccompaniment(a);
  }, 60_000);

  it.each([
    ['someone the directory does not hold', NOBODY],
    ['a deactivated advisor', GONE],
    ['a person of another role (an evaluator)', EV1],
  ])('refuses %s at input.advisor, changing nothing', async (_what, subject) => {
    const before = await caseRow(caseA);
    const res = await assignAdvisor(coordinator, { caseId: caseA, advisor: subject });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(problems(res)).toEqual([
      { path: 'input.advisor', code: 'NOT_ALLOWED', message: 'no es un(a) asesor(a) activo(a) del directorio' },
    ]);
    expect(res.errors![0].message).not.toContain(subject);
    expect(await caseRow(caseA)).toEqual(before);
  });

  it('refuses by person id at input.advisorId, and both forms or neither', async () => {
    const before = await caseRow(caseA);
    const byId = await assignAdvisor(coordinator, { caseId: caseA, advisorId: await personId(EV1) });
    expect(problems(byId)).toEqual([
      { path: 'input.advisorId', code: 'NOT_ALLOWED', message: 'no es un(a) asesor(a) activo(a) del directorio' },
    ]);
    const unknown = await assignAdvisor(coordinator, { caseId: caseA, advisorId: '4b0c2a3e-1111-4222-8333-944455556666' });
    expect(problems(unknown).map((p) => [p.path, p.code])).toEqual([['input.advisorId', 'NOT_ALLOWED']]);
    const gone = await assignAdvisor(coordinator, { caseId: caseA, advisorId: await personId(GONE) });
    expect(problems(gone).map((p) => p.path)).toEqual(['input.advisorId']);
    const both = await assignAdvisor(coordinator, { caseId: caseA, advisor: ADV1, advisorId: await personId(ADV1) });
    expect(errorCode(both)).toBe('BAD_USER_INPUT');
    expect(problems(both).map((p) => [p.path, p.code])).toEqual([['input.advisorId', 'INCONSISTENT']]);
    const neither = await assignAdvisor(coordinator, { caseId: caseA });
    expect(problems(neither).map((p) => [p.path, p.code])).toEqual([['input.advisor', 'REQUIRED']]);
    expect(await caseRow(caseA)).toEqual(before);
  });

  it('only a coordinator assigns', async () => {
    for (const token of [a.member, a.representative, auditor, tokens[ADV1], tokens[EV1]]) {
      const res = await assignAdvisor(token, { caseId: caseA, advisor: ADV1 });
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(errorCode(res));
    }
    expect((await caseRow(caseA)).assignee).toBeNull();
  });

  it('assigns an active advisor by person id; the case keeps the subject and the advisor acts on it', async () => {
    const res = await assignAdvisor(coordinator, { caseId: caseA, advisorId: await personId(ADV1) });
    expect(res.errors).toBeUndefined();
    const payload = (res.data as unknown as { assignAdvisor: { case: { state: string; assignee: string }; entry: { event: string } } })
      .assignAdvisor;
    expect(payload.case).toMatchObject({ state: 'advisorAssigned', assignee: ADV1 });
    expect(payload.entry.event).toBe('ASSIGN_ADVISOR');
    expect((await caseRow(caseA)).assignee).toBe(ADV1);
  });

  it('assigns an active advisor by subject (the form that existed before)', async () => {
    await validatedAssessment(app, c, cycleId);
    const caseC = await admittedAccompaniment(c);
    const res = await assignAdvisor(coordinator, { caseId: caseC, advisor: ADV1 });
    expect(res.errors).toBeUndefined();
    expect((await caseRow(caseC)).assignee).toBe(ADV1);
    // The assigned advisor acts on it: the case has a session scheduled when it is reassigned below.
    expect((await advisorActs(tokens[ADV1], caseC)).errors).toBeUndefined();
  });
});

describe('assignEvaluators from the directory', () => {
  let appB: string;
  beforeAll(async () => {
    await validatedAssessment(app, b, cycleId);
    appB = await submittedApplication(app, b, callId);
    await declaredEligible(app, coordinator, appB);
  }, 60_000);

  const panelOf = async () => {
    const res = await evaluationOf(app, coordinator, appB, 'evaluations { evaluator }');
    return (res.data as unknown as { application: { evaluations: { evaluator: string }[] } }).application.evaluations.map(
      (e) => e.evaluator,
    );
  };

  it('refuses a non-person, a wrong role and a conflicted evaluator, each at its index; nothing assigned', async () => {
    const res = await actRaw(app, coordinator, 'assignEvaluators', { caseId: appB, evaluators: [EV1, NOBODY, EXMEMBER, ADV1] });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(problems(res).map((p) => [p.path, p.code])).toEqual([
      ['input.evaluators[1]', 'NOT_ALLOWED'],
      ['input.evaluators[2]', 'INCONSISTENT'],
      ['input.evaluators[3]', 'NOT_ALLOWED'],
    ]);
    expect(problems(res)[0].message).toBe('no es un(a) evaluador(a) activo(a) del directorio');
    expect(await panelOf()).toEqual([]);
  });

  it('refuses by person ids at input.evaluatorIds[i], and both forms', async () => {
    const res = await actRaw(app, coordinator, 'assignEvaluators', {
      caseId: appB,
      evaluatorIds: [await personId(EV1), await personId(EXMEMBER)],
    });
    expect(problems(res).map((p) => [p.path, p.code])).toEqual([['input.evaluatorIds[1]', 'INCONSISTENT']]);
    const both = await actRaw(app, coordinator, 'assignEvaluators', {
      caseId: appB,
      evaluators: [EV1],
      evaluatorIds: [await personId(EV1)],
    });
    expect(errorCode(both)).toBe('BAD_USER_INPUT');
    expect(await panelOf()).toEqual([]);
  });

  it('assigns active evaluators by person id; they act on the application', async () => {
    await act(app, coordinator, 'assignEvaluators', { caseId: appB, evaluatorIds: [await personId(EV1)] });
    expect(await panelOf()).toEqual([EV1]);
    const declared = await actRaw(app, tokens[EV1], 'declareConflictOfInterest', { caseId: appB, conflict: false, note: 'Sin vínculos' });
    expect(declared.errors).toBeUndefined();
  });

  describe('workload and reassignOpenCases', () => {
    it('counts open work for coordinators and auditors, hides it from others', async () => {
      for (const token of [coordinator, auditor]) {
        const [adv1, adv2, ev1] = await Promise.all([ADV1, ADV2, EV1].map(async (s) => workloadOf(token, await personId(s))));
        expect((adv1.data as unknown as { person: { workload: number } }).person.workload).toBe(2);
        expect((adv2.data as unknown as { person: { workload: number } }).person.workload).toBe(0);
        expect((ev1.data as unknown as { person: { workload: number } }).person.workload).toBe(1);
      }
      const own = await executeText(app.url, `{ me { person { id workload } } }`, undefined, { token: tokens[ADV1] });
      expect(own.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(own.errors?.[0]?.path).toEqual(['me', 'person', 'workload']);
      expect((own.data as unknown as { me: { person: { id: string; workload: null } } }).me.person).toMatchObject({ workload: null });
    });

    it('counts a page of people with one grouped read per process, however long the page', async () => {
      const readsOfWork = async (first: number) => {
        let statements = 0;
        // The reads of open work (grouped counts), not the relay's or the feed's background reads of the same tables.
        const listener = (q: { sql: string }) => {
          if (/workflow_case|evaluator_assignment/.test(q.sql) && /group by/.test(q.sql)) statements++;
        };
        knex().on('query', listener);
        try {
          const res = await executeText(
            app.url,
            `query P($first: Int!) { people(first: $first) { edges { node { workload } } } }`,
            { first },
            {
              token: coordinator,
            },
          );
          expect(res.errors).toBeUndefined();
          const counts = (res.data as unknown as { people: { edges: { node: { workload: number } }[] } }).people.edges.map(
            (e) => e.node.workload,
          );
          expect(counts).toHaveLength(first);
          return { statements, total: counts.reduce((sum, n) => sum + n, 0) };
        } finally {
          knex().removeListener('query', listener);
        }
      };
      const small = await readsOfWork(2);
      const large = await readsOfWork(12);
      expect(large.statements).toBe(small.statements);
      expect(large.statements).toBe(2);
      expect(large.total).toBeLessThanOrEqual(3);
      const all = await readsOfWork(Number((await knex()('person').count({ n: '*' }))[0].n));
      expect(all.total).toBe(3);
    });

    it('refuses bad input and every role but the coordinator, moving nothing', async () => {
      const [from, to, member] = await Promise.all([personId(ADV1), personId(ADV2), personId('entity_member@test')]);
      const reason = 'La asesora se retira del programa';
      const cases = [
        [{ fromPersonId: from, toPersonId: to, reason: 'corta' }, 'input.reason'],
        [{ fromPersonId: from, toPersonId: from, reason }, 'input.toPersonId'],
        [{ fromPersonId: from, toPersonId: member, reason }, 'input.toPersonId'],
        [{ fromPersonId: from, toPersonId: await personId(GONE), reason }, 'input.toPersonId'],
        [{ fromPersonId: 'no-es-un-id', toPersonId: to, reason }, 'input.fromPersonId'],
      ] as const;
      for (const [input, path] of cases) {
        const res = await reassign(coordinator, input);
        expect(errorCode(res)).toBe('BAD_USER_INPUT');
        expect(problems(res).map((p) => p.path)).toContain(path);
      }
      for (const token of [auditor, tokens[ADV1], tokens[ADV2], tokens[EV1], a.representative, a.member]) {
        expect(errorCode(await reassign(token, { fromPersonId: from, toPersonId: to, reason }))).toBe('FORBIDDEN');
      }
      const open = await knex()('workflow_case').where({ assignee: ADV1 }).count({ n: '*' });
      expect(Number(open[0].n)).toBe(2);
    });

    it("moves a departing advisor's open cases through the runtime: history, access, notice, audit", async () => {
      const [caseA] = (await knex()('workflow_case').where({ assignee: ADV1, entity_code: codeA }).select('id')).map((r: { id: string }) =>
        toGlobalId('Case', r.id),
      );
      const before = await caseRow(caseA);
      const res = await reassign(coordinator, {
        fromPersonId: await personId(ADV1),
        toPersonId: await personId(ADV2),
        reason: 'La asesora se retira del programa',
      });
      expect(res.errors).toBeUndefined();
      const out = (res.data as unknown as { reassignOpenCases: { moved: string[]; refused: unknown[] } }).reassignOpenCases;
      expect(out.refused).toEqual([]);
      expect(out.moved).toHaveLength(2);
      expect(out.moved).toContain(caseA);
      const after = await caseRow(caseA);
      expect(after).toEqual({ state: before.state, version: before.version + 1, assignee: ADV2 });
      const history = await historyOf(app, coordinator, caseA);
      expect(history.at(-1)).toMatchObject({
        event: 'REASSIGN',
        payload: { from: ADV1, to: ADV2, reason: 'La asesora se retira del programa' },
      });
      // The new advisor acts on the case; the old one no longer sees it.
      const old = await advisorActs(tokens[ADV1], caseA);
      expect(errorCode(old)).toBe('NOT_FOUND');
      const ok = await advisorActs(tokens[ADV2], caseA);
      expect(ok.errors).toBeUndefined();
      // The new advisor is told.
      await eventually(app, 'el aviso de reasignación al nuevo asesor', async () =>
        (await notificationsOf(app, tokens[ADV2])).some((n) => n.caseId === caseA),
      );
      const audit = await knex()('membership_event').where({ action: 'REASSIGNED' }).select('person_id', 'role', 'reason');
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ person_id: rawId(await personId(ADV1)), role: 'ADVISOR' });
      // Workload follows the cases.
      expect(
        ((await workloadOf(coordinator, await personId(ADV2))).data as unknown as { person: { workload: number } }).person.workload,
      ).toBe(2);
      expect(
        ((await workloadOf(coordinator, await personId(ADV1))).data as unknown as { person: { workload: number } }).person.workload,
      ).toBe(0);
    });

    it('reports a panel seat that cannot move (a conflict with the entity) and moves it to a free evaluator', async () => {
      const refused = await reassign(coordinator, {
        fromPersonId: await personId(EV1),
        toPersonId: await personId(EXMEMBER),
        reason: 'La evaluadora deja el panel',
      });
      expect(refused.errors).toBeUndefined();
      const out = (refused.data as unknown as { reassignOpenCases: { moved: string[]; refused: { caseId: string; reason: string }[] } })
        .reassignOpenCases;
      expect(out.moved).toEqual([]);
      expect(out.refused).toHaveLength(1);
      expect(out.refused[0].caseId).toBe(appB);
      expect(out.refused[0].reason).toContain('conflicto de interés');
      expect(await panelOf()).toEqual([EV1]);

      const moved = await reassign(coordinator, {
        fromPersonId: await personId(EV1),
        toPersonId: await personId(EV2),
        reason: 'La evaluadora deja el panel',
      });
      expect((moved.data as unknown as { reassignOpenCases: { moved: string[] } }).reassignOpenCases.moved).toEqual([appB]);
      expect(await panelOf()).toEqual([EV2]);
      // The new evaluator declares for themself (the old declaration went with the old evaluator).
      const declared = await actRaw(app, tokens[EV2], 'declareConflictOfInterest', { caseId: appB, conflict: false, note: 'Sin vínculos' });
      expect(declared.errors).toBeUndefined();
      expect(errorCode(await actRaw(app, tokens[EV1], 'declareConflictOfInterest', { caseId: appB, conflict: false }))).toBe('NOT_FOUND');
      // The entity sees that the panel changed, not who.
      const seenByEntity = (await historyOf(app, b.member, appB)).filter((h) => h.event === 'REASSIGN');
      expect(seenByEntity).toEqual([expect.objectContaining({ payload: {} })]);
    });
  });
});

/** The assigned advisor's first step: scheduling a session (themself invited). */
async function advisorActs(token: string, caseId: string): Promise<Res> {
  return executeText(
    app.url,
    `mutation S($input: ScheduleSessionInput!) { scheduleAccompanimentSession(input: $input) { case { id state } } }`,
    { input: await sessionInput(app, token, caseId) },
    { token },
  );
}
