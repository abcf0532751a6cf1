import { Role } from '../../src/core/auth/principal';
import { errorCode, executeText } from '../support/http';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { actors, municipalities } from '../support/workflow';

/*
 * Editing an action plan in place through GraphQL (issue 7, item 1): all changes or none, the
 * weights still summing 100 %, targets inside the horizon, only the entity's own users.
 */

const PLAN_CSV = [
  'objetivo,producto,nombre_producto,indicador,peso,anualizacion,meta_2024,meta_2025',
  'O1,1.1,Trámites en línea,Trámites realizados en línea,60,Suma,100,100',
  'O2,2.1,Personas formadas,Personas formadas en habilidades digitales,40,Creciente,50,100',
].join('\n');

const UPDATE = `mutation U($input: UpdateActionPlanInput!) { updateActionPlan(input: $input) { id title } }`;
const READ = `query P($id: ID!) { actionPlan(id: $id) { title products { code objectiveCode objectiveName name indicator weight annualization targets { period value } } } }`;

let app: TestSystem;
let member: string;
let coordinator: string;
let stranger: string;

beforeAll(async () => {
  app = await startTestSystem();
  const [code, other] = await municipalities(app, 2);
  ({ member, coordinator } = await actors(app, code));
  stranger = await app.token(Role.ENTITY_MEMBER, other);
});
afterAll(() => app?.stop());

async function newPlan(): Promise<string> {
  const res = await executeText(
    app.url,
    `mutation I($input: ImportActionPlanInput!) { importActionPlan(input: $input) { id } }`,
    {
      input: { title: 'Plan de acción editable', startYear: 2024, endYear: 2025, periodicity: 'ANNUAL', format: 'CSV', content: PLAN_CSV },
    },
    { token: member },
  );
  expect(res.errors).toBeUndefined();
  return (res.data as unknown as { importActionPlan: { id: string } }).importActionPlan.id;
}

async function read(id: string) {
  const res = await executeText(app.url, READ, { id }, { token: member });
  expect(res.errors).toBeUndefined();
  return (
    res.data as unknown as {
      actionPlan: {
        title: string;
        products: { code: string; name: string; weight: number; annualization: string; targets: { period: string; value: number }[] }[];
      };
    }
  ).actionPlan;
}

