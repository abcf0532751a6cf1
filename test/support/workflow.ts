import { randomUUID } from 'node:crypto';

import type { ProcessId } from '../../workflows/registry';

import { systemActor, type EventSender } from '../../src/core/auth/policy';
import { Role } from '../../src/core/auth/principal';
import { fromGlobalId, toGlobalId } from '../../src/core/graphql/global-ids';
import { AdjustableClock } from '../../src/core/time/clock';
import { accompanimentSenders } from '../../src/modules/accompaniment/accompaniment.process';
import { DEFAULT_CHECKLIST, DEFAULT_RUBRIC } from '../../src/modules/cofinancing/cofinancing-defaults';
import { cofinancingSenders } from '../../src/modules/cofinancing/cofinancing.senders';
import { planReviewSenders } from '../../src/modules/follow-up/plan-review.process';
import { progressReportSenders } from '../../src/modules/follow-up/progress-report.process';
import { assessmentSenders } from '../../src/modules/maturity/assessment.process';
import { shippedModel } from '../../src/modules/maturity/maturity-model';
import { sampleAnswers } from '../../src/modules/maturity/sample-answers';
import { CreateCallDocument, OpenCycleDocument, StartAssessmentDocument, type TransitionFieldsFragment } from '../graphql/generated';
import { nowOf, personIdOf, scheduleSession, sessionInput } from './accompaniment';
import { errorCode, execute, executeText, type GraphQLResponse } from './http';
import { acceptedFinalReport, REPORTED_PRODUCT, reportItem } from './progress-reports';
import type { TestSystem } from './test-system';
import { travelTo } from './time-travel';

const DAY = 24 * 3600 * 1000;

/** The advisor every test assigns: the subject of `app.token(Role.ADVISOR)`. */
export const ADVISOR = 'advisor@test';
/** The evaluator every test assigns: the subject of `app.token(Role.EVALUATOR)`. */
export const EVALUATOR = 'evaluator@test';

type InputName =
  | 'CaseActionInput'
  | 'CaseNoteInput'
  | 'RequestRoadmapAdjustmentsInput'
  | 'RequestAssessmentChangesInput'
  | 'AssignAdvisorInput'
  | 'AssignEvaluatorsInput'
  | 'DeclareConflictInput'
  | 'SubmitEvaluationInput'
  | 'RemoveEvaluatorInput'
  | 'SignAgreementInput'
  | 'CaseDecisionInput'
  | 'ResubmitPlanVersionInput'
  | 'ResubmitProgressReportInput'
  | 'ReturnProgressReportInput'
  | 'ScheduleSessionInput'
  | 'RescheduleSessionInput'
  | 'CancelSessionInput'
  | 'RecordSessionInput'
  | 'SaveDiagnosisFindingsInput'
  | 'SaveRoadmapInput'
  | 'AnswerAccompanimentSurveyInput';

