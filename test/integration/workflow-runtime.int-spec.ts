import { randomUUID } from 'node:crypto';
import { createMachine } from 'xstate';

import { assessmentEventLabels, assessmentMachineV1 } from '../../workflows/assessment/assessment.machine';

import { Role } from '../../src/core/auth/principal';
import { fromGlobalId } from '../../src/core/graphql/global-ids';
import { CaseHistory } from '../../src/core/workflow/case-history.entity';
import { Deadline } from '../../src/core/workflow/deadline.entity';
import { OutboxMessage } from '../../src/core/workflow/outbox.entity';
import {
  CaseDocument,
  CasesDocument,
  CloseCycleDocument,
  ProcessDefinitionsDocument,
  RequestAccompanimentDocument,
  StartAssessmentDocument,
} from '../graphql/generated';
import { requestInput } from '../support/accompaniment';
import { errorCode, execute } from '../support/http';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { actors, drive, municipalities, openProgramme, sendEvent, validatedAssessment, type Actors } from '../support/workflow';

let app: TestSystem;
let programme: { cycleId: string; callId: string };
let codes: string[];
let nextCode = 0;

beforeAll(async () => {
  app = await startTestSystem();
  programme = await openProgramme(app, (await actors(app, '05001')).coordinator);
  codes = await municipalities(app, 120);
});
afterAll(() => app?.stop());

async function submittedAssessment(): Promise<{ who: Actors; caseId: string }> {
  const who = await actors(app, codes[nextCode++]);
  const res = await execute(app.url, StartAssessmentDocument, { input: { cycleId: programme.cycleId } }, { token: who.member });
  const caseId = res.data!.startAssessment.case.id;
  await drive(app, who, 'MATURITY_ASSESSMENT', caseId, 'SUBMIT');
  return { who, caseId };
}

/** The case's key in the database, from the global id the API gives. */
const keyOf = (id: string) => fromGlobalId(id)!.key;

const historyOf = async (caseId: string) =>
  app.system.orm.em.fork().find(CaseHistory, { caseId: keyOf(caseId) }, { orderBy: { seq: 'asc' } });

describe('optimistic locking', () => {
  it('lets exactly one of 20 simultaneous writers with the same expectedVersion through', async () => {
    const { who, caseId } = await submittedAssessment();
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        sendEvent(app, who.coordinator, 'MATURITY_ASSESSMENT', caseId, 'START_REVIEW', { expectedVersion: 2 }),
      ),
    );
    const ok = results.filter((r) => !r.errors);
    expect(ok).toHaveLength(1);
    expect(results.filter((r) => errorCode(r) === 'CONFLICT')).toHaveLength(19);
    expect(ok[0].result!.case.version).toBe(3);
    const history = await historyOf(caseId);
    expect(history.map((h) => h.event)).toEqual(['CREATED', 'SUBMIT', 'START_REVIEW']);
  });

  it('never loses an update among concurrent writers without expectedVersion', async () => {
    const { who, caseId } = await submittedAssessment();
    const results = await Promise.all(
      Array.from({ length: 10 }, () => sendEvent(app, who.coordinator, 'MATURITY_ASSESSMENT', caseId, 'START_REVIEW')),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    // The losers saw either the commit in progress (CONFLICT) or its result (the state no longer accepts it).
    expect(results.filter((r) => r.errors).every((r) => ['CONFLICT', 'INVALID_TRANSITION'].includes(errorCode(r)!))).toBe(true);
    expect((await historyOf(caseId)).length).toBe(3);
  });

  it('answers a stale expectedVersion with CONFLICT and the current version', async () => {
    const { who, caseId } = await submittedAssessment();
    const res = await sendEvent(app, who.coordinator, 'MATURITY_ASSESSMENT', caseId, 'START_REVIEW', { expectedVersion: 1 });
    expect(errorCode(res)).toBe('CONFLICT');
    expect(res.errors![0].extensions).toMatchObject({ expectedVersion: 1, currentVersion: 2 });
  });
});

