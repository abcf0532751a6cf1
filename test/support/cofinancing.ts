import { Role } from '../../src/core/auth/principal';
import { DEFAULT_CHECKLIST, DEFAULT_RUBRIC } from '../../src/modules/cofinancing/cofinancing-defaults';
import { errorCode, executeText, type GraphQLResponse } from './http';
import { personToken, type TestSystem } from './test-system';
import { eventually } from './time-travel';
import { CHECKLIST_WITHOUT_DOCUMENTS, type Actors } from './workflow';

/*
 * Cofinancing through the real HTTP API, one helper per user action (issue 6). Every helper that
 * must succeed throws with the error's code and message, so a broken step says which one.
 */

const DAY = 24 * 3600 * 1000;

type Errors = GraphQLResponse<unknown>['errors'];
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Res = GraphQLResponse<any>;

/** The extensions of the first error (code, rule, problems, reasons, …). */
export const extensionsOf = (res: { errors?: Errors }): Record<string, unknown> => res.errors?.[0]?.extensions ?? {};
/** The `path`s of a BAD_USER_INPUT's problems, in order. */
export const problemPaths = (res: { errors?: Errors }): string[] =>
  ((extensionsOf(res).problems as { path: string }[] | undefined) ?? []).map((p) => p.path);
/** The codes of an APPLICATION_NOT_SUBMITTABLE's reasons, in order. */
export const reasonCodes = (res: { errors?: Errors }): string[] =>
  ((extensionsOf(res).reasons as { code: string }[] | undefined) ?? []).map((r) => r.code);

function must(what: string, res: Res): Res {
  if (res.errors) throw new Error(`${what}: ${errorCode(res)} ${res.errors[0].message}`);
  return res;
}

/** A token for one more person of a role, with a subject of its own (several evaluators, say). */
export const tokenOf = (app: TestSystem, sub: string, role: Role, entityCode?: string) => personToken(app, { sub, role, entityCode });
export const evaluatorToken = (app: TestSystem, sub: string) => tokenOf(app, sub, Role.EVALUATOR);

// ------------------------------------------------------------------------------------- calls

export const CALL_FIELDS = `id title status opensAt closesAt totalBudget capPerApplication minCounterpartPercent correctionsTermDays agreementTermDays
  minScore rubric { id code name description weight } eligibilityChecklist { id code text } publishedAt open budget committed remaining`;

export interface CallSpec {
  title?: string;
  totalBudget?: number;
  capPerApplication?: number;
  minCounterpartPercent?: number;
  minScore?: number;
  correctionsTermDays?: number;
  agreementTermDays?: number;
  opensAt?: string;
  closesAt?: string;
  rubric?: { id: string; name: string; description?: string | null; weight: number }[];
  /** The call's checklist; by default the default one without its documents (see CHECKLIST_WITHOUT_DOCUMENTS). */
  eligibilityChecklist?: { id: string; text: string; requiresDocument?: boolean }[] | null;
}

/** The input of a call open from yesterday for 30 days (defaults: 10,000 M budget, 2,000 M cap, 20 % counterpart). */
export function callInput(spec: CallSpec = {}) {
  const now = Date.now();
  return {
    title: spec.title ?? 'Convocatoria CTI de cofinanciación',
    opensAt: spec.opensAt ?? new Date(now - DAY).toISOString(),
    closesAt: spec.closesAt ?? new Date(now + 30 * DAY).toISOString(),
    totalBudget: spec.totalBudget ?? 10_000_000_000,
    capPerApplication: spec.capPerApplication ?? 2_000_000_000,
    minCounterpartPercent: spec.minCounterpartPercent ?? 20,
    ...(spec.minScore !== undefined ? { minScore: spec.minScore } : {}),
    ...(spec.correctionsTermDays !== undefined ? { correctionsTermDays: spec.correctionsTermDays } : {}),
    ...(spec.agreementTermDays !== undefined ? { agreementTermDays: spec.agreementTermDays } : {}),
    ...(spec.rubric !== undefined ? { rubric: spec.rubric } : {}),
    // null: the default checklist, with the documents it requires.
    ...(spec.eligibilityChecklist !== null ? { eligibilityChecklist: spec.eligibilityChecklist ?? CHECKLIST_WITHOUT_DOCUMENTS } : {}),
  };
}