/** The typed mutation of each event, and which input it takes. */
const mutations: Record<ProcessId, Record<string, { field: string; input: InputName }>> = {
  MATURITY_ASSESSMENT: {
    SUBMIT: { field: 'submitAssessment', input: 'CaseActionInput' },
    WITHDRAW: { field: 'withdrawAssessment', input: 'CaseActionInput' },
    START_REVIEW: { field: 'startAssessmentReview', input: 'CaseActionInput' },
    REQUEST_CHANGES: { field: 'requestAssessmentChanges', input: 'RequestAssessmentChangesInput' },
    RESUBMIT: { field: 'resubmitAssessment', input: 'CaseActionInput' },
    VALIDATE: { field: 'validateAssessment', input: 'CaseActionInput' },
    REJECT: { field: 'rejectAssessment', input: 'CaseNoteInput' },
  },
  ACCOMPANIMENT: {
    ADMIT: { field: 'admitAccompaniment', input: 'CaseActionInput' },
    DECLINE: { field: 'declineAccompaniment', input: 'CaseNoteInput' },
    ASSIGN_ADVISOR: { field: 'assignAdvisor', input: 'AssignAdvisorInput' },
    SCHEDULE_SESSION: { field: 'scheduleAccompanimentSession', input: 'ScheduleSessionInput' },
    RESCHEDULE_SESSION: { field: 'rescheduleAccompanimentSession', input: 'RescheduleSessionInput' },
    CANCEL_SESSION: { field: 'cancelAccompanimentSession', input: 'CancelSessionInput' },
    RECORD_SESSION: { field: 'recordAccompanimentSession', input: 'RecordSessionInput' },
    START_DIAGNOSIS: { field: 'startDiagnosis', input: 'CaseActionInput' },
    SAVE_FINDINGS: { field: 'saveDiagnosisFindings', input: 'SaveDiagnosisFindingsInput' },
    START_FORMULATION: { field: 'startFormulation', input: 'CaseActionInput' },
    SAVE_ROADMAP: { field: 'saveRoadmap', input: 'SaveRoadmapInput' },
    DELIVER_ROADMAP: { field: 'deliverRoadmap', input: 'CaseDecisionInput' },
    REQUEST_ADJUSTMENTS: { field: 'requestRoadmapAdjustments', input: 'RequestRoadmapAdjustmentsInput' },
    ACCEPT_ROADMAP: { field: 'acceptRoadmap', input: 'CaseActionInput' },
    FINISH_SUPPORT: { field: 'finishAssessmentSupport', input: 'CaseNoteInput' },
    ANSWER_SURVEY: { field: 'answerAccompanimentSurvey', input: 'AnswerAccompanimentSurveyInput' },
    WITHDRAW: { field: 'withdrawAccompaniment', input: 'CaseActionInput' },
  },
  COFINANCING_APPLICATION: {
    SUBMIT: { field: 'submitApplication', input: 'CaseActionInput' },
    WITHDRAW: { field: 'withdrawApplication', input: 'CaseActionInput' },
    START_ELIGIBILITY_REVIEW: { field: 'startEligibilityReview', input: 'CaseActionInput' },
    REQUEST_CORRECTIONS: { field: 'requestCorrections', input: 'CaseNoteInput' },
    RESUBMIT: { field: 'resubmitApplication', input: 'CaseActionInput' },
    DECLARE_ELIGIBLE: { field: 'declareEligible', input: 'CaseActionInput' },
    DECLARE_INELIGIBLE: { field: 'declareIneligible', input: 'CaseNoteInput' },
    SEND_TO_COMMITTEE: { field: 'sendToCommittee', input: 'CaseActionInput' },
    APPROVE: { field: 'approveApplication', input: 'CaseActionInput' },
    WAITLIST: { field: 'waitlistApplication', input: 'CaseNoteInput' },
    REJECT: { field: 'rejectApplication', input: 'CaseNoteInput' },
    SIGN_AGREEMENT: { field: 'signAgreement', input: 'SignAgreementInput' },
    ASSIGN_EVALUATORS: { field: 'assignEvaluators', input: 'AssignEvaluatorsInput' },
    DECLARE_CONFLICT: { field: 'declareConflictOfInterest', input: 'DeclareConflictInput' },
    SUBMIT_EVALUATION: { field: 'submitEvaluation', input: 'SubmitEvaluationInput' },
    REMOVE_EVALUATOR: { field: 'removeEvaluator', input: 'RemoveEvaluatorInput' },
    START_EXECUTION: { field: 'startExecution', input: 'CaseActionInput' },
    CLOSE: { field: 'closeApplication', input: 'CaseNoteInput' },
  },
  PLAN_REVIEW: {
    APPROVE: { field: 'approvePlanVersion', input: 'CaseDecisionInput' },
    RETURN: { field: 'returnPlanVersion', input: 'CaseNoteInput' },
    RESUBMIT: { field: 'resubmitPlanVersion', input: 'ResubmitPlanVersionInput' },
    WITHDRAW: { field: 'withdrawPlanVersion', input: 'CaseActionInput' },
  },
  PROGRESS_REPORT: {
    ACCEPT: { field: 'acceptProgressReport', input: 'CaseDecisionInput' },
    RETURN: { field: 'returnProgressReport', input: 'ReturnProgressReportInput' },
    RESUBMIT: { field: 'resubmitProgressReport', input: 'ResubmitProgressReportInput' },
    WITHDRAW: { field: 'withdrawProgressReport', input: 'CaseActionInput' },
  },
};

export function mutationOf(process: ProcessId, event: string) {
  const m = mutations[process][event];
  if (!m) throw new Error(`${process}.${event} no tiene mutación (¿es un evento del sistema?)`);
  return m;
}

