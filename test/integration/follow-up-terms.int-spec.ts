// Who may extend the terms of follow-up's cases: the side that owes the term, and on the entity's
// side only those who answer for the plan (its representative or TIC leader), never a member.
import { Role } from '../../src/core/auth/principal';
import { errorCode, executeText } from '../support/http';
import { filedReport, proposedPlan } from '../support/progress-reports';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { actors, municipalities } from '../support/workflow';

let app: TestSystem;
let entities: string[];
let next = 0;

beforeAll(async () => {
  app = await startTestSystem();
  entities = await municipalities(app, 10);
});
afterAll(() => app?.stop());

const EXTEND = `mutation E($input: ExtendTermInput!) { extendTerm(input: $input) { case { id version } } }`;
const RETURN_REPORT = `mutation R($input: ReturnProgressReportInput!) { returnProgressReport(input: $input) { case { id state } } }`;
const RETURN_PLAN = `mutation R($input: CaseNoteInput!) { returnPlanVersion(input: $input) { case { id state } } }`;
const DEADLINES = `query D($id: ID!) { case(id: $id) { version history { seq } deadlines { kind status } } }`;

async function deadlinesOf(caseId: string, token: string) {
  const res = await executeText(app.url, DEADLINES, { id: caseId }, { token });
  return (res.data as unknown as { case: unknown }).case as {
    version: number;
    history: { seq: number }[];
    deadlines: { kind: string; status: string }[];
  };
}

describe('extending the terms of follow-up cases', () => {
  it('a returned progress report: a member is refused and nothing changes; the TIC leader extends the corrections term', async () => {
    const code = entities[next++];
    const who = await actors(app, code);
    const caseId = await filedReport(app, who);
    const returned = await executeText(
      app.url,
      RETURN_REPORT,
      { input: { caseId, note: 'Falta la evidencia del avance', comments: [{ productCode: '1.1', comment: 'Adjunte el acta' }] } },
      { token: who.coordinator },
    );
    expect(returned.errors).toBeUndefined();
    const before = await deadlinesOf(caseId, who.coordinator);
    expect(before.deadlines.find((d) => d.status === 'PENDING')?.kind).toBe('PROGRESS_REPORT_CORRECTIONS');

    const byMember = await executeText(
      app.url,
      EXTEND,
      { input: { caseId, days: 5, reason: 'Necesitamos más tiempo' } },
      { token: who.member },
    );
    expect(errorCode(byMember)).toBe('FORBIDDEN');
    const after = await deadlinesOf(caseId, who.coordinator);
    expect(after.version).toBe(before.version);
    expect(after.history).toHaveLength(before.history.length);

    // The coordination does not owe this term either.
    expect(
      errorCode(
        await executeText(
          app.url,
          EXTEND,
          { input: { caseId, days: 5, reason: 'Prórroga solicitada por la parte' } },
          { token: who.coordinator },
        ),
      ),
    ).toBe('FORBIDDEN');
    const ticLeader = await app.token(Role.ENTITY_TIC_LEADER, code);
    const byLeader = await executeText(
      app.url,
      EXTEND,
      { input: { caseId, days: 5, reason: 'Recopilamos las actas' } },
      { token: ticLeader },
    );
    expect(byLeader.errors).toBeUndefined();
    expect((await deadlinesOf(caseId, who.coordinator)).version).toBe(before.version + 1);
  });

  it('a plan version in review: the coordination extends its review term, the entity cannot', async () => {
    const code = entities[next++];
    const who = await actors(app, code);
    const { reviewCase } = await proposedPlan(app, who);
    expect((await deadlinesOf(reviewCase, who.coordinator)).deadlines.find((d) => d.status === 'PENDING')?.kind).toBe('PLAN_REVIEW');
    for (const token of [who.member, who.representative]) {
      const res = await executeText(
        app.url,
        EXTEND,
        { input: { caseId: reviewCase, days: 5, reason: 'Prórroga solicitada por la parte' } },
        { token },
      );
      expect(errorCode(res)).toBe('FORBIDDEN');
    }
    const res = await executeText(
      app.url,
      EXTEND,
      { input: { caseId: reviewCase, days: 5, reason: 'Revisión con el equipo técnico' } },
      { token: who.coordinator },
    );
    expect(res.errors).toBeUndefined();
    // Returned, the proposal is the entity's to correct: RETURN works and the case moves to the entity.
    const back = await executeText(
      app.url,
      RETURN_PLAN,
      { input: { caseId: reviewCase, note: 'Ajuste los pesos' } },
      { token: who.coordinator },
    );
    expect(back.errors).toBeUndefined();
  });
});