export const createCallRaw = (app: TestSystem, token: string, input: unknown): Promise<Res> =>
  executeText(app.url, `mutation C($input: CreateCallInput!) { createCall(input: $input) { ${CALL_FIELDS} } }`, { input }, { token });
export const updateCallRaw = (app: TestSystem, token: string, input: unknown): Promise<Res> =>
  executeText(app.url, `mutation U($input: UpdateCallInput!) { updateCall(input: $input) { ${CALL_FIELDS} } }`, { input }, { token });
export const publishCallRaw = (app: TestSystem, token: string, id: string): Promise<Res> =>
  executeText(app.url, `mutation P($id: ID!) { publishCall(id: $id) { ${CALL_FIELDS} } }`, { id }, { token });

/** A draft call (coordinator); returns its id. */
export async function draftCall(app: TestSystem, coordinator: string, spec: CallSpec = {}): Promise<string> {
  return must('createCall', await createCallRaw(app, coordinator, callInput(spec))).data.createCall.id;
}

/** A published call (coordinator); returns its id. */
export async function publishedCall(app: TestSystem, coordinator: string, spec: CallSpec = {}): Promise<string> {
  const id = await draftCall(app, coordinator, spec);
  must('publishCall', await publishCallRaw(app, coordinator, id));
  return id;
}

/** The call as `token`'s holder sees it (null: invisible). */
export async function readCall(app: TestSystem, token: string, id: string) {
  return must('call', await executeText(app.url, `query Q($id: ID!) { call(id: $id) { ${CALL_FIELDS} } }`, { id }, { token })).data.call;
}

/** Ids of the calls `token`'s holder sees. */
export async function callIds(app: TestSystem, token: string): Promise<string[]> {
  return must(
    'calls',
    await executeText(app.url, `{ calls(first: 100) { edges { node { id } } } }`, undefined, { token }),
  ).data.calls.edges.map((e: { node: { id: string } }) => e.node.id);
}

/** The money of a call, read by the coordinator. */
export async function fundsOf(
  app: TestSystem,
  coordinator: string,
  callId: string,
): Promise<{ budget: number; committed: number; remaining: number }> {
  const c = await readCall(app, coordinator, callId);
  return { budget: c.budget, committed: c.committed, remaining: c.remaining };
}

// ------------------------------------------------------------------------------------- applications

export type Component = 'EQUIPMENT' | 'TECHNOLOGICAL_SERVICES' | 'WORK_TEAM' | 'TRAINING';
export interface Line {
  component: Component;
  description: string;
  futicAmount: number | string;
  counterpartAmount: number | string;
}

/** Budget lines asking `futic` from the fund with `counterpart` from the entity, split over two components. */
export function linesFor(futic: number, counterpart: number): Line[] {
  const firstFutic = Math.floor(futic * 0.6);
  const firstCounterpart = Math.floor(counterpart * 0.5);
  return [
    { component: 'EQUIPMENT', description: 'Sensores y equipos de borde', futicAmount: firstFutic, counterpartAmount: firstCounterpart },
    {
      component: 'TECHNOLOGICAL_SERVICES',
      description: 'Plataforma de datos en la nube',
      futicAmount: futic - firstFutic,
      counterpartAmount: counterpart - firstCounterpart,
    },
  ];
}

export interface ApplicationContent {
  title?: string;
  description?: string;
  dimensions?: string[];
  budgetLines?: Line[];
}

export const applicationInput = (caseId: string, content: ApplicationContent = {}) => ({
  caseId,
  title: content.title ?? 'Ciudad conectada: datos para decidir',
  description: content.description ?? 'Sensores, plataforma de datos abiertos y formación para tomar decisiones de ciudad con evidencia.',
  dimensions: content.dimensions ?? ['GOBERNANZA', 'MEDIO_AMBIENTE'],
  budgetLines: content.budgetLines ?? linesFor(800_000_000, 200_000_000),
});