/** Each process module's table of who sends each event. */
export const eventSenders = {
  MATURITY_ASSESSMENT: assessmentSenders,
  ACCOMPANIMENT: accompanimentSenders,
  COFINANCING_APPLICATION: cofinancingSenders,
  PLAN_REVIEW: planReviewSenders,
  PROGRESS_REPORT: progressReportSenders,
} satisfies Record<ProcessId, Record<string, EventSender>>;

export const senderOf = (process: ProcessId, event: string): EventSender => (eventSenders[process] as Record<string, EventSender>)[event];

/** Scores for every criterion of the default rubric (what `drive` sends): 80 each, so the application is fundable. */
export const defaultRubricScores = (score = 80) =>
  DEFAULT_RUBRIC.map((c) => ({ criterionId: c.id, score, justification: `Justificación de ${c.name} en la prueba` }));

/** The payload a test sends with an event: a note, the advisor, evaluators or scores where the input needs them. */
export function payloadFor(process: ProcessId, event: string): Record<string, unknown> {
  if (senderOf(process, event) === 'SYSTEM') return {};
  const { input } = mutationOf(process, event);
  if (input === 'CaseNoteInput' || input === 'RequestAssessmentChangesInput' || input === 'RequestRoadmapAdjustmentsInput')
    return { note: `Motivos de ${event.toLowerCase()} en la prueba` };
  if (input === 'AssignAdvisorInput') return { advisor: ADVISOR };
  if (input === 'AssignEvaluatorsInput') return { evaluators: [EVALUATOR] };
  if (input === 'DeclareConflictInput') return { conflict: false };
  if (input === 'SubmitEvaluationInput') return { scores: defaultRubricScores() };
  if (input === 'RemoveEvaluatorInput') return { evaluator: EVALUATOR, note: 'No respondió a la asignación en la prueba' };
  if (input === 'ReturnProgressReportInput')
    return {
      note: `Motivos de ${event.toLowerCase()} en la prueba`,
      comments: [{ productCode: REPORTED_PRODUCT, comment: 'Revise el valor reportado' }],
    };
  if (input === 'ResubmitProgressReportInput') return { items: [reportItem(REPORTED_PRODUCT, 2)] };
  if (input in accompanimentPayloads) return accompanimentPayloads[input as keyof typeof accompanimentPayloads]();
  return {};
}

/** A well-formed session id no session has: what an accompaniment's session events carry when a test only checks who may send them. */
export const SOME_SESSION = '00000000-0000-4000-8000-00000000a001';

/** A roadmap line within SaveRoadmapInput's rules. */
export const roadmapLine = (dimensionCode = 'PERSONAS') => ({
  dimensionCode,
  title: 'Programa de formación en competencias digitales',
  description: 'Formación de servidores públicos en analítica de datos y gestión de proyectos CTI.',
  priority: 'HIGH',
  horizon: 'SHORT',
  responsible: 'Secretaría de Desarrollo Económico',
  estimatedCost: 150_000_000,
  component: 'TRAINING',
});

/**
 * Well-formed inputs of the accompaniment's content events (version 2): what the input types
 * accept. What needs the case (one of its sessions, people to invite) `drive` fills in.
 */
const accompanimentPayloads = {
  ScheduleSessionInput: () => ({
    // A week ahead of now: the future of any test clock not moved past it.
    startsAt: new Date(Date.now() + 7 * DAY).toISOString(),
    durationMinutes: 60,
    modality: 'VIRTUAL',
    meetingUrl: 'https://meet.example.org/cti-acompanamiento',
    agenda: 'Revisión del autodiagnóstico y plan de trabajo del acompañamiento',
    inviteeIds: [SOME_SESSION],
  }),
  RescheduleSessionInput: () => ({ sessionId: SOME_SESSION, startsAt: new Date(Date.now() + 8 * DAY).toISOString() }),
  CancelSessionInput: () => ({ sessionId: SOME_SESSION, note: 'Motivos de cancel_session en la prueba' }),
  RecordSessionInput: () => ({
    sessionId: SOME_SESSION,
    attendance: [],
    minutes: 'Se revisó el autodiagnóstico y se acordó el plan de trabajo en la prueba.',
    commitments: [],
  }),
  SaveDiagnosisFindingsInput: () => ({
    findings: [{ dimensionCode: 'PERSONAS', text: 'La entidad no tiene un plan de formación en competencias digitales.' }],
  }),
  SaveRoadmapInput: () => ({ lines: [roadmapLine()] }),
  AnswerAccompanimentSurveyInput: () => ({ score: 4, comment: 'Acompañamiento útil y oportuno' }),
} satisfies Partial<Record<InputName, () => Record<string, unknown>>>;

