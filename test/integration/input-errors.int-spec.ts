import WebSocket from 'ws';

import { Role } from '../../src/core/auth/principal';
import { applicationInput, callInput, createCallRaw, linesFor, saveApplicationRaw, startApplication } from '../support/cofinancing';
import { errorCode, executeText, type GraphQLResponse } from '../support/http';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { actors, municipalities, openProgramme, validatedAssessment } from '../support/workflow';

/*
 * Issue 17, item 6: one error shape for forms. Every refusal of input, whichever layer makes it
 * (class-validator on the inputs, graphql-js coercing a variable or a literal, a custom scalar,
 * zod, a service's domain rule), is BAD_USER_INPUT with `extensions.problems[{path, code,
 * message}]`: the path rooted at the argument's name, a code from a small vocabulary, a Spanish
 * message that does not repeat what was sent. Nothing is written by a refused request, and a
 * WebSocket client gets exactly what an HTTP client gets.
 */

type Problem = { path: string; code: string; message: string; [more: string]: unknown };
type Res = GraphQLResponse<Record<string, unknown>>;

let app: TestSystem;
let coordinator: string;
let member: string;
let applicationId: string;

beforeAll(async () => {
  app = await startTestSystem();
  coordinator = await app.token(Role.COORDINATOR);
  const { cycleId, callId } = await openProgramme(app, coordinator);
  const [code] = await municipalities(app, 1);
  const who = await actors(app, code);
  member = who.member;
  await validatedAssessment(app, who, cycleId);
  applicationId = await startApplication(app, who, callId);
});
afterAll(() => app?.stop());

const TABLES = ['cofinancing_call', 'cofinancing_application', 'budget_line', 'maturity_model', 'report', 'cycle', 'case_history'];

/** Rows of every table these requests could write (PostgreSQL counts come as strings). */
async function counts(): Promise<Record<string, number>> {
  const connection = app.system.orm.em.fork().getConnection();
  const out: Record<string, number> = {};
  for (const table of TABLES)
    out[table] = Number((await connection.execute<{ n: number | string }[]>(`select count(*) as n from ${table}`))[0].n);
  return out;
}

/** Sends, expects one BAD_USER_INPUT with a Spanish summary and the given HTTP status, and that nothing was written; returns its problems. */
async function refused(send: () => Promise<Res>, status: 200 | 400 = 200): Promise<Problem[]> {
  const before = await counts();
  const res = await send();
  expect({ status: res.status, code: errorCode(res), errors: res.errors?.length }).toEqual({ status, code: 'BAD_USER_INPUT', errors: 1 });
  const error = res.errors![0];
  // A Spanish summary: none of graphql-js's English openings is left.
  expect(error.message).not.toMatch(/^(Variable|Field|Expected|Argument|Int|Float|String|Boolean|ID|Enum|Value) /);
  expect(error.message.length).toBeLessThan(2000);
  expect(Object.keys(error.extensions!).sort()).toEqual(['code', 'problems']);
  const problems = error.extensions!.problems as Problem[];
  for (const p of problems) {
    expect(p).toEqual(
      expect.objectContaining({ path: expect.any(String), code: expect.stringMatching(/^[A-Z_]+$/), message: expect.any(String) }),
    );
    expect(p.message.length).toBeLessThanOrEqual(300);
  }
  expect(await counts()).toEqual(before);
  return problems;
}

const CREATE_CALL = 'mutation C($input: CreateCallInput!) { createCall(input: $input) { id } }';
const SAVE_APPLICATION = 'mutation S($input: SaveApplicationInput!) { saveApplication(input: $input) { id } }';

