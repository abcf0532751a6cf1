import { mintToken } from '../../src/core/auth/jwt';
import { Role } from '../../src/core/auth/principal';
import { seedDemo } from '../../src/modules/cases/demo.seed';
import { CasesDocument, JourneyDocument, ProgrammeDocument } from '../graphql/generated';
import { execute } from '../support/http';
import { startTestSystem, type TestSystem } from '../support/test-system';

let app: TestSystem;

beforeAll(async () => {
  app = await startTestSystem();
});
afterAll(() => app?.stop());

describe('the embedded default’s demo data', () => {
  it('opens a cycle and a call and puts a few entities at different points of their path, once', async () => {
    expect(await seedDemo(app.system.orm, app.system.api.services)).toEqual({ seeded: true, cases: 7 });
    expect(await seedDemo(app.system.orm, app.system.api.services)).toEqual({ seeded: false, cases: 0 });

    const coordinator = await app.token(Role.COORDINATOR);
    const programme = await execute(app.url, ProgrammeDocument, {}, { token: coordinator });
    expect(programme.data!.cycles).toHaveLength(1);
    expect(programme.data!.cycles[0].open).toBe(true);
    expect(programme.data!.calls[0]).toMatchObject({ open: true, totalBudget: 40_000_000_000 });

    const cases = await execute(app.url, CasesDocument, { first: 20, orderBy: 'CREATED_AT_ASC' }, { token: coordinator });
    expect(cases.data!.cases.totalCount).toBe(7);
    const states = cases.data!.cases.edges.map((e) => `${e.node.entityCode}:${e.node.process}:${e.node.state}`);
    expect(states).toEqual([
      '11001:MATURITY_ASSESSMENT:validated',
      '11001:ACCOMPANIMENT:diagnosis',
      '11001:COFINANCING_APPLICATION:eligibilityReview',
      '76001:MATURITY_ASSESSMENT:changesRequested',
      '08001:MATURITY_ASSESSMENT:validated',
      '08001:ACCOMPANIMENT:requested',
      '15:MATURITY_ASSESSMENT:draft',
    ]);

    // The advisor whose token `npm start` prints works the Bogotá accompaniment.
    const advisor = await mintToken(app.config, { sub: 'asesor@mintic.gov.co', role: Role.ADVISOR });
    const assigned = await execute(app.url, CasesDocument, {}, { token: advisor });
    expect(assigned.data!.cases.edges.map((e) => e.node.state)).toEqual(['diagnosis']);

    // Medellín is left for a person to walk through.
    const medellin = await execute(app.url, JourneyDocument, { code: '05001' }, { token: await app.token(Role.ENTITY_MEMBER, '05001') });
    expect(medellin.data!.territorialEntity!.journey.nextStep.code).toBe('START_ASSESSMENT');
  });
});