describe('idempotency', () => {
  it('returns the first result for a repeated key and changes nothing', async () => {
    const { who, caseId } = await submittedAssessment();
    const key = `review-${randomUUID()}`;
    const first = await sendEvent(app, who.coordinator, 'MATURITY_ASSESSMENT', caseId, 'START_REVIEW', { idempotencyKey: key });
    expect(first.result).toMatchObject({ replayed: false, case: { version: 3 } });
    const again = await sendEvent(app, who.coordinator, 'MATURITY_ASSESSMENT', caseId, 'START_REVIEW', { idempotencyKey: key });
    expect(again.errors).toBeUndefined();
    expect(again.result).toMatchObject({ replayed: true, case: { version: 3, state: 'underReview' } });
    expect(again.result!.entry).toEqual(first.result!.entry);
    expect((await historyOf(caseId)).length).toBe(3);
  });

  it('answers concurrent repeats of one key with one change', async () => {
    const { who, caseId } = await submittedAssessment();
    const key = `review-${randomUUID()}`;
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        sendEvent(app, who.coordinator, 'MATURITY_ASSESSMENT', caseId, 'START_REVIEW', { idempotencyKey: key }),
      ),
    );
    expect(results.map((r) => errorCode(r))).toEqual(results.map(() => undefined));
    expect(new Set(results.map((r) => r.result!.entry.seq))).toEqual(new Set([3]));
    expect(results.filter((r) => !r.result!.replayed)).toHaveLength(1);
    expect((await historyOf(caseId)).length).toBe(3);
  });

  it('opens one case for a repeated start with the same key', async () => {
    const who = await actors(app, codes[nextCode++]);
    const key = `start-${randomUUID()}`;
    const start = () =>
      execute(app.url, StartAssessmentDocument, { input: { cycleId: programme.cycleId, idempotencyKey: key } }, { token: who.member });
    const [a, b] = [await start(), await start()];
    expect(b.data!.startAssessment.case.id).toBe(a.data!.startAssessment.case.id);
    expect(b.data!.startAssessment.replayed).toBe(true);
  });
});

describe('history, outbox and request ids', () => {
  it('records the request id and actor, writes effects to the outbox and the term as a deadline row in the same transition', async () => {
    const who = await actors(app, codes[nextCode++]);
    await validatedAssessment(app, who, programme.cycleId);
    const requested = await execute(
      app.url,
      RequestAccompanimentDocument,
      { input: requestInput('ROADMAP') },
      { token: who.member, headers: { 'x-request-id': 'req-accompaniment-1' } },
    );
    const caseId = requested.data!.requestAccompaniment.case.id;
    expect(requested.data!.requestAccompaniment.entry).toMatchObject({
      seq: 1,
      event: 'CREATED',
      requestId: 'req-accompaniment-1',
      actorRole: 'ENTITY_MEMBER',
    });
    await sendEvent(app, who.coordinator, 'ACCOMPANIMENT', caseId, 'ADMIT', { requestId: 'req-admit-1' });
    const outbox = await app.system.orm.em
      .fork()
      .find(OutboxMessage, { caseId: keyOf(caseId) }, { orderBy: { caseVersion: 'asc', kind: 'asc' } });
    const deadlines = await app.system.orm.em.fork().find(Deadline, { caseId: keyOf(caseId) });
    expect(deadlines).toHaveLength(1);
    expect(deadlines[0]).toMatchObject({
      state: 'requested',
      caseVersion: 1,
      kind: 'ACCOMPANIMENT_RESPONSE',
      days: 15,
      calendar: 'business',
      owner: 'MINISTRY',
      status: 'MET',
    });
    expect(outbox.map((o) => [o.caseVersion, o.kind, o.payload.effect ?? o.payload.deadlineId])).toEqual([
      [1, 'deadline.schedule', deadlines[0].id],
      [1, 'notification', 'notifyCoordinators'],
      [2, 'notification', 'notifyEntity'],
    ]);
    const history = await historyOf(caseId);
    expect(history[1]).toMatchObject({
      event: 'ADMIT',
      requestId: 'req-admit-1',
      actorSubject: 'coordinator@test',
      actorRole: 'COORDINATOR',
    });
  });

  it('expires the drafts of a cycle a coordinator closes, and only those', async () => {
    const local = await startTestSystem();
    try {
      const coordinator = (await actors(local, '05001')).coordinator;
      const { cycleId } = await openProgramme(local, coordinator);
      const draftOwner = await actors(local, '05002');
      const submittedOwner = await actors(local, '05004');
      const draft = await execute(local.url, StartAssessmentDocument, { input: { cycleId } }, { token: draftOwner.member });
      const sent = await execute(local.url, StartAssessmentDocument, { input: { cycleId } }, { token: submittedOwner.member });
      await drive(local, submittedOwner, 'MATURITY_ASSESSMENT', sent.data!.startAssessment.case.id, 'SUBMIT');
      const closed = await execute(local.url, CloseCycleDocument, { id: cycleId }, { token: coordinator });
      expect(closed.data!.closeCycle).toMatchObject({ expired: 1, cycle: { open: false } });
      const expired = await execute(local.url, CaseDocument, { id: draft.data!.startAssessment.case.id }, { token: coordinator });
      expect(expired.data!.case).toMatchObject({ state: 'expired', final: true, outcome: 'EXPIRED_WITH_CYCLE' });
      expect(expired.data!.case!.history.at(-1)).toMatchObject({ event: 'CYCLE_CLOSED', actorRole: 'SYSTEM' });
      const late = await execute(
        local.url,
        StartAssessmentDocument,
        { input: { cycleId } },
        { token: (await actors(local, '05021')).member },
      );
      expect(late.errors![0].extensions).toMatchObject({ code: 'PRECONDITION_FAILED', rule: 'CYCLE_NOT_OPEN' });
    } finally {
      await local.stop();
    }
  });
});