/** The event as the machine receives it: the mutation's payload, plus the sender an evaluator's mutation adds. */
export function machineEventFor(process: ProcessId, event: string): Record<string, unknown> & { type: string } {
  return { type: event, ...payloadFor(process, event), ...(senderOf(process, event) === 'EVALUATOR' ? { evaluator: EVALUATOR } : {}) };
}

export const TRANSITION_FIELDS = `replayed case { id state version final assignee } entry { seq event fromState toState actorSubject actorRole payload requestId }`;

export interface SendOptions {
  expectedVersion?: number;
  idempotencyKey?: string;
  payload?: Record<string, unknown>;
  requestId?: string;
}

type Transition = Pick<TransitionFieldsFragment, 'replayed'> & {
  case: { id: string; state: string; version: number; final: boolean; assignee: string | null };
  entry: {
    seq: number;
    event: string;
    fromState: string | null;
    toState: string;
    actorSubject: string;
    actorRole: string;
    payload: Record<string, unknown>;
    requestId: string;
  };
};

/** Sends one event through its typed mutation over HTTP, with the given token. */
export async function sendEvent(
  app: TestSystem,
  token: string,
  process: ProcessId,
  caseId: string,
  event: string,
  options: SendOptions = {},
): Promise<GraphQLResponse<Record<string, Transition>> & { result?: Transition }> {
  const { field, input } = mutationOf(process, event);
  const res = (await executeText(
    app.url,
    `mutation Send($input: ${input}!) { ${field}(input: $input) { ${TRANSITION_FIELDS} } }`,
    {
      input: {
        caseId,
        expectedVersion: options.expectedVersion,
        idempotencyKey: options.idempotencyKey,
        ...(options.payload ?? payloadFor(process, event)),
      },
    },
    { token, headers: options.requestId ? { 'x-request-id': options.requestId } : {} },
  )) as GraphQLResponse<Record<string, Transition>>;
  return { ...res, result: res.data?.[field] };
}

/** Tokens for the people of one entity and of the ministry. */
export async function actors(app: TestSystem, entityCode: string) {
  return {
    coordinator: await app.token(Role.COORDINATOR),
    advisor: await app.token(Role.ADVISOR),
    evaluator: await app.token(Role.EVALUATOR),
    auditor: await app.token(Role.AUDITOR),
    representative: await app.token(Role.ENTITY_REPRESENTATIVE, entityCode),
    member: await app.token(Role.ENTITY_MEMBER, entityCode),
  };
}
export type Actors = Awaited<ReturnType<typeof actors>>;

/** The token of whoever sends `event` (null for system events, sent by the runtime itself). */
export function tokenFor(who: Actors, process: ProcessId, event: string): string | null {
  switch (senderOf(process, event)) {
    case 'REPRESENTATIVE':
    case 'ENTITY_LEAD':
      return who.representative;
    case 'ENTITY':
      return who.member;
    case 'COORDINATOR':
      return who.coordinator;
    case 'ASSIGNEE':
      return who.advisor;
    case 'EVALUATOR':
      return who.evaluator;
    default:
      return null;
  }
}

const SAVE_APPLICATION = `mutation SaveApplication($input: SaveApplicationInput!) { saveApplication(input: $input) { id } }`;

/** A valid application within the test call's rules: 600 M FUTIC (cap 2,000 M) and 25 % counterpart (minimum 20 %). */
export const validApplication = (caseId: string) => ({
  caseId,
  title: 'Plataforma de datos abiertos de la ciudad',
  description: 'Implementación de una plataforma de datos abiertos y tableros de gestión para la estrategia CTI del municipio.',
  dimensions: ['GOBERNANZA', 'PERSONAS'],
  budgetLines: [
    { component: 'EQUIPMENT', description: 'Servidores y almacenamiento', futicAmount: 400_000_000, counterpartAmount: 100_000_000 },
    { component: 'TRAINING', description: 'Formación de servidores públicos', futicAmount: 200_000_000, counterpartAmount: 100_000_000 },
  ],
});