export const APPLICATION_FIELDS = `id callId title description dimensions submittedAt counterpartShare
  totals { futic counterpart total }
  budgetLines { position component componentLabel description futicAmount counterpartAmount total }
  eligibility { itemId text met note checkedBy }
  decision { outcome note decidedBy }
  reservation { amount releasedAt releaseReason }
  agreement { number signedBy }
  disbursements { instalment dueOn amount paidOn reference }
  case { id state version outcome lastNote }`;

export const startApplicationRaw = (app: TestSystem, token: string, callId: string): Promise<Res> =>
  executeText(
    app.url,
    `mutation S($input: StartApplicationInput!) { startApplication(input: $input) { case { id state version } } }`,
    { input: { callId } },
    { token },
  );

export async function startApplication(app: TestSystem, who: Actors, callId: string): Promise<string> {
  return must('startApplication', await startApplicationRaw(app, who.member, callId)).data.startApplication.case.id;
}

export const saveApplicationRaw = (app: TestSystem, token: string, input: unknown): Promise<Res> =>
  executeText(
    app.url,
    `mutation S($input: SaveApplicationInput!) { saveApplication(input: $input) { ${APPLICATION_FIELDS} } }`,
    { input },
    { token },
  );

export async function saveApplication(app: TestSystem, token: string, caseId: string, content: ApplicationContent = {}) {
  return must('saveApplication', await saveApplicationRaw(app, token, applicationInput(caseId, content))).data.saveApplication;
}

/** The application as `token`'s holder sees it, without the evaluation (null: invisible). */
export async function readApplication(app: TestSystem, token: string, id: string) {
  return must(
    'application',
    await executeText(app.url, `query A($id: ID!) { application(id: $id) { ${APPLICATION_FIELDS} } }`, { id }, { token }),
  ).data.application;
}

/** The evaluation part of an application, as a raw response (fields may be FORBIDDEN). */
export const evaluationOf = (
  app: TestSystem,
  token: string,
  id: string,
  fields = 'score evaluations { evaluator conflict conflictNote score submittedAt scores { criterionId score justification } }',
): Promise<Res> => executeText(app.url, `query E($id: ID!) { application(id: $id) { id ${fields} } }`, { id }, { token });

/** The case's history as `token`'s holder sees it. */
export async function historyOf(
  app: TestSystem,
  token: string,
  id: string,
): Promise<{ event: string; actorSubject: string; payload: Record<string, unknown> }[]> {
  return must(
    'case',
    await executeText(app.url, `query H($id: ID!) { case(id: $id) { history { event actorSubject payload } } }`, { id }, { token }),
  ).data.case.history;
}

export async function caseOf(
  app: TestSystem,
  token: string,
  id: string,
): Promise<{
  state: string;
  version: number;
  outcome: string | null;
  deadlines: { kind: string; days: number | null; status: string; dueAt: string }[];
}> {
  return must(
    'case',
    await executeText(
      app.url,
      `query K($id: ID!) { case(id: $id) { state version outcome deadlines { kind days status dueAt } } }`,
      { id },
      { token },
    ),
  ).data.case;
}

// ------------------------------------------------------------------------------------- transitions

const INPUT_OF: Record<string, string> = {
  submitApplication: 'CaseActionInput',
  withdrawApplication: 'CaseActionInput',
  startEligibilityReview: 'CaseActionInput',
  requestCorrections: 'CaseNoteInput',
  resubmitApplication: 'CaseActionInput',
  declareEligible: 'CaseActionInput',
  declareIneligible: 'CaseNoteInput',
  approveApplication: 'CaseActionInput',
  waitlistApplication: 'CaseNoteInput',
  rejectApplication: 'CaseNoteInput',
  signAgreement: 'SignAgreementInput',
  startExecution: 'CaseActionInput',
  closeApplication: 'CaseNoteInput',
  assignEvaluators: 'AssignEvaluatorsInput',
  declareConflictOfInterest: 'DeclareConflictInput',
  submitEvaluation: 'SubmitEvaluationInput',
  removeEvaluator: 'RemoveEvaluatorInput',
};
export type TransitionMutation = keyof typeof INPUT_OF;

