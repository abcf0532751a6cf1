// Technical accompaniment (version 2) through the API, for the suites of every part: a request's
// input, a case taken to `advisorAssigned`, a session scheduled and held, and a case in progress.
import { AdjustableClock } from '../../src/core/time/clock';
import { shippedModel } from '../../src/modules/maturity/maturity-model';
import type { AccompanimentTopic, RequestAccompanimentInput } from '../graphql/generated';
import { dataOf, errorCode, executeText } from './http';
import type { TestSystem } from './test-system';
import { travelTo } from './time-travel';
import { drive, sendEvent, type Actors } from './workflow';

const HOUR = 3600 * 1000;

/** A valid request of `topic` (what each field needs), with `extra` on top. */
export function requestInput(
  topic: AccompanimentTopic = 'ROADMAP',
  extra: Partial<RequestAccompanimentInput> = {},
): RequestAccompanimentInput {
  return {
    topic,
    dimensions: ['PERSONAS', 'GOBERNANZA'],
    description: 'Necesitamos acompañamiento técnico para avanzar en la estrategia de ciudad inteligente del municipio.',
    modality: 'VIRTUAL',
    ...extra,
  };
}

const REQUEST = `mutation Request($input: RequestAccompanimentInput!) { requestAccompaniment(input: $input) { case { id state version } } }`;

/** How mature each dimension is in `chosenAnswers`: Hábitat the weakest, then Medio ambiente, … */
export const MATURITY: Record<string, number> = {
  PERSONAS: 0.9,
  GOBERNANZA: 0.7,
  CALIDAD_DE_VIDA: 0.55,
  DESARROLLO_ECONOMICO: 0.8,
  MEDIO_AMBIENTE: 0.35,
  HABITAT: 0.15,
};

/** Answers to every question of the shipped model, by dimension (varied inside it), and the values as stored (yes = 1). */
export function chosenAnswers() {
  const model = shippedModel();
  const seen: Record<string, number> = {};
  const answers: Record<string, unknown>[] = [];
  const stored = new Map<string, number>();
  for (const q of model.questions.values()) {
    const k = (seen[q.dimensionId] = (seen[q.dimensionId] ?? 0) + 1);
    const x = Math.min(1, Math.max(0, MATURITY[q.dimensionId] + ((k % 3) - 1) * 0.1));
    const answer: Record<string, unknown> = { questionId: q.id };
    let value: number;
    if (q.type === 'YES_NO') {
      answer.yes = x >= 0.5;
      value = x >= 0.5 ? 1 : 0;
    } else {
      value =
        q.type === 'SCALE_0_4'
          ? Math.round(x * 4)
          : q.type === 'PERCENTAGE'
            ? Math.round(x * 1000) / 10
            : Math.round(x * q.target! * 10) / 10;
      answer.value = value;
    }
    if (q.evidenceRequired)
      answer.evidence = [{ title: `Soporte de ${q.id}`, url: `https://www.example.gov.co/cti/${q.id.toLowerCase()}.pdf` }];
    answers.push(answer);
    stored.set(q.id, value);
  }
  return { answers, stored };
}

/**
 * The entity's assessment of `cycleId` answered with `chosenAnswers`, submitted, reviewed and
 * validated through the API; returns the values as stored (what the scores are computed from).
 */
export async function knownAssessment(app: TestSystem, who: Actors, cycleId: string): Promise<Map<string, number>> {
  const started = await executeText(
    app.url,
    `mutation Start($input: StartAssessmentInput!) { startAssessment(input: $input) { case { id } } }`,
    { input: { cycleId } },
    { token: who.member },
  );
  const id = dataOf<{ startAssessment: { case: { id: string } } }>(started).startAssessment.case.id;
  const { answers, stored } = chosenAnswers();
  for (let i = 0; i < answers.length; i += 100)
    dataOf(
      await executeText(
        app.url,
        `mutation Save($input: SaveAssessmentAnswersInput!) { saveAssessmentAnswers(input: $input) { id } }`,
        { input: { caseId: id, answers: answers.slice(i, i + 100) } },
        { token: who.member },
      ),
    );
  const submitted = await sendEvent(app, who.representative, 'MATURITY_ASSESSMENT', id, 'SUBMIT');
  if (submitted.errors) throw new Error(`SUBMIT: ${errorCode(submitted)} ${submitted.errors[0].message}`);
  for (const event of ['START_REVIEW', 'VALIDATE']) await drive(app, who, 'MATURITY_ASSESSMENT', id, event);
  return stored;
}