/** Saves a valid application through the API (as a member of the entity), so it can be submitted. */
export async function fillApplication(app: TestSystem, token: string, caseId: string): Promise<void> {
  const res = await executeText(app.url, SAVE_APPLICATION, { input: validApplication(caseId) }, { token });
  if (res.errors) throw new Error(`saveApplication: ${errorCode(res)} ${res.errors[0].message}`);
}

const RECORD_CHECKLIST = `mutation Record($input: RecordEligibilityInput!) { recordEligibilityCheck(input: $input) { id } }`;

/** Marks every item of the default checklist as met (coordinator), so the application can be declared eligible. */
export async function passChecklist(app: TestSystem, token: string, caseId: string): Promise<void> {
  const items = DEFAULT_CHECKLIST.map((i) => ({ itemId: i.id, met: true, note: 'Verificado en la prueba' }));
  const res = await executeText(app.url, RECORD_CHECKLIST, { input: { caseId, items } }, { token });
  if (res.errors) throw new Error(`recordEligibilityCheck: ${errorCode(res)} ${res.errors[0].message}`);
}

const SET_SCHEDULE = `mutation Schedule($input: DisbursementScheduleInput!) { setDisbursementSchedule(input: $input) { id } }`;

/** Two instalments adding up to `validApplication`'s 600 M FUTIC (coordinator), so execution can start. */
export async function scheduleDisbursements(app: TestSystem, token: string, caseId: string): Promise<void> {
  const instalments = [
    { dueOn: '2027-02-01', amount: 360_000_000 },
    { dueOn: '2027-08-01', amount: 240_000_000 },
  ];
  const res = await executeText(app.url, SET_SCHEDULE, { input: { caseId, instalments } }, { token });
  if (res.errors) throw new Error(`setDisbursementSchedule: ${errorCode(res)} ${res.errors[0].message}`);
}

const PAY = `mutation Pay($input: DisbursementPaymentInput!) { recordDisbursementPayment(input: $input) { id } }`;

/** Pays both instalments of `scheduleDisbursements` (coordinator), so the application can be closed. */
export async function payDisbursements(app: TestSystem, token: string, caseId: string): Promise<void> {
  for (const instalment of [1, 2]) {
    const res = await executeText(
      app.url,
      PAY,
      { input: { caseId, instalment, reference: `OP-PRUEBA-${instalment}`, paidOn: '2027-02-02' } },
      { token },
    );
    if (res.errors) throw new Error(`recordDisbursementPayment: ${errorCode(res)} ${res.errors[0].message}`);
  }
}

const SAVE_ANSWERS = `mutation Save($input: SaveAssessmentAnswersInput!) { saveAssessmentAnswers(input: $input) { id } }`;

/** Answers every question of the default model for an assessment (through the API, in batches), so it can be submitted. */
export async function answerAssessment(app: TestSystem, token: string, caseId: string, maturity = 0.6): Promise<void> {
  const answers = sampleAnswers(shippedModel(), caseId, maturity);
  for (let i = 0; i < answers.length; i += 100) {
    const res = await executeText(app.url, SAVE_ANSWERS, { input: { caseId, answers: answers.slice(i, i + 100) } }, { token });
    if (res.errors) throw new Error(`saveAssessmentAnswers: ${errorCode(res)} ${res.errors[0].message}`);
  }
}

/** A transition `drive` made, and the same-state steps it sent first (in order), which the case's history holds too. */
export type Driven = Transition & { prepared: string[] };

const HOUR = 3600 * 1000;

/** Moves the test system's adjustable clock to `instant` (working off the jobs due by then when it runs a worker). */
async function moveClock(app: TestSystem, instant: Date): Promise<void> {
  const clock = app.system.api.services.clock;
  if (!(clock instanceof AdjustableClock)) {
    throw new Error('drive mueve el reloj para registrar una sesión: el sistema de prueba necesita CLOCK=adjustable (timeTravelEnv)');
  }
  if (app.system.worker) await travelTo(app, instant);
  else await clock.set(instant);
}