describe('a batch of events in one transaction (sendEach, as terms that end together are fired)', () => {
  it('commits each accepted step with its history and outbox rows, and fails only the refused ones, writing nothing for them', async () => {
    const [a, b, c, d] = [
      await submittedAssessment(),
      await submittedAssessment(),
      await submittedAssessment(),
      await submittedAssessment(),
    ];
    const missing = randomUUID();
    const coordinator = { subject: 'coordinacion@batch.test', role: Role.COORDINATOR, entityCode: null };
    const item = (caseId: string, type: string, expectedVersion: number) => ({
      caseId,
      event: { type },
      expect: { expectedVersion },
      meta: { requestId: `batch-${type}-${caseId}` },
    });
    const results = await app.system.api.services.runtime.sendEach(coordinator, [
      item(keyOf(a.caseId), 'START_REVIEW', 2),
      // A stale version, an event the state does not accept, and a case that does not exist.
      item(keyOf(b.caseId), 'START_REVIEW', 1),
      item(keyOf(c.caseId), 'VALIDATE', 2),
      item(missing, 'START_REVIEW', 2),
      item(keyOf(d.caseId), 'START_REVIEW', 2),
    ]);
    for (const accepted of [results[0], results[4]]) {
      expect(accepted.ok).toMatchObject({ kase: { state: 'underReview', version: 3 }, entry: { seq: 3, event: 'START_REVIEW' } });
    }
    expect(results.slice(1, 4).map((r) => (r.error as { extensions?: { code?: string } }).extensions?.code)).toEqual([
      'CONFLICT',
      'INVALID_TRANSITION',
      'NOT_FOUND',
    ]);
    const em = app.system.orm.em.fork();
    for (const accepted of [a, d]) {
      expect((await historyOf(accepted.caseId)).map((h) => [h.seq, h.event, h.requestId])).toEqual([
        [1, 'CREATED', expect.any(String)],
        [2, 'SUBMIT', expect.any(String)],
        [3, 'START_REVIEW', `batch-START_REVIEW-${keyOf(accepted.caseId)}`],
      ]);
      expect(await em.count(OutboxMessage, { caseId: keyOf(accepted.caseId), caseVersion: 3 })).toBe(1);
      const res = await execute(app.url, CaseDocument, { id: accepted.caseId }, { token: accepted.who.coordinator });
      expect(res.data!.case).toMatchObject({ state: 'underReview', version: 3 });
    }
    for (const refused of [b, c]) {
      expect((await historyOf(refused.caseId)).map((h) => h.seq)).toEqual([1, 2]);
      expect(await em.count(OutboxMessage, { caseId: keyOf(refused.caseId), caseVersion: { $gt: 2 } })).toBe(0);
      const res = await execute(app.url, CaseDocument, { id: refused.caseId }, { token: refused.who.coordinator });
      expect(res.data!.case).toMatchObject({ state: 'submitted', version: 2 });
    }
  });
});

