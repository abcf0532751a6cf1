import { projectPlan, proportionalWeights, type ProjectFacts } from '../../src/modules/follow-up/project-plan';

/** The action plan a cofinanced project gets when its execution starts (issue 21, item 4). */
const facts = (over: Partial<ProjectFacts> = {}): ProjectFacts => ({
  caseId: '00000000-0000-4000-8000-000000000001',
  entityCode: '68001',
  title: 'Gobierno abierto para Bucaramanga',
  startedOn: '2026-10-05',
  approvedBy: 'coordinador@mintic.gov.co',
  at: new Date('2026-10-05T15:00:00Z'),
  lines: [
    { position: 1, description: 'Plataforma y servicios en la nube', futicAmount: 1_260, counterpartAmount: 300 },
    { position: 2, description: 'Apropiación y formación', futicAmount: 540, counterpartAmount: 300 },
  ],
  instalments: [
    { dueOn: '2027-07-15', amount: 720 },
    { dueOn: '2027-02-15', amount: 720 },
    { dueOn: '2027-11-15', amount: 360 },
  ],
  ...over,
});

describe('proportionalWeights', () => {
  it('gives weights in hundredths of a point that sum exactly 100, the hundredths left to the largest remainders', () => {
    expect(proportionalWeights([1_560, 840])).toEqual([65, 35]);
    expect(proportionalWeights([1, 1, 1])).toEqual([33.34, 33.33, 33.33]);
    expect(proportionalWeights([2, 1, 1, 1, 1, 1])).toEqual([28.57, 14.29, 14.29, 14.29, 14.28, 14.28]);
    expect(proportionalWeights([0, 0])).toEqual([50, 50]);
    for (const amounts of [
      [7, 11, 13],
      [1, 2, 3, 4, 5, 6, 7],
      [999_999, 1],
    ]) {
      expect(proportionalWeights(amounts).reduce((s, w) => s + Math.round(w * 100), 0)).toBe(10_000);
    }
  });
});

describe('projectPlan', () => {
  it('is approved as version 1, semiannual from the year execution starts to the last instalment’s', () => {
    const { plan, version, products } = projectPlan(facts());
    expect(plan).toMatchObject({
      entityCode: '68001',
      caseId: facts().caseId,
      title: 'Plan de acción — Gobierno abierto para Bucaramanga',
      startYear: 2026,
      endYear: 2027,
      periodicity: 'SEMIANNUAL',
      status: 'APPROVED',
      currentVersion: 1,
      createdBy: 'coordinador@mintic.gov.co',
    });
    expect(version).toMatchObject({
      planId: plan.id,
      number: 1,
      status: 'APPROVED',
      caseId: null,
      effectiveFrom: null,
      approvedBy: 'coordinador@mintic.gov.co',
      changes: [],
    });
    expect(products.map((p) => [p.code, p.name, p.weight, p.objectiveCode, p.objectiveName, p.annualization, p.indicator])).toEqual([
      [
        'P1',
        'Plataforma y servicios en la nube',
        65,
        'O1',
        'Ejecución del proyecto cofinanciado',
        'INCREASING',
        'Porcentaje de ejecución de la línea',
      ],
      [
        'P2',
        'Apropiación y formación',
        35,
        'O1',
        'Ejecución del proyecto cofinanciado',
        'INCREASING',
        'Porcentaje de ejecución de la línea',
      ],
    ]);
  });

  it('targets each semester from the one execution starts in with the schedule’s share due by its end, reaching 1', () => {
    const { products } = projectPlan(facts());
    // 2026-S1 ended before execution started: it owes nothing. 720 of 1,800 fall due by June 2027.
    expect(products[0].targets).toEqual({ '2026-S2': 0, '2027-S1': 0.4, '2027-S2': 1 });
    expect(products[1].targets).toEqual(products[0].targets);
    // Rounded to 4 decimals; the last semester is exactly 1.
    const thirds = projectPlan(
      facts({
        instalments: [
          { dueOn: '2026-11-01', amount: 1 },
          { dueOn: '2027-03-01', amount: 1 },
          { dueOn: '2027-04-01', amount: 1 },
        ],
      }),
    );
    expect(thirds.products[0].targets).toEqual({ '2026-S2': 0.3333, '2027-S1': 1 });
  });

  it('puts a schedule due before execution started whole on the first semester', () => {
    const { plan, products } = projectPlan(facts({ instalments: [{ dueOn: '2026-01-15', amount: 100 }] }));
    expect([plan.startYear, plan.endYear]).toEqual([2026, 2026]);
    expect(products[0].targets).toEqual({ '2026-S2': 1 });
  });
});
