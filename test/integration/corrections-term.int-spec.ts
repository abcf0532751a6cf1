// The terms of Ley 1755 de 2015, art. 17 on cofinancing applications (machine version 3), through
// the real HTTP API on an adjustable clock: the entity's month to complete a request (calendar
// months, the last day moved to the next día hábil), its one extension by an equal term, the
// warnings before, the desistimiento only after both; the ministry's 10 días hábiles to ask for
// what is missing, flagged overdue and escalated; a case on version 2 keeping its 10 días hábiles;
// the call's own terms. Each test moves the clock forward from where the one before left it.
import { fromGlobalId } from '../../src/core/graphql/global-ids';
import {
  NotificationsDocument,
  OverdueCasesDocument,
  StartApplicationDocument,
  type NotificationFieldsFragment,
} from '../graphql/generated';
import { dataOf, errorCode, execute, executeText, type GraphQLResponse } from '../support/http';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { bogota, clockOf, eventually, openProgrammeAt, settled, timeTravelEnv, travelTo } from '../support/time-travel';
import {
  actors,
  CHECKLIST_WITHOUT_DOCUMENTS,
  drive,
  municipalities,
  publishCall,
  validatedAssessment,
  type Actors,
} from '../support/workflow';

/** Friday 29 January 2027, 10 a.m. in Bogotá. */
const START = bogota('2027-01-29T10:00:00');
const DAY = 24 * 3600 * 1000;
const keyOf = (id: string) => fromGlobalId(id)!.key;

const DEADLINES = `id kind state owner calendar days startedAt dueAt originalDueAt status overdue onExpire extendedDays extensionReason closedAt`;
const CASE = `query Case($id: ID!) { case(id: $id) { id state version machineVersion outcome lastNote
  deadlines { ${DEADLINES} } history { seq event actorRole payload } } }`;
const EXTEND = `mutation Extend($input: RequestCorrectionsExtensionInput!) {
  requestCorrectionsExtension(input: $input) { replayed case { id state version } entry { seq event actorRole payload } } }`;
const CREATE_CALL = `mutation CreateCall($input: CreateCallInput!) {
  createCall(input: $input) { id correctionsTermDays correctionsTermMonths eligibilityReviewTermDays } }`;
const UPDATE_CALL = `mutation UpdateCall($input: UpdateCallInput!) {
  updateCall(input: $input) { id correctionsTermDays correctionsTermMonths eligibilityReviewTermDays } }`;

interface Deadline {
  kind: string;
  state: string;
  owner: string;
  calendar: string;
  days: number | null;
  startedAt: string;
  dueAt: string;
  originalDueAt: string;
  status: string;
  overdue: boolean;
  extendedDays: number | null;
  extensionReason: string | null;
}
interface Kase {
  id: string;
  state: string;
  version: number;
  machineVersion: number;
  outcome: string | null;
  deadlines: Deadline[];
  history: { seq: number; event: string; actorRole: string; payload: Record<string, unknown> }[];
}

async function caseOf(app: TestSystem, token: string, id: string): Promise<Kase> {
  return dataOf<{ case: Kase }>(await executeText(app.url, CASE, { id }, { token })).case;
}

const termOf = (k: Kase, kind: string) => {
  const found = k.deadlines.filter((d) => d.kind === kind);
  expect(found).toHaveLength(1);
  return found[0];
};

function extend(app: TestSystem, token: string, input: Record<string, unknown>): Promise<GraphQLResponse<never>> {
  return executeText(app.url, EXTEND, { input }, { token });
}

/** A published call open around `now`, with the term settings given (raw: the new fields). */
async function callWith(app: TestSystem, coordinator: string, now: Date, terms: Record<string, number>): Promise<string> {
  const input = {
    title: 'Convocatoria con términos propios',
    opensAt: new Date(now.getTime() - 30 * DAY).toISOString(),
    closesAt: new Date(now.getTime() + 60 * DAY).toISOString(),
    totalBudget: 50_000_000_000,
    capPerApplication: 2_000_000_000,
    minCounterpartPercent: 20,
    eligibilityChecklist: CHECKLIST_WITHOUT_DOCUMENTS,
    ...terms,
  };
  const id = dataOf<{ createCall: { id: string } }>(await executeText(app.url, CREATE_CALL, { input }, { token: coordinator })).createCall
    .id;
  await publishCall(app, coordinator, id);
  return id;
}