describe('class-validator rules on inputs and arguments', () => {
  it('names each field of createCall with its code: a title too long and an amount below its minimum', async () => {
    const problems = await refused(() => createCallRaw(app, coordinator, callInput({ title: 'T'.repeat(201), totalBudget: -5 })));
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'input.title', code: 'TOO_LONG', message: 'debe tener entre 5 y 200 caracteres' },
        { path: 'input.totalBudget', code: 'OUT_OF_RANGE', message: 'debe ser mayor que cero' },
      ]),
    );
    expect(problems).toHaveLength(2);
  });

  it('tells a blank text (REQUIRED) from a short one (TOO_SHORT), and roots a nested list at the argument', async () => {
    expect(await refused(() => createCallRaw(app, coordinator, callInput({ title: '' })))).toEqual([
      { path: 'input.title', code: 'REQUIRED', message: 'debe tener entre 5 y 200 caracteres' },
    ]);
    expect(await refused(() => createCallRaw(app, coordinator, callInput({ title: 'Cor' })))).toEqual([
      { path: 'input.title', code: 'TOO_SHORT', message: 'debe tener entre 5 y 200 caracteres' },
    ]);
    const lines = linesFor(800_000_000, 200_000_000);
    lines[1] = { ...lines[1], description: 'd'.repeat(301) };
    expect(await refused(() => saveApplicationRaw(app, member, applicationInput(applicationId, { budgetLines: lines })))).toEqual([
      { path: 'input.budgetLines[1].description', code: 'TOO_LONG', message: 'admite a lo sumo 300 caracteres' },
    ]);
  });

  it('roots the arguments of a query at their own names', async () => {
    const page = (variables: Record<string, unknown>) =>
      executeText(
        app.url,
        'query T($first: Int!, $after: String) { territorialEntities(first: $first, after: $after) { totalCount } }',
        variables,
        {
          token: member,
        },
      );
    expect(await refused(() => page({ first: 101 }))).toEqual([
      { path: 'first', code: 'OUT_OF_RANGE', message: 'no puede ser mayor que 100' },
    ]);
    expect(await refused(() => page({ first: 5, after: 'no-es-un-cursor' }))).toEqual([
      { path: 'after', code: 'INVALID_FORMAT', message: 'Cursor inválido: use el endCursor de una página de esta misma consulta' },
    ]);
  });
});

describe('graphql-js coercing variables (HTTP 400, before anything runs)', () => {
  it('puts a wrong type inside a nested input list at its path under the argument', async () => {
    const lines = linesFor(800_000_000, 200_000_000);
    const bad = {
      ...applicationInput(applicationId),
      budgetLines: [{ ...lines[0], futicAmount: 'ochocientos millones' }, ...lines.slice(1)],
    };
    const problems = await refused(() => executeText(app.url, SAVE_APPLICATION, { input: bad }, { token: member }), 400);
    expect(problems).toEqual([
      { path: 'input.budgetLines[0].futicAmount', code: 'INVALID_FORMAT', message: expect.stringMatching(/pesos/) },
    ]);
    expect(problems[0].message).not.toContain('ochocientos');
  });

  it('roots the path at the argument even when the variable is only part of it', async () => {
    const lines = linesFor(800_000_000, 200_000_000);
    const input = applicationInput(applicationId);
    const query = `mutation S($lines: [BudgetLineInput!]!) {
      saveApplication(input: { caseId: ${JSON.stringify(input.caseId)}, title: ${JSON.stringify(input.title)},
        description: ${JSON.stringify(input.description)}, budgetLines: $lines }) { id }
    }`;
    const problems = await refused(
      () => executeText(app.url, query, { lines: [lines[0], { ...lines[1], counterpartAmount: 1.5 }] }, { token: member }),
      400,
    );
    expect(problems).toEqual([{ path: 'input.budgetLines[1].counterpartAmount', code: 'INVALID_FORMAT', message: expect.any(String) }]);
  });

  it('names a missing field, an unknown field and a wrong scalar type at their own paths', async () => {
    const { title: _title, ...noTitle } = applicationInput(applicationId);
    expect(await refused(() => executeText(app.url, SAVE_APPLICATION, { input: noTitle }, { token: member }), 400)).toEqual([
      { path: 'input.title', code: 'REQUIRED', message: 'es obligatorio' },
    ]);
    const colour = { ...applicationInput(applicationId), colour: 'x'.repeat(500) };
    expect(await refused(() => executeText(app.url, SAVE_APPLICATION, { input: colour }, { token: member }), 400)).toEqual([
      { path: 'input.colour', code: 'UNKNOWN', message: 'no es un campo de SaveApplicationInput' },
    ]);
    const year = { ...callInput(), minScore: '60' };
    expect(await refused(() => executeText(app.url, CREATE_CALL, { input: year }, { token: coordinator }), 400)).toEqual([
      { path: 'input.minScore', code: 'INVALID_TYPE', message: 'debe ser un número entero' },
    ]);
  });

  it('refuses an unknown enum value as NOT_ALLOWED, in a variable and written in the document', async () => {
    const request = 'mutation R($input: RequestReportInput!) { requestReport(input: $input) { report { id } } }';
    expect(
      await refused(() => executeText(app.url, request, { input: { kind: 'BUDGET', format: 'CSV' } }, { token: coordinator }), 400),
    ).toEqual([{ path: 'input.kind', code: 'NOT_ALLOWED', message: 'no es un valor de ReportKind' }]);
    expect(
      await refused(
        () =>
          executeText(app.url, 'mutation { requestReport(input: { kind: CASELOAD, format: DOCX }) { report { id } } }', undefined, {
            token: coordinator,
          }),
        400,
      ),
    ).toEqual([{ path: 'input.format', code: 'NOT_ALLOWED', message: 'no es un valor de ReportFormat' }]);
  });
});