/** The person (directory id, as the API gives it) of a token's holder. */
export async function personIdOf(app: TestSystem, token: string): Promise<string> {
  return dataOf<{ me: { person: { id: string } } }>(await executeText(app.url, `{ me { person { id } } }`, {}, { token })).me.person.id;
}

/**
 * Requests accompaniment as the entity's member, has the coordinator admit it and assign the test
 * advisor (`ADVISOR`): the case is in `advisorAssigned`, the first session's term running. A
 * `ROADMAP` or `PROJECT_FORMULATION` request needs the entity's validated assessment first.
 */
export async function openAccompaniment(
  app: TestSystem,
  who: Actors,
  topic: AccompanimentTopic = 'ROADMAP',
  extra: Partial<RequestAccompanimentInput> = {},
): Promise<string> {
  const res = await executeText(app.url, REQUEST, { input: requestInput(topic, extra) }, { token: who.member });
  const caseId = dataOf<{ requestAccompaniment: { case: { id: string } } }>(res).requestAccompaniment.case.id;
  await drive(app, who, 'ACCOMPANIMENT', caseId, 'ADMIT');
  await drive(app, who, 'ACCOMPANIMENT', caseId, 'ASSIGN_ADVISOR');
  return caseId;
}

/** The API process's clock now (the adjustable one when the system has it). */
export const nowOf = (app: TestSystem): Date => app.system.api.services.clock.now();

export const SESSION_FIELDS = `id number startsAt durationMinutes modality place meetingUrl agenda status cancelReason minutes rescheduled recordedAt
  invitees { personId name attended } acta { id name } commitments { id description owner responsible dueOn status overdue escalatedAt }`;

export const SCHEDULE_SESSION = `mutation Schedule($input: ScheduleSessionInput!) {
  scheduleAccompanimentSession(input: $input) { replayed case { id state version } entry { event payload } session { ${SESSION_FIELDS} } }
}`;
export const RESCHEDULE_SESSION = `mutation Reschedule($input: RescheduleSessionInput!) {
  rescheduleAccompanimentSession(input: $input) { replayed case { id state version } entry { event payload } session { ${SESSION_FIELDS} } }
}`;
export const CANCEL_SESSION = `mutation Cancel($input: CancelSessionInput!) {
  cancelAccompanimentSession(input: $input) { replayed case { id state version } entry { event payload } session { ${SESSION_FIELDS} } }
}`;
export const RECORD_SESSION = `mutation Record($input: RecordSessionInput!) {
  recordAccompanimentSession(input: $input) { replayed case { id state version } entry { event payload } session { ${SESSION_FIELDS} } }
}`;
export const COMPLETE_COMMITMENT = `mutation Complete($input: CompleteCommitmentInput!) {
  completeAccompanimentCommitment(input: $input) { replayed case { id state version } entry { event payload } commitment { id status doneNote doneBy doneAt overdue } }
}`;

export interface ScheduleOptions {
  /** Default: two hours from the API's clock. */
  startsAt?: Date;
  durationMinutes?: number;
  modality?: 'VIRTUAL' | 'IN_PERSON';
  place?: string | null;
  meetingUrl?: string | null;
  agenda?: string;
  /** Default: the advisor alone (the holder of `advisorToken`). */
  inviteeIds?: string[];
  expectedVersion?: number;
  idempotencyKey?: string;
}

/** The input of a valid session for `caseId` (a virtual one, two hours ahead, the advisor invited unless said otherwise). */
export async function sessionInput(app: TestSystem, advisorToken: string, caseId: string, opts: ScheduleOptions = {}) {
  const modality = opts.modality ?? 'VIRTUAL';
  return {
    caseId,
    startsAt: (opts.startsAt ?? new Date(nowOf(app).getTime() + 2 * HOUR)).toISOString(),
    durationMinutes: opts.durationMinutes ?? 60,
    modality,
    place: opts.place !== undefined ? opts.place : modality === 'IN_PERSON' ? 'Alcaldía, sala de juntas del piso 3' : null,
    meetingUrl:
      opts.meetingUrl !== undefined ? opts.meetingUrl : modality === 'VIRTUAL' ? 'https://meet.example.org/cti-acompanamiento' : null,
    agenda: opts.agenda ?? 'Presentación del equipo, alcance del acompañamiento y cronograma de trabajo.',
    inviteeIds: opts.inviteeIds ?? [await personIdOf(app, advisorToken)],
    expectedVersion: opts.expectedVersion,
    idempotencyKey: opts.idempotencyKey,
  };
}