async function startApplication(app: TestSystem, who: Actors, callId: string): Promise<string> {
  const started = await execute(app.url, StartApplicationDocument, { input: { callId } }, { token: who.member });
  expect(started.errors).toBeUndefined();
  return started.data!.startApplication.case.id;
}

async function drives(app: TestSystem, who: Actors, id: string, events: string[]): Promise<void> {
  for (const event of events) await drive(app, who, 'COFINANCING_APPLICATION', id, event);
}
const TO_CORRECTIONS = ['SUBMIT', 'START_ELIGIBILITY_REVIEW', 'REQUEST_CORRECTIONS'];

async function listOf(app: TestSystem, token: string): Promise<NotificationFieldsFragment[]> {
  const res = await execute(app.url, NotificationsDocument, { first: 100 }, { token });
  expect(res.errors).toBeUndefined();
  return res.data!.notifications.edges.map((e) => e.node);
}

function notificationsAbout(app: TestSystem, token: string, caseId: string, kind: string, count: number) {
  return eventually(app, `${count} notificación(es) ${kind} del trámite ${caseId}`, async () => {
    const found = (await listOf(app, token)).filter((n) => n.caseId === caseId && n.kind === kind);
    return found.length >= count ? found : undefined;
  });
}

async function overdueIds(app: TestSystem, token: string): Promise<string[]> {
  const res = await execute(app.url, OverdueCasesDocument, { overdue: true }, { token });
  expect(res.errors).toBeUndefined();
  return res.data!.cases.edges.map((e) => e.node.id);
}

