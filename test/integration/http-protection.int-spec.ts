import { Role } from '../../src/core/auth/principal';
import { QUERY_LIMITS } from '../../src/core/graphql/armor';
import { errorCode, executeText, postRaw } from '../support/http';
import { startTestSystem, type TestSystem } from '../support/test-system';

let app: TestSystem;
let token: string;

beforeAll(async () => {
  app = await startTestSystem();
  token = await app.token(Role.AUDITOR);
});
afterAll(() => app?.stop());

describe('HTTP and query protection', () => {
  it('answers a malformed JSON body with 400', async () => {
    const res = await postRaw(app.url, '{"query": "{ me { role } }"', { token });
    expect(res.status).toBe(400);
    expect(errorCode(res)).toBe('BAD_REQUEST');
    expect(res.errors![0].message).toBe('El cuerpo de la solicitud no es JSON válido');
  });

  it('answers a body over the size limit with 413 without parsing it', async () => {
    const res = await postRaw(app.url, JSON.stringify({ query: `{ me { role } } # ${'x'.repeat(120_000)}` }), { token });
    expect(res.status).toBe(413);
  });

  it('answers other body failures as JSON with their status, never an HTML page with a stack', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-encoding': 'foo', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ me { role } }' }),
    });
    expect(res.status).toBe(415);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({
      errors: [{ message: 'Codificación del cuerpo no admitida', extensions: { code: 'BAD_REQUEST' } }],
    });
    expect(text).not.toMatch(/node_modules|at /);
  });

  it('rejects an unknown field as a validation error, without suggesting field names', async () => {
    const res = await executeText(app.url, '{ territorialEntities { totalCont } }', undefined, { token });
    expect(res.status).toBe(400);
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors![0].message).toContain('totalCont');
    expect(res.errors![0].message).not.toMatch(/Did you mean/);
  });

  it('rejects an over-deep query before executing it', async () => {
    // Depth is counted in fields (fragments, as clients compose screens with them, are not levels):
    // entity → journey → assessment → entity… nests as deep as one likes.
    let selection = 'code';
    for (let i = 0; i < Math.ceil(QUERY_LIMITS.maxDepth / 3); i++) selection = `journey { assessment { entity { ${selection} } } }`;
    const deep = `{ me { entity { ${selection} } } }`;
    const res = await executeText(app.url, deep, undefined, { token });
    expect(res.status).toBe(400);
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors![0].message).toMatch(/^Error de sintaxis: la consulta anida \d+ niveles; el máximo es 10\.$/);
  });

  it('answers a subscription sent over HTTP with 400 and where it goes, not an internal error', async () => {
    const res = await executeText(app.url, 'subscription { notificationAdded { id } }', undefined, { token });
    expect(res.status).toBe(400);
    expect(errorCode(res)).toBe('BAD_REQUEST');
    expect(res.errors![0].message).toMatch(/WebSocket \(graphql-ws\)/);
  });

  it('rejects an over-aliased query before executing it', async () => {
    const aliases = Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: me { role }`).join(' ');
    const res = await executeText(app.url, `{ ${aliases} }`, undefined, { token });
    expect(res.status).toBe(400);
    expect(errorCode(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors![0].message).toMatch(/la consulta usa 16 alias; el máximo es 15\.$/);
  });

  it('rejects a query over the token limit', async () => {
    const fields = Array.from({ length: QUERY_LIMITS.maxTokens }, () => 'role').join(' ');
    const res = await executeText(app.url, `{ me { ${fields} } }`, undefined, { token });
    expect(res.status).toBe(400);
    expect(errorCode(res)).toBe('GRAPHQL_PARSE_FAILED');
    expect(res.errors![0].message).toMatch(/la consulta tiene más de \d+ símbolos/);
  });

  it('rejects a query over the cost limit', async () => {
    const page = 'territorialEntities(first: 100) { edges { node { code name kind latitude longitude departmentName } } }';
    const aliases = Array.from({ length: QUERY_LIMITS.maxAliases }, (_, i) => `p${i}: ${page}`).join(' ');
    const res = await executeText(app.url, `{ ${aliases} }`, undefined, { token });
    expect(res.status).toBe(400);
    expect(res.errors![0].message).toMatch(/^La consulta cuesta \d+; el máximo es 40000 /);
  });

  it('refuses a GET query without a CSRF-safe header', async () => {
    const res = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ me { role } }')}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/);
  });

  it('hides internal details of unexpected failures', async () => {
    // A system of its own whose table is gone before the directory is first loaded from it.
    const broken = await startTestSystem();
    try {
      await broken.system.orm.em.getConnection().execute('drop table territorial_entity');
      const res = await executeText(broken.url, '{ territorialEntity(code: "05001") { name } }', undefined, {
        token: await broken.token(Role.AUDITOR),
      });
      expect(errorCode(res)).toBe('INTERNAL_SERVER_ERROR');
      expect(res.errors![0].message).toBe('Error interno del servidor');
      expect(JSON.stringify(res)).not.toMatch(/territorial_entity|select|stack/i);
    } finally {
      await broken.stop();
    }
  });
});