describe('machine versions', () => {
  it('keeps a case on the version it started with after a new one is registered', async () => {
    const local = await startTestSystem();
    try {
      const coordinator = (await actors(local, '05001')).coordinator;
      const { cycleId } = await openProgramme(local, coordinator);
      const oldOwner = await actors(local, '05002');
      const old = await execute(local.url, StartAssessmentDocument, { input: { cycleId } }, { token: oldOwner.member });
      const oldId = old.data!.startAssessment.case.id;
      // Version 2 drops withdrawal from draft and renames the draft state's label.
      const base = assessmentMachineV1.config;
      const states = base.states as Record<string, { on?: Record<string, unknown> }>;
      const { WITHDRAW: _dropped, ...draftOn } = states.draft.on ?? {};
      const modified = createMachine(
        {
          ...base,
          states: { ...states, draft: { ...states.draft, meta: { label: 'Borrador (v2)', owner: 'ENTITY' }, on: draftOn } },
        } as never,
        assessmentMachineV1.implementations as never,
      );
      local.system.api.services.registry.register({
        process: 'MATURITY_ASSESSMENT',
        version: 2,
        machine: modified,
        eventLabels: assessmentEventLabels,
      });

      const newOwner = await actors(local, '05004');
      const fresh = await execute(local.url, StartAssessmentDocument, { input: { cycleId } }, { token: newOwner.member });
      expect(fresh.data!.startAssessment.case).toMatchObject({ machineVersion: 2, stateLabel: 'Borrador (v2)' });
      const refused = await sendEvent(
        local,
        newOwner.representative,
        'MATURITY_ASSESSMENT',
        fresh.data!.startAssessment.case.id,
        'WITHDRAW',
      );
      expect(errorCode(refused)).toBe('INVALID_TRANSITION');

      const oldCase = await execute(local.url, CaseDocument, { id: oldId }, { token: coordinator });
      expect(oldCase.data!.case).toMatchObject({ machineVersion: 1, stateLabel: 'Borrador' });
      const withdrawn = await sendEvent(local, oldOwner.representative, 'MATURITY_ASSESSMENT', oldId, 'WITHDRAW');
      expect(withdrawn.result!.case).toMatchObject({ state: 'withdrawn', version: 2 });

      const defs = await execute(local.url, ProcessDefinitionsDocument, { allVersions: true }, { token: coordinator });
      expect(defs.data!.processDefinitions.filter((d) => d.process === 'MATURITY_ASSESSMENT').map((d) => d.version)).toEqual([1, 2]);
    } finally {
      await local.stop();
    }
  });
});