/** One typed transition mutation over HTTP; the raw response (`data[mutation].case` on success). */
export function actRaw(app: TestSystem, token: string, mutation: string, input: Record<string, unknown>): Promise<Res> {
  const type = INPUT_OF[mutation];
  if (!type) throw new Error(`mutación desconocida: ${mutation}`);
  return executeText(
    app.url,
    `mutation T($input: ${type}!) { ${mutation}(input: $input) { case { id state version } entry { event toState } } }`,
    { input },
    { token },
  );
}

/** One transition that must succeed; returns the case after it. */
export async function act(
  app: TestSystem,
  token: string,
  mutation: string,
  input: Record<string, unknown>,
): Promise<{ id: string; state: string; version: number }> {
  return must(mutation, await actRaw(app, token, mutation, input)).data[mutation].case;
}

// ------------------------------------------------------------------------------------- review and evaluation

export const RECORD_CHECK = `mutation R($input: RecordEligibilityInput!) { recordEligibilityCheck(input: $input) { eligibility { itemId met note checkedBy } } }`;
export const recordCheckRaw = (app: TestSystem, token: string, caseId: string, items: unknown[]): Promise<Res> =>
  executeText(app.url, RECORD_CHECK, { input: { caseId, items } }, { token });

/** Every item of the default checklist met (coordinator). */
export async function checklistMet(app: TestSystem, coordinator: string, caseId: string): Promise<void> {
  must(
    'recordEligibilityCheck',
    await recordCheckRaw(
      app,
      coordinator,
      caseId,
      DEFAULT_CHECKLIST.map((i) => ({ itemId: i.id, met: true, note: 'Documento verificado' })),
    ),
  );
}

/** Submitted → eligibilityReview → checklist met → technicalEvaluation (coordinator). */
export async function declaredEligible(app: TestSystem, coordinator: string, caseId: string): Promise<void> {
  await act(app, coordinator, 'startEligibilityReview', { caseId });
  await checklistMet(app, coordinator, caseId);
  await act(app, coordinator, 'declareEligible', { caseId });
}

export type Scores = Record<string, number>;
/** The same score on every criterion of the default rubric (its weighted score is that number). */
export const uniform = (score: number): Scores => Object.fromEntries(DEFAULT_RUBRIC.map((c) => [c.id, score]));
/** The criterion scores input for `scores`, each justified. */
export const scoresInput = (scores: Scores) =>
  Object.entries(scores).map(([criterionId, score]) => ({
    criterionId,
    score,
    justification: `Calificación de ${criterionId} sustentada en el documento técnico`,
  }));

/** The weighted score of one evaluator in hundredths: Σ score × weight (the default rubric's weights sum to 100). */
export const weightedHundredths = (scores: Scores): number => DEFAULT_RUBRIC.reduce((sum, c) => sum + scores[c.id] * c.weight, 0);

export interface Panelist {
  subject: string;
  /** Scores to submit; with `conflict`, the evaluator declares a conflict and scores nothing. */
  scores?: Scores;
  conflict?: string;
}

/** Assigns the panel (coordinator), and each evaluator declares and, without a conflict, scores, in order. */
export async function evaluatedBy(app: TestSystem, coordinator: string, caseId: string, panel: Panelist[]): Promise<void> {
  // Only evaluators of the directory can be assigned: each is enrolled (their token minted) first.
  const tokens = await Promise.all(panel.map((p) => evaluatorToken(app, p.subject)));
  await act(app, coordinator, 'assignEvaluators', { caseId, evaluators: panel.map((p) => p.subject) });
  for (const [i, p] of panel.entries()) {
    const token = tokens[i];
    await act(app, token, 'declareConflictOfInterest', {
      caseId,
      conflict: !!p.conflict,
      note: p.conflict ?? 'Sin vínculos con la entidad',
    });
    if (!p.conflict) await act(app, token, 'submitEvaluation', { caseId, scores: scoresInput(p.scores!) });
  }
}

export interface ToCommittee {
  futic?: number;
  counterpart?: number;
  /** Scores of one evaluator (default 80 everywhere), or a whole panel. */
  score?: number;
  panel?: Panelist[];
}