describe('custom scalars', () => {
  it('refuses an instant that is not one, in a variable and as a literal, at its path', async () => {
    expect(await refused(() => createCallRaw(app, coordinator, { ...callInput(), opensAt: 'mañana temprano' }), 400)).toEqual([
      { path: 'input.opensAt', code: 'INVALID_FORMAT', message: expect.stringMatching(/RFC 3339|ISO 8601/) },
    ]);
    const literal = `mutation { createCall(input: { title: "Convocatoria literal", opensAt: "ayer", closesAt: "2030-01-01T00:00:00Z",
      totalBudget: 1000000000, capPerApplication: 100000000, minCounterpartPercent: 10 }) { id } }`;
    expect(await refused(() => executeText(app.url, literal, undefined, { token: coordinator }), 400)).toEqual([
      { path: 'input.opensAt', code: 'INVALID_FORMAT', message: expect.stringMatching(/RFC 3339|ISO 8601/) },
    ]);
  });

  it('refuses pesos with decimals written in the document at their path, with a summary that says where', async () => {
    const literal = `mutation { createCall(input: { title: "Convocatoria literal", opensAt: "2030-01-01T00:00:00Z", closesAt: "2030-02-01T00:00:00Z",
      totalBudget: 1000000000.5, capPerApplication: 100000000, minCounterpartPercent: 10 }) { id } }`;
    const before = await counts();
    const res = await executeText(app.url, literal, undefined, { token: coordinator });
    expect({ status: res.status, code: errorCode(res) }).toEqual({ status: 400, code: 'BAD_USER_INPUT' });
    expect(res.errors![0].message).toMatch(/^El argumento "input" trae un valor inválido en "input.totalBudget": /);
    expect(res.errors![0].extensions!.problems).toEqual([
      { path: 'input.totalBudget', code: 'INVALID_FORMAT', message: expect.stringMatching(/pesos/) },
    ]);
    expect(await counts()).toEqual(before);
  });
});

describe('zod-validated input', () => {
  it('refuses a maturity model definition at input.definition, each problem with its code and its place in the document', async () => {
    const publish = 'mutation P($input: PublishMaturityModelInput!) { publishMaturityModel(input: $input) { created } }';
    const definition = ['version: "2031.1"', 'title: Modelo incompleto', 'levels: []', 'autor: alguien', 'scale: 5'].join('\n');
    const problems = await refused(() => executeText(app.url, publish, { input: { definition } }, { token: coordinator }));
    for (const p of problems) expect(p.path).toBe('input.definition');
    expect(problems.map(({ code, location }) => ({ code, location }))).toEqual(
      expect.arrayContaining([
        { code: 'INVALID_TYPE', location: 'scale' },
        { code: 'TOO_SHORT', location: 'levels' },
        { code: 'REQUIRED', location: 'dimensions' },
        { code: 'UNKNOWN', location: 'autor' },
      ]),
    );
    expect(problems.find((p) => p.location === 'dimensions')!.message).toMatch(/^dimensions: /);
  });
});