describe('process definitions', () => {
  it('describes each machine with states, events, senders, deadlines and a generated Mermaid diagram', async () => {
    const token = (await actors(app, '05001')).member;
    const res = await execute(app.url, ProcessDefinitionsDocument, {}, { token });
    const defs = res.data!.processDefinitions;
    expect(defs.map((d) => d.process)).toEqual([
      'MATURITY_ASSESSMENT',
      'ACCOMPANIMENT',
      'COFINANCING_APPLICATION',
      'PLAN_REVIEW',
      'PROGRESS_REPORT',
    ]);
    // Each version is an object of its own, with an id of its own.
    expect(new Set(defs.map((d) => d.id)).size).toBe(5);
    const cofinancing = defs[2];
    expect(cofinancing.initialState).toBe('draft');
    expect(cofinancing.states.find((s) => s.name === 'correctionsRequested')).toMatchObject({
      label: 'Subsanación solicitada',
      owner: 'ENTITY',
      // Version 3: one calendar month to complete the request (Ley 1755 de 2015, art. 17).
      deadline: { days: 1, calendar: 'MONTH', onExpire: 'CORRECTIONS_TERM_EXPIRED' },
    });
    // ... and the ministry's 10 días hábiles to review what was filed, flagged overdue when they pass.
    expect(cofinancing.states.find((s) => s.name === 'submitted')).toMatchObject({
      owner: 'MINISTRY',
      deadline: { days: 10, calendar: 'BUSINESS', onExpire: null },
    });
    expect(cofinancing.events.find((e) => e.type === 'SUBMIT')).toMatchObject({
      sender: 'REPRESENTATIVE',
      label: 'Radicar la postulación',
      mutation: 'submitApplication',
    });
    expect(cofinancing.events.find((e) => e.type === 'CORRECTIONS_TERM_EXPIRED')).toMatchObject({ sender: 'SYSTEM', mutation: null });
    expect(cofinancing.mermaid.split('\n')[0]).toBe('stateDiagram-v2');
    // Node ids are the state names (what Case.state holds, so a client can highlight the current one);
    // states and edges carry their Spanish labels.
    expect(cofinancing.mermaid).toContain('  correctionsRequested: Subsanación solicitada\n');
    expect(cofinancing.mermaid).toContain('  [*] --> draft');
    expect(cofinancing.mermaid).toContain('  correctionsRequested --> rejected: Vencimiento del término de subsanación\n');
    expect(cofinancing.mermaid).toContain('  closed --> [*]');
    // From version 2: the evaluators' last evaluation (or the last conflict declared) moves the case to committee.
    expect(cofinancing.version).toBe(3);
    expect(cofinancing.mermaid).toContain('  technicalEvaluation --> committee: Radicar la evaluación técnica\n');
    expect(cofinancing.mermaid).toContain('  technicalEvaluation --> committee: Declarar conflicto de interés (o su ausencia)\n');
    expect(cofinancing.mermaid).not.toContain('Enviar al comité');
    expect(cofinancing.mermaid).not.toContain('resubmitted');
    // No edge is labelled with an event's code.
    for (const e of cofinancing.events) expect(cofinancing.mermaid).not.toMatch(new RegExp(`: ${e.type}$`, 'm'));
    // Every event a state accepts is drawn as an edge from it, labelled as the event is; an event
    // whose transition has no target (ASSIGN_EVALUATORS only records the panel) as a self-loop.
    const labelOf = new Map(cofinancing.events.map((e) => [e.type, e.label]));
    const edges = cofinancing.mermaid.split('\n').filter((l) => l.includes(' --> ') && !l.includes('[*]'));
    const drawn = new Set(
      edges.map((line) => {
        const [from, rest] = line.trim().split(' --> ');
        return `${from} ${rest.split(': ')[1]}`;
      }),
    );
    const accepted = cofinancing.states.flatMap((s) => s.events.map((e) => `${s.name} ${labelOf.get(e)}`));
    expect(accepted.filter((pair) => !drawn.has(pair))).toEqual([]);
    expect(edges).toContain('  technicalEvaluation --> technicalEvaluation: Asignar evaluadores');
    expect(edges.length).toBeGreaterThanOrEqual(accepted.length);
  });
});

describe('cases(first: n) with entity and the last 5 history rows', () => {
  it('costs the same number of SQL statements for 5 and for 50 cases', async () => {
    const coordinator = (await actors(app, '05001')).coordinator;
    // Enough cases with several history rows each.
    while (nextCode < 60) await submittedAssessment();
    // A token's first request is a sign-in, which writes the person's last sign-in: not the query's work.
    await execute(app.url, CasesDocument, { first: 1, last: 1 }, { token: coordinator });
    const knex = app.system.orm.em.getKnex();
    const count = async (first: number) => {
      let statements = 0;
      const listener = () => statements++;
      knex.on('query', listener);
      try {
        const res = await execute(app.url, CasesDocument, { first, last: 5 }, { token: coordinator });
        expect(res.errors).toBeUndefined();
        expect(res.data!.cases.edges).toHaveLength(first);
        expect(res.data!.cases.edges.every((e) => e.node.entity.code === e.node.entityCode && e.node.history.length >= 1)).toBe(true);
      } finally {
        knex.removeListener('query', listener);
      }
      return statements;
    };
    const small = await count(5);
    const large = await count(50);
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
  });
});