const problems = (res: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  (res.errors?.[0]?.extensions?.problems as { path: string; message: string }[] | undefined)?.map((p) => p.path);

describe('updateActionPlan', () => {
  it('applies the title, weights, names, annualization and targets together', async () => {
    const id = await newPlan();
    const res = await executeText(
      app.url,
      UPDATE,
      {
        input: {
          planId: id,
          title: 'Plan de acción revisado',
          products: [
            { code: '1.1', weight: 50, name: 'Trámites y servicios en línea', targets: [{ period: '2025', value: 150 }] },
            { code: '2.1', weight: 50, annualization: 'SUM', targets: [{ period: '2024', value: null }] },
          ],
        },
      },
      { token: member },
    );
    expect(res.errors).toBeUndefined();
    const plan = await read(id);
    expect(plan.title).toBe('Plan de acción revisado');
    expect(plan.products).toEqual([
      {
        code: '1.1',
        objectiveCode: 'O1',
        objectiveName: null,
        name: 'Trámites y servicios en línea',
        indicator: 'Trámites realizados en línea',
        weight: 50,
        annualization: 'SUM',
        targets: [
          { period: '2024', value: 100 },
          { period: '2025', value: 150 },
        ],
      },
      {
        code: '2.1',
        objectiveCode: 'O2',
        objectiveName: null,
        name: 'Personas formadas',
        indicator: 'Personas formadas en habilidades digitales',
        weight: 50,
        annualization: 'SUM',
        targets: [{ period: '2025', value: 100 }],
      },
    ]);
  });

  it('refuses weights that would not sum 100 %, and writes nothing of the request', async () => {
    const id = await newPlan();
    const before = await read(id);
    const res = await executeText(
      app.url,
      UPDATE,
      { input: { planId: id, title: 'Otro título del plan', products: [{ code: '1.1', weight: 70, name: 'Otro nombre' }] } },
      { token: member },
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toBe('No se editó el plan: input.products: los pesos de los productos suman 110 %; deben sumar 100 %');
    expect(await read(id)).toEqual(before);
  });

  it('names every bad change by its path: unknown or repeated product, period outside the horizon, negative target, bad weight, a product left without targets', async () => {
    const id = await newPlan();
    const before = await read(id);
    const res = await executeText(
      app.url,
      UPDATE,
      {
        input: {
          planId: id,
          title: 'x',
          products: [
            { code: '9.9', weight: 10 },
            {
              code: '1.1',
              targets: [
                { period: '2031', value: 5 },
                { period: '2024', value: -1 },
              ],
            },
            { code: '1.1' },
            {
              code: '2.1',
              weight: 0,
              targets: [
                { period: '2024', value: null },
                { period: '2025', value: null },
              ],
            },
          ],
        },
      },
      { token: member },
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(problems(res)).toEqual([
      'input.title',
      'input.products[0].code',
      'input.products[1].targets[0].period',
      'input.products[1].targets[1].value',
      'input.products[2].code',
      'input.products[3].weight',
      'input.products[3].targets',
    ]);
    expect(res.errors![0].message).toContain('2031 no es un periodo del plan (2024–2025)');
    expect(await read(id)).toEqual(before);
  });

  it('adds products, removes one without reports, and renames objectives, in one edit', async () => {
    const id = await newPlan();
    const res = await executeText(
      app.url,
      UPDATE,
      {
        input: {
          planId: id,
          remove: ['2.1'],
          products: [{ code: '1.1', weight: 50 }],
          add: [
            {
              code: '3.1',
              objectiveCode: 'O3',
              name: 'Datos abiertos publicados',
              indicator: 'Conjuntos de datos publicados',
              weight: 30,
              annualization: 'INCREASING',
              targets: [
                { period: '2024', value: 10 },
                { period: '2025', value: 20 },
              ],
            },
            {
              code: '1.2',
              objectiveCode: 'O1',
              name: 'Sedes conectadas',
              indicator: 'Sedes con conectividad',
              weight: 20,
              annualization: 'CONSTANT',
              targets: [{ period: '2025', value: 1 }],
            },
          ],
          objectives: [
            { code: 'O1', name: 'Gobierno digital' },
            { code: 'O3', name: 'Datos para decidir' },
          ],
        },
      },
      { token: member },
    );
    expect(res.errors).toBeUndefined();
    const plan = await read(id);
    expect(
      plan.products.map((p) => [p.code, (p as unknown as { objectiveName: string }).objectiveName, p.weight, p.annualization]),
    ).toEqual([
      ['1.1', 'Gobierno digital', 50, 'SUM'],
      ['3.1', 'Datos para decidir', 30, 'INCREASING'],
      ['1.2', 'Gobierno digital', 20, 'CONSTANT'],
    ]);
  });

  it('keeps a product with progress reports, and asks every field of a new product', async () => {
    const id = await newPlan();
    const reported = await executeText(
      app.url,
      `mutation R($input: ReportProgressInput!) { reportProgress(input: $input) { id } }`,
      {
        input: {
          planId: id,
          productCode: '2.1',
          period: '2024',
          value: 30,
          narrative: 'Personas formadas en el primer año.',
          evidence: [],
        },
      },
      { token: member },
    );
    expect(reported.errors).toBeUndefined();
    const before = await read(id);
    const res = await executeText(
      app.url,
      UPDATE,
      {
        input: {
          planId: id,
          remove: ['2.1', '7.7'],
          products: [{ code: '1.1', weight: 100 }],
          add: [
            { code: '1.1', objectiveCode: 'O1' },
            { code: '4.1', objectiveCode: 'O4', targets: [] },
          ],
        },
      },
      { token: member },
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(problems(res)).toEqual([
      'input.remove[0]',
      'input.remove[1]',
      'input.add[0].code',
      'input.add[1].name',
      'input.add[1].indicator',
      'input.add[1].weight',
      'input.add[1].annualization',
      'input.add[1].targets',
      'input.products',
    ]);
    expect(res.errors![0].message).toContain('el producto 2.1 ya tiene avances reportados; no se puede quitar');
    expect(await read(id)).toEqual(before);
  });

  it('is for the entity’s own users only', async () => {
    const id = await newPlan();
    const change = { input: { planId: id, title: 'Título de otra entidad' } };
    expect(errorCode(await executeText(app.url, UPDATE, change, { token: stranger }))).toBe('NOT_FOUND');
    expect(errorCode(await executeText(app.url, UPDATE, change, { token: coordinator }))).toBe('FORBIDDEN');
    expect((await read(id)).title).toBe('Plan de acción editable');
  });
});