describe('the terms of Ley 1755 de 2015, art. 17, on a cofinancing application', () => {
  let app: TestSystem;
  /** monthEnd: requested on 29 January; holiday: on 24 February; days: a call in días hábiles; months: a call of 2 months; v2: an older case; review: the ministry's term; other: authorization. */
  let who: Record<'monthEnd' | 'holiday' | 'days' | 'months' | 'v2' | 'review' | 'other', Actors>;
  const id = {} as Record<keyof typeof who, string>;
  let callId: string;
  let daysCall: string;
  let monthsCall: string;

  beforeAll(async () => {
    app = await startTestSystem(timeTravelEnv(), { worker: true });
    await clockOf(app).set(START);
    const codes = await municipalities(app, 7);
    const list = await Promise.all(codes.map((c) => actors(app, c)));
    who = { monthEnd: list[0], holiday: list[1], days: list[2], months: list[3], v2: list[4], review: list[5], other: list[6] };
    const programme = await openProgrammeAt(app, list[0].coordinator, START);
    callId = programme.callId;
    for (const w of list) await validatedAssessment(app, w, programme.cycleId);
    daysCall = await callWith(app, list[0].coordinator, START, { correctionsTermDays: 5 });
    monthsCall = await callWith(app, list[0].coordinator, START, { correctionsTermMonths: 2, eligibilityReviewTermDays: 3 });
  }, 120_000);
  afterAll(async () => {
    await app?.stop();
  });

  it('a call sets its corrections term in días hábiles or in months, never both', async () => {
    const coordinator = who.monthEnd.coordinator;
    const both = await executeText(
      app.url,
      CREATE_CALL,
      {
        input: {
          title: 'Convocatoria con dos términos',
          opensAt: START.toISOString(),
          closesAt: new Date(START.getTime() + 30 * DAY).toISOString(),
          totalBudget: 1_000_000_000,
          capPerApplication: 100_000_000,
          minCounterpartPercent: 20,
          correctionsTermDays: 10,
          correctionsTermMonths: 1,
        },
      },
      { token: coordinator },
    );
    expect(errorCode(both)).toBe('BAD_USER_INPUT');
    expect(both.errors![0].extensions!.problems).toEqual([
      expect.objectContaining({ path: 'input.correctionsTermMonths', code: 'INCONSISTENT' }),
    ]);
    const outOfRange = await executeText(
      app.url,
      UPDATE_CALL,
      { input: { id: daysCall, correctionsTermMonths: 7 } },
      { token: coordinator },
    );
    expect(errorCode(outOfRange)).toBe('BAD_USER_INPUT');
    // A draft call switches units: setting months alone clears the days, and back.
    const draft = dataOf<{ createCall: { id: string } }>(
      await executeText(
        app.url,
        CREATE_CALL,
        {
          input: {
            title: 'Convocatoria en borrador',
            opensAt: START.toISOString(),
            closesAt: new Date(START.getTime() + 30 * DAY).toISOString(),
            totalBudget: 1_000_000_000,
            capPerApplication: 100_000_000,
            minCounterpartPercent: 20,
            correctionsTermDays: 15,
          },
        },
        { token: coordinator },
      ),
    ).createCall.id;
    const toMonths = dataOf(
      await executeText(app.url, UPDATE_CALL, { input: { id: draft, correctionsTermMonths: 2 } }, { token: coordinator }),
    );
    expect(toMonths.updateCall).toMatchObject({ correctionsTermDays: null, correctionsTermMonths: 2, eligibilityReviewTermDays: null });
    const toDays = dataOf(
      await executeText(
        app.url,
        UPDATE_CALL,
        { input: { id: draft, correctionsTermDays: 8, eligibilityReviewTermDays: 5 } },
        { token: coordinator },
      ),
    );
    expect(toDays.updateCall).toMatchObject({ correctionsTermDays: 8, correctionsTermMonths: null, eligibilityReviewTermDays: 5 });
    // An entity does not set a call's terms.
    const entity = await executeText(
      app.url,
      UPDATE_CALL,
      { input: { id: draft, correctionsTermMonths: 1 } },
      { token: who.other.representative },
    );
    expect(errorCode(entity)).toBe('FORBIDDEN');
  });

  it('a month from a request on 29 January ends on the last day of February, moved to the next día hábil', async () => {
    id.monthEnd = await startApplication(app, who.monthEnd, callId);
    await drives(app, who.monthEnd, id.monthEnd, TO_CORRECTIONS);
    const k = await caseOf(app, who.monthEnd.member, id.monthEnd);
    expect(k).toMatchObject({ state: 'correctionsRequested', machineVersion: 3 });
    // Runs from Saturday 30 January; 30 February does not exist, so the last day of February,
    // Sunday 28, and then the next día hábil: Monday 1 March, end of day in Bogotá.
    expect(termOf(k, 'CORRECTIONS')).toMatchObject({
      owner: 'ENTITY',
      calendar: 'MONTH',
      days: 1,
      dueAt: '2027-03-02T04:59:59.999Z',
      originalDueAt: '2027-03-02T04:59:59.999Z',
      status: 'PENDING',
      extendedDays: null,
    });
    // The ministry asked on the day it was filed: its own term closed in time.
    expect(termOf(k, 'ELIGIBILITY_REVIEW')).toMatchObject({ owner: 'MINISTRY', calendar: 'BUSINESS', days: 10, status: 'MET' });
  });

  it('the call’s own terms: días hábiles where it sets days, its months and its review term where it sets those', async () => {
    id.days = await startApplication(app, who.days, daysCall);
    await drives(app, who.days, id.days, TO_CORRECTIONS);
    // 5 días hábiles from Friday 29 January: 1–5 February.
    expect(termOf(await caseOf(app, who.days.member, id.days), 'CORRECTIONS')).toMatchObject({
      calendar: 'BUSINESS',
      days: 5,
      dueAt: '2027-02-06T04:59:59.999Z',
    });
    id.months = await startApplication(app, who.months, monthsCall);
    await drives(app, who.months, id.months, TO_CORRECTIONS);
    const k = await caseOf(app, who.months.member, id.months);
    // Two months from 30 January: 30 March (a Tuesday).
    expect(termOf(k, 'CORRECTIONS')).toMatchObject({ calendar: 'MONTH', days: 2, dueAt: '2027-03-31T04:59:59.999Z' });
    // The ministry's review: 3 días hábiles (1–3 February) instead of 10.
    expect(termOf(k, 'ELIGIBILITY_REVIEW')).toMatchObject({ days: 3, dueAt: '2027-02-04T04:59:59.999Z', status: 'MET' });
  });

  it('a case on version 2 keeps its 10 días hábiles and has no ministry term', async () => {
    id.v2 = await startApplication(app, who.v2, callId);
    // As if opened before version 3 was published: the row says which machine it runs on.
    await app.system.orm.em
      .getKnex()('workflow_case')
      .where({ id: keyOf(id.v2) })
      .update({ machine_version: 2 });
    await drives(app, who.v2, id.v2, TO_CORRECTIONS);
    const k = await caseOf(app, who.v2.member, id.v2);
    expect(k.machineVersion).toBe(2);
    expect(k.deadlines).toHaveLength(1);
    // 10 días hábiles from Friday 29 January: 1–5 and 8–12 February.
    expect(k.deadlines[0]).toMatchObject({ kind: 'CORRECTIONS', calendar: 'BUSINESS', days: 10, dueAt: '2027-02-13T04:59:59.999Z' });
  });

  it('the ministry’s term runs from the filing across the start of the review', async () => {
    id.review = await startApplication(app, who.review, callId);
    await drives(app, who.review, id.review, ['SUBMIT']);
    const submitted = termOf(await caseOf(app, who.review.coordinator, id.review), 'ELIGIBILITY_REVIEW');
    expect(submitted).toMatchObject({ state: 'submitted', owner: 'MINISTRY', status: 'PENDING', dueAt: '2027-02-13T04:59:59.999Z' });
    await clockOf(app).set(new Date(START.getTime() + 2 * DAY));
    await drives(app, who.review, id.review, ['START_ELIGIBILITY_REVIEW']);
    const k = await caseOf(app, who.review.coordinator, id.review);
    // The same term, now declared by the review's state: same start, same due instant.
    expect(k.deadlines).toEqual([
      expect.objectContaining({
        kind: 'ELIGIBILITY_REVIEW',
        state: 'eligibilityReview',
        startedAt: submitted.startedAt,
        dueAt: submitted.dueAt,
        status: 'PENDING',
      }),
    ]);
    // One term, one firing job: queued at the filing, and the reconciler (which rebuilds every
    // pending term's jobs from the rows) finds it under the same id after the term moved.
    await settled(app);
    await app.system.worker!.reconcile();
    const [row] = await app.system.orm.em
      .getKnex()('deadline')
      .where({ case_id: keyOf(id.review) });
    const fires = (await app.system.worker!.queues.deadlines.getDelayed()).filter(
      (j) => (j.data as { deadlineId: string }).deadlineId === row.id,
    );
    expect(fires).toHaveLength(1);
    // The entity cannot ask to extend a term it does not owe (it has no corrections term running).
    const version = k.version;
    const refused = await extend(app, who.review.member, { caseId: id.review });
    expect(errorCode(refused)).toBe('PRECONDITION_FAILED');
    expect(refused.errors![0].message).toContain('no tiene en curso el término de subsanación');
    expect((await caseOf(app, who.review.member, id.review)).version).toBe(version);
  });

  it('only the entity that owes the corrections asks for the extension, with reasons the law does not require', async () => {
    id.other = await startApplication(app, who.other, callId);
    await drives(app, who.other, id.other, TO_CORRECTIONS);
    const before = await caseOf(app, who.other.member, id.other);
    const input = { caseId: id.other, expectedVersion: before.version };
    // Another entity does not even see the case; the ministry does not ask for the entity; nor an auditor.
    expect(errorCode(await extend(app, who.monthEnd.representative, input))).toBe('NOT_FOUND');
    expect(errorCode(await extend(app, who.other.coordinator, input))).toBe('FORBIDDEN');
    expect(errorCode(await extend(app, who.other.auditor, input))).toBe('FORBIDDEN');
    // Reasons, when given, say something; too short or too long is refused.
    const short = await extend(app, who.other.member, { ...input, reason: 'corto' });
    expect(errorCode(short)).toBe('BAD_USER_INPUT');
    expect(short.errors![0].extensions!.problems).toEqual([expect.objectContaining({ path: 'input.reason' })]);
    expect(errorCode(await extend(app, who.other.member, { ...input, reason: 'x'.repeat(5001) }))).toBe('BAD_USER_INPUT');
    // A stale version is a conflict.
    expect(errorCode(await extend(app, who.other.member, { ...input, expectedVersion: before.version - 1 }))).toBe('CONFLICT');
    const unchanged = await caseOf(app, who.other.member, id.other);
    expect(unchanged.version).toBe(before.version);
    expect(termOf(unchanged, 'CORRECTIONS')).toMatchObject({ dueAt: '2027-03-02T04:59:59.999Z', extendedDays: null });

    // The representative asks without reasons: the history records the law's.
    const ok = await extend(app, who.other.representative, { ...input, idempotencyKey: 'prorroga-subsanacion-1' });
    const result = dataOf(ok).requestCorrectionsExtension;
    expect(result).toMatchObject({ replayed: false, case: { state: 'correctionsRequested', version: before.version + 1 } });
    expect(result.entry).toMatchObject({
      event: 'EXTEND_TERM',
      actorRole: 'ENTITY_REPRESENTATIVE',
      payload: {
        kind: 'CORRECTIONS',
        days: 1,
        calendar: 'month',
        previousDueAt: '2027-03-02T04:59:59.999Z',
        dueAt: '2027-04-03T04:59:59.999Z',
        note: 'La entidad solicitó la prórroga del término para subsanar por un término igual (Ley 1755 de 2015, art. 17).',
      },
    });
    // The same key again: the first result, nothing done twice.
    const again = dataOf(await extend(app, who.other.representative, { ...input, idempotencyKey: 'prorroga-subsanacion-1' }));
    expect(again.requestCorrectionsExtension).toMatchObject({ replayed: true, case: { version: before.version + 1 } });
    // The coordinators are told of the new term.
    const told = await notificationsAbout(app, who.other.coordinator, id.other, 'CASE_UPDATE', 1);
    expect(told.some((n) => n.audience === 'COORDINATORS')).toBe(true);
  });

  it('the ministry’s term, unanswered, is flagged overdue and escalated to the coordinators, and decides nothing', async () => {
    await settled(app);
    // Reminded 3 días hábiles before Friday 12 February: Tuesday 9 February, 08:00.
    await travelTo(app, bogota('2027-02-09T08:00:30'));
    const [reminder] = await notificationsAbout(app, who.review.coordinator, id.review, 'DEADLINE_REMINDER', 1);
    expect(reminder).toMatchObject({ audience: 'COORDINATORS' });
    expect(reminder.title).toBe(
      'Recordatorio: Revisión de requisitos de la postulación radicada (Ley 1755 de 2015, art. 17) vence el viernes, 12 de febrero de 2027',
    );
    // The entity is not reminded of the ministry's term.
    expect((await listOf(app, who.review.member)).filter((n) => n.kind === 'DEADLINE_REMINDER')).toEqual([]);

    await travelTo(app, bogota('2027-02-13T00:00:30'));
    const [overdue] = await notificationsAbout(app, who.review.coordinator, id.review, 'DEADLINE_OVERDUE', 1);
    expect(overdue).toMatchObject({
      audience: 'COORDINATORS',
      title: 'Término vencido sin respuesta: Revisión de requisitos de la postulación radicada (Ley 1755 de 2015, art. 17)',
    });
    const k = await caseOf(app, who.review.coordinator, id.review);
    expect(k.state).toBe('eligibilityReview');
    expect(termOf(k, 'ELIGIBILITY_REVIEW')).toMatchObject({ status: 'OVERDUE', overdue: true });
    expect(await overdueIds(app, who.review.coordinator)).toContain(id.review);

    // Late, the coordinator asks for corrections: the term closes late; the resubmission starts a new one.
    await drives(app, who.review, id.review, ['REQUEST_CORRECTIONS']);
    await clockOf(app).set(bogota('2027-02-15T09:00:00'));
    await drives(app, who.review, id.review, ['RESUBMIT']);
    const after = await caseOf(app, who.review.coordinator, id.review);
    const terms = after.deadlines.filter((d) => d.kind === 'ELIGIBILITY_REVIEW');
    expect(terms.map((d) => d.status)).toEqual(['MET_LATE', 'PENDING']);
    // 10 días hábiles from Monday 15 February: 16–19, 22–26 February and 1 March.
    expect(terms[1]).toMatchObject({ state: 'eligibilityReview', dueAt: '2027-03-02T04:59:59.999Z' });
    expect(termOf(after, 'CORRECTIONS')).toMatchObject({ status: 'MET' });
  });

  it('a term in días hábiles ends in desistimiento; an extension asked after it ended is refused', async () => {
    // The 5-day call's term ended on Friday 5 February; the version 2 case's on Friday 12 February.
    for (const [key, dueAt] of [
      ['days', '2027-02-06T04:59:59.999Z'],
      ['v2', '2027-02-13T04:59:59.999Z'],
    ] as const) {
      const k = await caseOf(app, who[key].member, id[key]!);
      expect(k).toMatchObject({ state: 'rejected', outcome: 'DESISTIMIENTO' });
      expect(termOf(k, 'CORRECTIONS')).toMatchObject({ status: 'EXPIRED', dueAt });
      const refused = await extend(app, who[key].member, { caseId: id[key] });
      expect(errorCode(refused)).toBe('PRECONDITION_FAILED');
      expect((await caseOf(app, who[key].member, id[key]!)).version).toBe(k.version);
    }
  });

  it('warns the entity before its month ends, saying it may still ask for the extension and that desistimiento follows', async () => {
    // 5 días hábiles before Monday 1 March: Monday 22 February, 08:00.
    await travelTo(app, bogota('2027-02-22T08:00:30'));
    const [warning] = await notificationsAbout(app, who.monthEnd.member, id.monthEnd, 'DEADLINE_REMINDER', 1);
    expect(warning).toMatchObject({
      audience: 'ENTITY',
      title: 'Recordatorio: Subsanación de la postulación vence el lunes, 1 de marzo de 2027',
    });
    expect(warning.body).toContain('Quedan 5 días hábiles');
    expect(warning.body).toContain('puede solicitar una sola vez, antes del vencimiento, la prórroga por un término igual');
    // Said to people, not to programs: no API names in the text.
    expect(warning.body).not.toMatch(/requestCorrectionsExtension|extendTerm/);
    expect(warning.body).toContain('se rechazará por desistimiento (Ley 1755 de 2015, art. 17)');
  });

  it('one extension by an equal term, counted from the end of the first; a second one is refused', async () => {
    const before = await caseOf(app, who.monthEnd.member, id.monthEnd);
    const reason = 'El certificado de disponibilidad presupuestal está en trámite en la secretaría de hacienda';
    // Through the generic extension, a term of months is extended in months: two exceed its one.
    const tooLong = await executeText(
      app.url,
      `mutation($input: ExtendTermInput!) { extendTerm(input: $input) { case { version } } }`,
      { input: { caseId: id.monthEnd, days: 2, reason } },
      { token: who.monthEnd.member },
    );
    expect(errorCode(tooLong)).toBe('BAD_USER_INPUT');
    expect(tooLong.errors![0].message).toBe('La prórroga no puede superar el término inicial de 1 mes (a lo sumo el doble del término)');
    expect(tooLong.errors![0].extensions!.problems).toEqual([expect.objectContaining({ path: 'input.days', code: 'OVER_LIMIT' })]);
    const ok = dataOf(await extend(app, who.monthEnd.member, { caseId: id.monthEnd, expectedVersion: before.version, reason }));
    expect(ok.requestCorrectionsExtension.entry).toMatchObject({
      event: 'EXTEND_TERM',
      actorRole: 'ENTITY_MEMBER',
      payload: { note: reason },
    });
    const k = await caseOf(app, who.monthEnd.member, id.monthEnd);
    // The extension runs from Tuesday 2 March, the day after the first term's last: until 2 April.
    expect(termOf(k, 'CORRECTIONS')).toMatchObject({
      status: 'PENDING',
      dueAt: '2027-04-03T04:59:59.999Z',
      originalDueAt: '2027-03-02T04:59:59.999Z',
      extendedDays: 1,
      extensionReason: reason,
    });
    expect(k.history.at(-1)).toMatchObject({ event: 'EXTEND_TERM', payload: { dueAt: '2027-04-03T04:59:59.999Z' } });

    const second = await extend(app, who.monthEnd.representative, { caseId: id.monthEnd, reason });
    expect(errorCode(second)).toBe('PRECONDITION_FAILED');
    expect(second.errors![0].extensions).toMatchObject({ rule: 'TERM_ALREADY_EXTENDED' });
    expect(second.errors![0].message).toBe('El término ya fue prorrogado una vez; la ley permite una sola prórroga');
    // The ministry's generic extension does not add a second one either.
    const generic = await executeText(
      app.url,
      `mutation($input: ExtendTermInput!) { extendTerm(input: $input) { case { version } } }`,
      { input: { caseId: id.monthEnd, days: 1, reason } },
      { token: who.monthEnd.member },
    );
    expect(errorCode(generic)).toBe('PRECONDITION_FAILED');
    expect((await caseOf(app, who.monthEnd.member, id.monthEnd)).version).toBe(k.version);
  });

  it('a month whose last day is a holiday ends on the next día hábil', async () => {
    await clockOf(app).set(bogota('2027-02-24T10:00:00'));
    id.holiday = await startApplication(app, who.holiday, callId);
    await drives(app, who.holiday, id.holiday, TO_CORRECTIONS);
    // From Thursday 25 February to 25 March, Jueves Santo; 26 March is Viernes Santo, then a
    // weekend: Monday 29 March.
    expect(termOf(await caseOf(app, who.holiday.member, id.holiday), 'CORRECTIONS')).toMatchObject({
      calendar: 'MONTH',
      dueAt: '2027-03-30T04:59:59.999Z',
    });
  });

  it('no desistimiento at the first term’s end when extended', async () => {
    await travelTo(app, bogota('2027-03-02T00:00:30'));
    const k = await caseOf(app, who.monthEnd.member, id.monthEnd);
    expect(k.state).toBe('correctionsRequested');
    expect(termOf(k, 'CORRECTIONS')).toMatchObject({ status: 'PENDING', overdue: false });
    // The other extended case too; the unextended month case of the holiday still runs.
    expect((await caseOf(app, who.other.member, id.other)).state).toBe('correctionsRequested');
  });

  it('on the holiday itself the term still runs; it ends at the end of the next día hábil', async () => {
    await travelTo(app, bogota('2027-03-27T10:00:00'));
    expect((await caseOf(app, who.holiday.member, id.holiday)).state).toBe('correctionsRequested');
    // Ended, but before the worker applied it: the extension is refused, nothing changes.
    await clockOf(app).set(bogota('2027-03-30T00:00:10'));
    const before = await caseOf(app, who.holiday.member, id.holiday);
    const late = await extend(app, who.holiday.member, { caseId: id.holiday });
    expect(errorCode(late)).toBe('PRECONDITION_FAILED');
    expect(late.errors![0].extensions).toMatchObject({ rule: 'TERM_ALREADY_ENDED' });
    expect(late.errors![0].message).toBe('El término ya venció: la prórroga debe informarse antes del vencimiento');
    expect((await caseOf(app, who.holiday.member, id.holiday)).version).toBe(before.version);
    await travelTo(app, bogota('2027-03-30T00:00:30'));
    const k = await eventually(app, 'el desistimiento del 29 de marzo', async () => {
      const c = await caseOf(app, who.holiday.member, id.holiday);
      return c.state === 'rejected' ? c : undefined;
    });
    expect(k.outcome).toBe('DESISTIMIENTO');
  });

  it('warns again before the extension ends, saying there is no other', async () => {
    // One día hábil before Friday 2 April: Thursday 1 April, 08:00.
    await travelTo(app, bogota('2027-04-01T08:00:30'));
    const reminders = await notificationsAbout(app, who.monthEnd.member, id.monthEnd, 'DEADLINE_REMINDER', 3);
    const last = reminders.find(
      (n) =>
        n.title === 'Recordatorio: Subsanación de la postulación vence el viernes, 2 de abril de 2027' &&
        n.body.includes('Queda 1 día hábil'),
    );
    expect(last).toBeDefined();
    expect(last!.body).toContain('La prórroga ya se concedió y no hay otra');
    expect(last!.body).not.toContain('puede solicitar');
  });

  it('desistimiento only when the extension has run out too', async () => {
    await travelTo(app, bogota('2027-04-02T23:00:00'));
    expect((await caseOf(app, who.monthEnd.member, id.monthEnd)).state).toBe('correctionsRequested');
    await travelTo(app, bogota('2027-04-03T00:00:30'));
    const k = await eventually(app, 'el desistimiento tras la prórroga', async () => {
      const c = await caseOf(app, who.monthEnd.member, id.monthEnd);
      return c.state === 'rejected' ? c : undefined;
    });
    expect(k).toMatchObject({ outcome: 'DESISTIMIENTO' });
    expect(termOf(k, 'CORRECTIONS')).toMatchObject({ status: 'EXPIRED', extendedDays: 1, dueAt: '2027-04-03T04:59:59.999Z' });
    expect(k.history.at(-1)).toMatchObject({ event: 'CORRECTIONS_TERM_EXPIRED', actorRole: 'SYSTEM' });
    const gone = await extend(app, who.monthEnd.member, { caseId: id.monthEnd });
    expect(errorCode(gone)).toBe('PRECONDITION_FAILED');
  });
});