/**
 * The input of an accompaniment's content event, with what it needs first done first, through the
 * API (each of those a same-state step of its own, listed in `prepared`): a session to reschedule,
 * cancel or record is scheduled by the advisor (and to record it, the clock moved past its start);
 * a roadmap is delivered with lines (START_FORMULATION drafts them from the diagnosis; when there
 * are none, the advisor saves one).
 */
async function accompanimentInput(
  app: TestSystem,
  who: Actors,
  caseId: string,
  event: string,
  prepared: string[],
): Promise<Record<string, unknown> | undefined> {
  const schedule = async (startsAt?: Date) => {
    const id = await scheduleSession(app, who.advisor, caseId, startsAt ? { startsAt } : {});
    prepared.push('SCHEDULE_SESSION');
    return id;
  };
  switch (event) {
    case 'SCHEDULE_SESSION': {
      const { caseId: _, ...input } = await sessionInput(app, who.advisor, caseId);
      return input;
    }
    case 'RESCHEDULE_SESSION':
      return { sessionId: await schedule(), startsAt: new Date(nowOf(app).getTime() + 3 * HOUR).toISOString() };
    case 'CANCEL_SESSION':
      return { ...payloadFor('ACCOMPANIMENT', event), sessionId: await schedule() };
    case 'RECORD_SESSION': {
      const startsAt = new Date(nowOf(app).getTime() + HOUR);
      const sessionId = await schedule(startsAt);
      await moveClock(app, new Date(startsAt.getTime() + 60_000));
      return {
        ...payloadFor('ACCOMPANIMENT', event),
        sessionId,
        attendance: [{ personId: await personIdOf(app, who.advisor), attended: true }],
      };
    }
    case 'DELIVER_ROADMAP': {
      const lines = await app.system.orm.em
        .fork()
        .getConnection()
        .execute<{ n: number | string }[]>('select count(*) as n from roadmap_line where case_id = ?', [
          fromGlobalId(caseId)?.key ?? caseId,
        ]);
      if (Number(lines[0].n) === 0) {
        const saved = await sendEvent(app, who.advisor, 'ACCOMPANIMENT', caseId, 'SAVE_ROADMAP');
        if (saved.errors) throw new Error(`ACCOMPANIMENT.SAVE_ROADMAP: ${errorCode(saved)} ${saved.errors[0].message}`);
        prepared.push('SAVE_ROADMAP');
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/**
 * Sends an event as whoever the policy says sends it; system events go to the runtime in-process.
 * What the rules require first is done first, through the API: an assessment's SUBMIT answers the
 * questionnaire; an application's SUBMIT/RESUBMIT saves a valid application, DECLARE_ELIGIBLE passes
 * the checklist, START_EXECUTION sets a schedule and CLOSE pays it and has the project plan's final
 * progress report accepted; an accompaniment's session and roadmap steps get a session or lines
 * first (see `accompanimentInput`: recording a session moves an adjustable clock).
 */
export async function drive(app: TestSystem, who: Actors, process: ProcessId, caseId: string, event: string): Promise<Driven> {
  const prepared: string[] = [];
  if (process === 'MATURITY_ASSESSMENT' && event === 'SUBMIT') await answerAssessment(app, who.member, caseId);
  if (process === 'COFINANCING_APPLICATION') {
    if (event === 'SUBMIT' || event === 'RESUBMIT') await fillApplication(app, who.member, caseId);
    if (event === 'DECLARE_ELIGIBLE') await passChecklist(app, who.coordinator, caseId);
    if (event === 'START_EXECUTION') await scheduleDisbursements(app, who.coordinator, caseId);
    if (event === 'CLOSE') {
      await payDisbursements(app, who.coordinator, caseId);
      await acceptedFinalReport(app, who, caseId);
    }
  }
  const token = tokenFor(who, process, event);
  if (token === null) {
    // The runtime works on the case's own key; the API's ids are global (a raw key passes as is).
    const outcome = await app.system.api.services.runtime.send(
      systemActor('prueba'),
      fromGlobalId(caseId)?.key ?? caseId,
      machineEventFor(process, event),
      {},
      { requestId: `test-${randomUUID()}` },
    );
    // Given back as the API would: the case under its global id.
    const kase = { ...outcome.kase, id: toGlobalId('Case', outcome.kase.id) };
    return { replayed: outcome.replayed, case: kase, entry: { ...outcome.entry }, prepared } as unknown as Driven;
  }
  const input = process === 'ACCOMPANIMENT' ? await accompanimentInput(app, who, caseId, event, prepared) : undefined;
  const res = await sendEvent(app, token, process, caseId, event, input ? { payload: input } : {});
  if (res.errors) throw new Error(`${process}.${event}: ${errorCode(res)} ${res.errors[0].message}`);
  return { ...res.result!, prepared };
}

/**
 * The default checklist without the documents it requires: the calls of the suites that do not test
 * documents, so their applications submit without attaching any (document-attachments.int-spec.ts
 * tests the default's requirements).
 */
export const CHECKLIST_WITHOUT_DOCUMENTS = DEFAULT_CHECKLIST.map(({ id, text }) => ({ id, text }));

/** Publishes a draft call (calls are created as drafts), so entities can apply to it. */
export async function publishCall(app: TestSystem, coordinator: string, callId: string): Promise<void> {
  const res = await executeText(
    app.url,
    `mutation Publish($id: ID!) { publishCall(id: $id) { id status } }`,
    { id: callId },
    { token: coordinator },
  );
  if (res.errors) throw new Error(`publishCall: ${errorCode(res)} ${res.errors[0].message}`);
}

/** An open cycle for the current year and an open call, created by a coordinator over HTTP. */
export async function openProgramme(app: TestSystem, coordinator: string, options: { callOpen?: boolean } = {}) {
  const now = Date.now();
  const cycle = await execute(
    app.url,
    OpenCycleDocument,
    {
      input: {
        year: new Date().getUTCFullYear(),
        opensAt: new Date(now - DAY).toISOString(),
        closesAt: new Date(now + 60 * DAY).toISOString(),
      },
    },
    { token: coordinator },
  );
  if (cycle.errors) throw new Error(cycle.errors[0].message);
  const callOpen = options.callOpen ?? true;
  const call = await execute(
    app.url,
    CreateCallDocument,
    {
      input: {
        title: 'Convocatoria CTI de prueba',
        opensAt: new Date(now - DAY).toISOString(),
        closesAt: new Date(now + 30 * DAY).toISOString(),
        totalBudget: 50_000_000_000,
        capPerApplication: 2_000_000_000,
        minCounterpartPercent: 20,
        eligibilityChecklist: CHECKLIST_WITHOUT_DOCUMENTS,
      },
    },
    { token: coordinator },
  );
  if (call.errors) throw new Error(call.errors[0].message);
  // Published while open (a call that already closed cannot be), then closed early if asked.
  await publishCall(app, coordinator, call.data!.createCall.id);
  if (!callOpen) {
    const closed = await executeText(
      app.url,
      `mutation Close($input: UpdateCallInput!) { updateCall(input: $input) { id } }`,
      { input: { id: call.data!.createCall.id, closesAt: new Date(Date.now() - 1000).toISOString() } },
      { token: coordinator },
    );
    if (closed.errors) throw new Error(`updateCall: ${closed.errors[0].message}`);
  }
  return { cycleId: cycle.data!.openCycle.id, callId: call.data!.createCall.id };
}

/** Takes an entity's assessment from draft to validated through the API; returns its id. */
export async function validatedAssessment(app: TestSystem, who: Actors, cycleId: string): Promise<string> {
  const started = await execute(app.url, StartAssessmentDocument, { input: { cycleId } }, { token: who.member });
  if (started.errors) throw new Error(started.errors[0].message);
  const id = started.data!.startAssessment.case.id;
  for (const event of ['SUBMIT', 'START_REVIEW', 'VALIDATE']) await drive(app, who, 'MATURITY_ASSESSMENT', id, event);
  return id;
}

/** Municipalities to give each test path an entity of its own (one open case per entity). */
export async function municipalities(app: TestSystem, count: number): Promise<string[]> {
  const codes = await app.system.orm.em
    .fork()
    .getConnection()
    .execute<{ code: string }[]>(`select code from territorial_entity where kind = 'MUNICIPALITY' order by code limit ${count}`);
  return codes.map((c) => c.code);
}
