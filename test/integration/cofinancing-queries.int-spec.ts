import { Role } from '../../src/core/auth/principal';
import { StartApplicationDocument } from '../graphql/generated';
import { execute, executeText } from '../support/http';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { actors, drive, municipalities, openProgramme, validatedAssessment, type Actors } from '../support/workflow';

/** Reading a call's applications with everything nested costs a constant number of statements (DataLoaders, no N+1). */
let app: TestSystem;
let coordinator: string;
let callId: string;

const PAGE = `query Page($id: ID!, $first: Int!) {
  call(id: $id) {
    committed remaining
    applications(first: $first, orderBy: SCORE_DESC) {
      totalCount
      edges { node {
        id title totals { futic counterpart total } counterpartShare score
        budgetLines { position component futicAmount counterpartAmount }
        eligibility { itemId met }
        evaluations { evaluator conflict score scores { criterionId score } }
        decision { outcome } reservation { amount } agreement { number } disbursements { instalment amount }
        call { id minScore }
        case { id state entity { code name } history(last: 3) { event } availableEvents { event } }
      } }
    }
  }
}`;

beforeAll(async () => {
  app = await startTestSystem();
  coordinator = await app.token(Role.COORDINATOR);
  const programme = await openProgramme(app, coordinator);
  callId = programme.callId;
  for (const code of await municipalities(app, 5)) {
    const who: Actors = await actors(app, code);
    await validatedAssessment(app, who, programme.cycleId);
    const started = await execute(app.url, StartApplicationDocument, { input: { callId } }, { token: who.member });
    const id = started.data!.startApplication.case.id;
    for (const event of [
      'SUBMIT',
      'START_ELIGIBILITY_REVIEW',
      'DECLARE_ELIGIBLE',
      'ASSIGN_EVALUATORS',
      'DECLARE_CONFLICT',
      'SUBMIT_EVALUATION',
      'APPROVE',
    ]) {
      await drive(app, who, 'COFINANCING_APPLICATION', id, event);
    }
  }
}, 120_000);
afterAll(() => app?.stop());

it('costs the same number of SQL statements for a page of 1 and a page of 5 applications, nested fields included', async () => {
  const knex = app.system.orm.em.getKnex();
  const count = async (first: number) => {
    let statements = 0;
    const listener = () => statements++;
    knex.on('query', listener);
    try {
      const res = await executeText(app.url, PAGE, { id: callId, first }, { token: coordinator });
      expect(res.errors).toBeUndefined();
      const { applications } = (
        res.data as unknown as {
          call: {
            applications: {
              totalCount: number;
              edges: { node: { evaluations: unknown[]; budgetLines: unknown[]; reservation: { amount: number } } }[];
            };
          };
        }
      ).call;
      expect(applications.totalCount).toBe(5);
      expect(applications.edges).toHaveLength(first);
      expect(
        applications.edges.every(
          (e) => e.node.evaluations.length === 1 && e.node.budgetLines.length === 2 && e.node.reservation.amount === 600_000_000,
        ),
      ).toBe(true);
    } finally {
      knex.removeListener('query', listener);
    }
    return statements;
  };
  const small = await count(1);
  const large = await count(5);
  expect(small).toBeGreaterThan(0);
  expect(large).toBe(small);
});