/**
 * An application of `who` to `callId` taken to committee through the API (the entity must have
 * a validated assessment): saved, submitted, reviewed, declared eligible and evaluated.
 */
export async function applicationInCommittee(app: TestSystem, who: Actors, callId: string, spec: ToCommittee = {}): Promise<string> {
  const id = await submittedApplication(app, who, callId, spec);
  await declaredEligible(app, who.coordinator, id);
  await evaluatedBy(
    app,
    who.coordinator,
    id,
    spec.panel ?? [{ subject: 'evaluador.unico@mintic.gov.co', scores: uniform(spec.score ?? 80) }],
  );
  return id;
}

/** Started, saved with `futic`/`counterpart` and submitted by the representative. */
export async function submittedApplication(
  app: TestSystem,
  who: Actors,
  callId: string,
  spec: { futic?: number; counterpart?: number } = {},
): Promise<string> {
  const id = await startApplication(app, who, callId);
  await saveApplication(app, who.member, id, { budgetLines: linesFor(spec.futic ?? 800_000_000, spec.counterpart ?? 200_000_000) });
  await act(app, who.representative, 'submitApplication', { caseId: id });
  return id;
}

/** Waits (15 s at most, polling) until the case is in `state`, as the coordinator sees it. */
export function stateReached(app: TestSystem, coordinator: string, id: string, state: string, timeoutMs = 15_000) {
  return eventually(
    app,
    `el trámite ${id} en ${state}`,
    async () => ((await caseOf(app, coordinator, id)).state === state ? true : undefined),
    timeoutMs,
  );
}

// ------------------------------------------------------------------------------------- agreement and execution

export const SCHEDULE = `mutation S($input: DisbursementScheduleInput!) { setDisbursementSchedule(input: $input) { disbursements { instalment dueOn amount paidOn } } }`;
export const PAYMENT = `mutation P($input: DisbursementPaymentInput!) { recordDisbursementPayment(input: $input) { disbursements { instalment dueOn amount paidOn reference } } }`;

export const scheduleRaw = (
  app: TestSystem,
  token: string,
  caseId: string,
  instalments: { dueOn: string; amount: number }[],
): Promise<Res> => executeText(app.url, SCHEDULE, { input: { caseId, instalments } }, { token });
export const paymentRaw = (
  app: TestSystem,
  token: string,
  input: { caseId: string; instalment: number; reference: string; paidOn: string },
): Promise<Res> => executeText(app.url, PAYMENT, { input }, { token });

/** Two instalments (60 % and the rest) adding up to `futic`. */
export const instalmentsFor = (futic: number) => [
  { dueOn: '2027-03-01', amount: Math.floor(futic * 0.6) },
  { dueOn: '2027-09-01', amount: futic - Math.floor(futic * 0.6) },
];

/** Approved → agreement signed → schedule → in execution → every instalment paid. */
export async function executed(app: TestSystem, who: Actors, caseId: string, futic: number, agreementNumber: string): Promise<void> {
  await act(app, who.representative, 'signAgreement', { caseId, agreementNumber });
  must('setDisbursementSchedule', await scheduleRaw(app, who.coordinator, caseId, instalmentsFor(futic)));
  await act(app, who.coordinator, 'startExecution', { caseId });
  for (const [i, paidOn] of ['2027-03-02', '2027-09-02'].entries()) {
    must(
      'recordDisbursementPayment',
      await paymentRaw(app, who.coordinator, { caseId, instalment: i + 1, reference: `OP-${agreementNumber}-${i + 1}`, paidOn }),
    );
  }
}

/** The notifications `token`'s holder sees (newest first). */
export async function notificationsOf(
  app: TestSystem,
  token: string,
): Promise<{ kind: string; caseId: string | null; audience: string; title: string; body: string }[]> {
  const res = must(
    'notifications',
    await executeText(app.url, `{ notifications(first: 100) { edges { node { kind caseId audience title body } } } }`, undefined, {
      token,
    }),
  );
  return res.data.notifications.edges.map((e: { node: unknown }) => e.node);
}
