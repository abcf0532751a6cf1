import { Role } from '../../src/core/auth/principal';
import { CaseDocument, JourneyDocument, RequestAccompanimentDocument, StartApplicationDocument } from '../graphql/generated';
import { requestInput } from '../support/accompaniment';
import { errorCode, execute } from '../support/http';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { timeTravelEnv } from '../support/time-travel';
import { actors, ADVISOR, drive, EVALUATOR, openProgramme, validatedAssessment, type Actors } from '../support/workflow';

let app: TestSystem;
let who: Actors;
let programme: { cycleId: string; callId: string };
const ENTITY = '05001';

beforeAll(async () => {
  // Recording a session moves the clock past its start.
  app = await startTestSystem(timeTravelEnv());
  who = await actors(app, ENTITY);
  programme = await openProgramme(app, who.coordinator);
});
afterAll(() => app?.stop());

const journey = async (token: string) => {
  const res = await execute(app.url, JourneyDocument, { code: ENTITY }, { token });
  expect(res.errors).toBeUndefined();
  return res.data!.territorialEntity!.journey!;
};

describe('an entity from assessment to an approved application, using only GraphQL', () => {
  it('walks the three processes with every step in history and journey', async () => {
    expect((await journey(who.member)).nextStep.code).toBe('START_ASSESSMENT');

    const assessmentId = await validatedAssessment(app, who, programme.cycleId);
    let j = await journey(who.representative);
    expect(j.assessment).toMatchObject({ id: assessmentId, state: 'validated', final: true });
    expect(j.nextStep.code).toBe('REQUEST_ACCOMPANIMENT_OR_APPLY');

    const requested = await execute(app.url, RequestAccompanimentDocument, { input: requestInput('ROADMAP') }, { token: who.member });
    expect(requested.errors).toBeUndefined();
    const advisoryId = requested.data!.requestAccompaniment.case.id;
    expect(requested.data!.requestAccompaniment.case).toMatchObject({ state: 'requested', cycleId: programme.cycleId, owner: 'MINISTRY' });
    j = await journey(who.member);
    expect(j.nextStep).toMatchObject({ code: 'AWAIT_MINISTRY', caseId: advisoryId });

    // The advisor holds a first session (drive schedules it and moves the clock past it) before the diagnosis.
    for (const event of ['ADMIT', 'ASSIGN_ADVISOR', 'RECORD_SESSION', 'START_DIAGNOSIS', 'START_FORMULATION', 'DELIVER_ROADMAP']) {
      await drive(app, who, 'ACCOMPANIMENT', advisoryId, event);
    }
    j = await journey(who.member);
    expect(j.advisory).toMatchObject({ state: 'roadmapDelivered', assignee: ADVISOR, owner: 'ENTITY' });
    expect(j.nextStep).toMatchObject({ code: 'ACT_ON_CASE', caseId: advisoryId });
    await drive(app, who, 'ACCOMPANIMENT', advisoryId, 'ACCEPT_ROADMAP');
    // Accepted, the roadmap waits for the entity's satisfaction survey.
    j = await journey(who.member);
    expect(j.advisory).toMatchObject({ state: 'surveyPending', owner: 'ENTITY', final: false });
    await drive(app, who, 'ACCOMPANIMENT', advisoryId, 'ANSWER_SURVEY');

    const started = await execute(app.url, StartApplicationDocument, { input: { callId: programme.callId } }, { token: who.member });
    expect(started.errors).toBeUndefined();
    const applicationId = started.data!.startApplication.case.id;
    // Corrections answered go straight back to the eligibility review; the technical evaluation is a
    // panel of one evaluator, whose evaluation moves the application to committee.
    const path = [
      'SUBMIT',
      'START_ELIGIBILITY_REVIEW',
      'REQUEST_CORRECTIONS',
      'RESUBMIT',
      'DECLARE_ELIGIBLE',
      'ASSIGN_EVALUATORS',
      'DECLARE_CONFLICT',
      'SUBMIT_EVALUATION',
      'APPROVE',
    ];
    for (const event of path) await drive(app, who, 'COFINANCING_APPLICATION', applicationId, event);

    j = await journey(who.coordinator);
    expect(j.application).toMatchObject({ id: applicationId, state: 'approved', version: path.length + 1 });
    expect(j.advisory).toMatchObject({ state: 'completed', final: true });
    expect(j.nextStep).toMatchObject({ code: 'ACT_ON_CASE', caseId: applicationId });

    const kase = await execute(app.url, CaseDocument, { id: applicationId }, { token: who.auditor });
    expect(kase.errors).toBeUndefined();
    const history = kase.data!.case!.history;
    expect(history.map((h) => h.event)).toEqual(['CREATED', ...path]);
    expect(history.map((h) => h.seq)).toEqual(history.map((_, i) => i + 1));
    expect(history[3]).toMatchObject({
      event: 'REQUEST_CORRECTIONS',
      fromState: 'eligibilityReview',
      toState: 'correctionsRequested',
      actorRole: 'COORDINATOR',
      payload: { note: expect.any(String) },
    });
    expect(history[4]).toMatchObject({
      event: 'RESUBMIT',
      fromState: 'correctionsRequested',
      toState: 'eligibilityReview',
      actorRole: 'ENTITY_REPRESENTATIVE',
    });
    expect(history[6]).toMatchObject({
      event: 'ASSIGN_EVALUATORS',
      fromState: 'technicalEvaluation',
      toState: 'technicalEvaluation',
      actorRole: 'COORDINATOR',
    });
    expect(history[7]).toMatchObject({
      event: 'DECLARE_CONFLICT',
      fromState: 'technicalEvaluation',
      toState: 'technicalEvaluation',
      actorRole: 'EVALUATOR',
      actorSubject: EVALUATOR,
    });
    expect(history[8]).toMatchObject({
      event: 'SUBMIT_EVALUATION',
      fromState: 'technicalEvaluation',
      toState: 'committee',
      actorRole: 'EVALUATOR',
      actorSubject: EVALUATOR,
    });
    expect(history.at(-1)).toMatchObject({ fromState: 'committee', toState: 'approved', toStateLabel: 'Aprobada' });
    expect(kase.data!.case!.entity).toMatchObject({ code: ENTITY, name: 'MEDELLÍN' });
    // The auditor reads everything and may send nothing.
    expect(kase.data!.case!.availableEvents).toEqual([]);
    const forRepresentative = await execute(app.url, CaseDocument, { id: applicationId, last: 2 }, { token: who.representative });
    // Each event names the mutation that sends it, so a client needs no map of its own.
    expect(forRepresentative.data!.case!.availableEvents.map((e) => [e.event, e.mutation])).toEqual([
      ['SIGN_AGREEMENT', 'signAgreement'],
      ['WITHDRAW', 'withdrawApplication'],
    ]);
    expect(forRepresentative.data!.case!.history.map((h) => h.event)).toEqual(['SUBMIT_EVALUATION', 'APPROVE']);
  });

  it('refuses another entity’s journey', async () => {
    const other = await app.token(Role.ENTITY_MEMBER, '76001');
    const res = await execute(app.url, JourneyDocument, { code: ENTITY }, { token: other });
    expect(errorCode(res)).toBe('FORBIDDEN');
  });
});