/** Schedules a session (as the assigned advisor); returns its id. Fails the test with the API's reason when refused. */
export async function scheduleSession(app: TestSystem, advisorToken: string, caseId: string, opts: ScheduleOptions = {}): Promise<string> {
  const res = await executeText(
    app.url,
    SCHEDULE_SESSION,
    { input: await sessionInput(app, advisorToken, caseId, opts) },
    { token: advisorToken },
  );
  return dataOf<{ scheduleAccompanimentSession: { session: { id: string } } }>(res).scheduleAccompanimentSession.session.id;
}

export interface HoldOptions {
  /** Default: every invitee attended. */
  attendance?: { personId: string; attended: boolean }[];
  minutes?: string;
  actaDocumentId?: string | null;
  commitments?: { description: string; owner: 'ENTITY' | 'MINISTRY'; responsible?: string | null; dueOn: string }[];
  expectedVersion?: number;
  idempotencyKey?: string;
}

/** Records a session whose start has passed (as the assigned advisor): attendance, minutes and commitments. Returns the API's answer. */
export async function holdSession(app: TestSystem, advisorToken: string, caseId: string, sessionId: string, opts: HoldOptions = {}) {
  let attendance = opts.attendance;
  if (!attendance) {
    const read = await executeText(
      app.url,
      `query Invitees($id: ID!) { case(id: $id) { accompaniment { sessions { id invitees { personId } } } } }`,
      { id: caseId },
      { token: advisorToken },
    );
    const sessions = dataOf<{ case: { accompaniment: { sessions: { id: string; invitees: { personId: string }[] }[] } } }>(read).case
      .accompaniment.sessions;
    attendance = (sessions.find((s) => s.id === sessionId)?.invitees ?? []).map((i) => ({ personId: i.personId, attended: true }));
  }
  const input = {
    caseId,
    sessionId,
    attendance,
    minutes: opts.minutes ?? 'Se presentó el equipo, se acordó el alcance del acompañamiento y el cronograma de las próximas sesiones.',
    actaDocumentId: opts.actaDocumentId ?? null,
    commitments: opts.commitments ?? [],
    expectedVersion: opts.expectedVersion,
    idempotencyKey: opts.idempotencyKey,
  };
  const res = await executeText(app.url, RECORD_SESSION, { input }, { token: advisorToken });
  return dataOf<{
    recordAccompanimentSession: {
      case: { id: string; state: string; version: number };
      session: { id: string; status: string; commitments: { id: string; owner: string; dueOn: string }[] };
    };
  }>(res).recordAccompanimentSession;
}

/**
 * A case in `inProgress`: opened (see `openAccompaniment`), a session scheduled two hours ahead,
 * the clock moved past its start (the system needs CLOCK=adjustable; with a worker, its jobs are
 * worked off), and the session recorded. Returns the case's id.
 */
export async function toInProgress(app: TestSystem, who: Actors, topic: AccompanimentTopic = 'ROADMAP'): Promise<string> {
  const caseId = await openAccompaniment(app, who, topic);
  const startsAt = new Date(nowOf(app).getTime() + 2 * HOUR);
  const sessionId = await scheduleSession(app, who.advisor, caseId, { startsAt });
  const after = new Date(startsAt.getTime() + 60_000);
  const clock = app.system.api.services.clock;
  if (!(clock instanceof AdjustableClock))
    throw new Error('toInProgress mueve el reloj: el sistema de prueba necesita CLOCK=adjustable (timeTravelEnv)');
  if (app.system.worker) await travelTo(app, after);
  else await clock.set(after);
  const held = await holdSession(app, who.advisor, caseId, sessionId);
  if (held.case.state !== 'inProgress') throw new Error(`toInProgress: el trámite quedó en ${held.case.state}`);
  return caseId;
}