describe('domain rules in the services', () => {
  it('refuses an application whose content breaks the programme rules, every problem at its path', async () => {
    const lines = linesFor(800_000_000, 200_000_000);
    lines[0] = { ...lines[0], counterpartAmount: -1 };
    const input = applicationInput(applicationId, { title: 'App', dimensions: ['GOBERNANZA', 'ASTROLOGIA'], budgetLines: lines });
    const problems = await refused(() => saveApplicationRaw(app, member, input));
    expect(problems).toEqual([
      { path: 'input.title', code: 'TOO_SHORT', message: 'debe tener entre 5 y 200 caracteres' },
      { path: 'input.dimensions[1]', code: 'NOT_ALLOWED', message: expect.stringMatching(/^ASTROLOGIA no es una dimensión CTI/) },
      { path: 'input.budgetLines[0].counterpartAmount', code: 'OUT_OF_RANGE', message: expect.stringMatching(/^no puede ser negativo/) },
    ]);
  });

  it('refuses a cap above the budget as OVER_LIMIT and dates out of order as INCONSISTENT', async () => {
    expect(
      await refused(() => createCallRaw(app, coordinator, callInput({ totalBudget: 1_000_000_000, capPerApplication: 1_000_000_001 }))),
    ).toEqual([{ path: 'input.capPerApplication', code: 'OVER_LIMIT', message: 'no puede superar totalBudget' }]);
    const at = new Date(Date.now() + 86_400_000).toISOString();
    expect(await refused(() => createCallRaw(app, coordinator, callInput({ opensAt: at, closesAt: at })))).toEqual([
      { path: 'input.closesAt', code: 'INCONSISTENT', message: 'debe ser posterior a opensAt' },
    ]);
  });
});

describe('over the WebSocket', () => {
  /** Runs one operation over graphql-transport-ws and returns its errors. */
  async function overWebSocket(query: string, variables: Record<string, unknown>, token: string): Promise<unknown[]> {
    const ws = new WebSocket(app.url.replace('http', 'ws') + '/graphql', 'graphql-transport-ws');
    try {
      return await new Promise((resolve, reject) => {
        ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } })));
        ws.on('message', (data) => {
          const m = JSON.parse(String(data)) as { type: string; payload?: unknown };
          if (m.type === 'connection_ack') ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables } }));
          else if (m.type === 'error') resolve(m.payload as unknown[]);
          else if (m.type === 'next') resolve((m.payload as { errors?: unknown[] }).errors ?? []);
        });
        ws.on('close', (code) => reject(new Error(`cerrado: ${code}`)));
        setTimeout(() => reject(new Error('sin respuesta')), 5000).unref();
      });
    } finally {
      ws.terminate();
    }
  }

  it('gives the same errors as HTTP: a bad variable, a class-validator refusal and a bad subscription filter', async () => {
    const page = 'query T($first: Int!) { territorialEntities(first: $first) { totalCount } }';
    for (const first of ['diez', 101]) {
      const http = await executeText(app.url, page, { first }, { token: member });
      expect(http.errors![0].extensions!.problems).toEqual([expect.objectContaining({ path: 'first' })]);
      expect(await overWebSocket(page, { first }, member)).toEqual(http.errors);
    }
    const subscription = 'subscription S($filter: CaseChangeFilter) { caseChanged(filter: $filter) { caseId } }';
    expect(await overWebSocket(subscription, { filter: { process: 'NOPE' } }, coordinator)).toEqual([
      {
        message: expect.stringMatching(/^La variable "\$filter" trae un valor inválido/),
        locations: expect.any(Array),
        extensions: {
          code: 'BAD_USER_INPUT',
          problems: [{ path: 'filter.process', code: 'NOT_ALLOWED', message: 'no es un valor de Process' }],
        },
      },
    ]);
  });
});
