import { Role } from '../../src/core/auth/principal';
import { errorCode, executeText, type GraphQLResponse } from '../support/http';
import { generated, openWorkbook, sheetValues } from '../support/reports';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { settled } from '../support/time-travel';
import { actors, municipalities, sendEvent, type Actors } from '../support/workflow';

/*
 * Progress across cycles through the real HTTP API: each Índice entry against the entity's
 * previous participation, the first-timer and repeater counts, `territorialEntity {
 * maturityHistory }` with its visibility, and the Índice report's change columns.
 *
 * The cycles answer a one-question model (a percentage, weight 1), so an assessment's index IS its
 * answer: every figure below is written by hand from this table (— : no validated assessment).
 *
 *            2080 (never published)   2081   2082   2083
 *   E1                 —               40     52.5   50
 *   E2                 —               60     55     90
 *   E3                 —               60     —      50     (skips 2082)
 *   E4                 70              —      70     80     (2080 does not count: never published)
 *   E5                 —               30     30     —
 *   E6                 —               —      —      50.5   (new in 2083)
 *
 * Ranks (ties share a place): 2081 E2 1, E3 1, E1 3, E5 4; 2082 E4 1, E2 2, E1 3, E5 4;
 * 2083 E2 1, E4 2, E6 3, E1 4, E3 4.
 */

const DAY = 24 * 3600 * 1000;
const MODEL_VERSION = '2090.1';
const QUESTION = 'AVA-01';

const TINY_MODEL = {
  version: MODEL_VERSION,
  title: 'Modelo de una pregunta (progreso entre vigencias)',
  scale: [0, 1, 2, 3, 4].map((value) => ({ value, label: `Valor ${value}` })),
  levels: [
    { level: 1, name: 'Bajo', min: 0, max: 25 },
    { level: 2, name: 'Medio', min: 25, max: 50 },
    { level: 3, name: 'Alto', min: 50, max: 75 },
    { level: 4, name: 'Muy alto', min: 75, max: 100 },
  ],
  dimensions: [
    {
      id: 'AVANCE',
      name: 'Avance',
      weight: 1,
      subdimensions: [
        {
          id: 'AVA.GENERAL',
          name: 'General',
          weight: 1,
          questions: [
            {
              id: QUESTION,
              text: '¿Qué porcentaje de la estrategia CTI de la entidad está en marcha?',
              type: 'PERCENTAGE',
              lens: 'RESULTS',
              weight: 1,
              required: true,
              evidenceRequired: false,
            },
          ],
        },
      ],
    },
  ],
};

const ENTRY_FIELDS = `rank entityCode index progress { firstParticipation previousCycleYear previousIndex previousLevel previousRank indexChange rankChange }`;
const INDEX = `query I($id: ID!) { cycle(id: $id) { index(first: 50, orderBy: INDEX_DESC) { firstTimers repeaters totalCount edges { node { ${ENTRY_FIELDS} } } } } }`;
const HISTORY = `query H($code: String!) { territorialEntity(code: $code) { code maturityHistory { year published index level levelName rank firstParticipation previousCycleYear previousIndex previousRank indexChange rankChange } } }`;

interface Progress {
  firstParticipation: boolean;
  previousCycleYear: number | null;
  previousIndex: number | null;
  previousLevel: number | null;
  previousRank: number | null;
  indexChange: number | null;
  rankChange: number | null;
}
interface Entry {
  rank: number;
  entityCode: string;
  index: number;
  progress: Progress;
}
interface HistoryEntry extends Omit<Progress, 'previousLevel'> {
  year: number;
  published: boolean;
  index: number;
  level: number;
  levelName: string;
  rank: number | null;
}

let app: TestSystem;
let coordinator: string;
/** E1…E6 (index 0 is E1). */
let codes: string[];
let people: Actors[];
const cycles: Record<number, string> = {};

function ok<T>(res: GraphQLResponse<T>, what: string): T {
  if (res.errors?.length) throw new Error(`${what}: ${errorCode(res)} ${res.errors[0].message}`);
  return res.data!;
}

async function openCycle(year: number): Promise<string> {
  const now = Date.now();
  const res = await executeText(
    app.url,
    `mutation O($input: OpenCycleInput!) { openCycle(input: $input) { id } }`,
    {
      input: {
        year,
        opensAt: new Date(now - DAY).toISOString(),
        closesAt: new Date(now + 60 * DAY).toISOString(),
        modelVersion: MODEL_VERSION,
      },
    },
    { token: coordinator },
  );
  return (ok(res, 'openCycle') as { openCycle: { id: string } }).openCycle.id;
}

/** A validated assessment of entity `e` (0-based) in a cycle whose only answer is `percent`: its index. */
async function validated(e: number, cycleId: string, percent: number): Promise<void> {
  const who = people[e];
  const started = ok(
    await executeText(
      app.url,
      `mutation S($input: StartAssessmentInput!) { startAssessment(input: $input) { case { id } } }`,
      { input: { cycleId } },
      { token: who.member },
    ),
    'startAssessment',
  ) as { startAssessment: { case: { id: string } } };
  const caseId = started.startAssessment.case.id;
  ok(
    await executeText(
      app.url,
      `mutation A($input: SaveAssessmentAnswersInput!) { saveAssessmentAnswers(input: $input) { id } }`,
      { input: { caseId, answers: [{ questionId: QUESTION, value: percent }] } },
      { token: who.member },
    ),
    'saveAssessmentAnswers',
  );
  for (const [token, event] of [
    [who.representative, 'SUBMIT'],
    [coordinator, 'START_REVIEW'],
    [coordinator, 'VALIDATE'],
  ] as const) {
    ok(await sendEvent(app, token, 'MATURITY_ASSESSMENT', caseId, event), event);
  }
}

async function closeAndPublish(year: number, publish = true): Promise<void> {
  ok(
    await executeText(app.url, `mutation C($id: ID!) { closeCycle(id: $id) { expired } }`, { id: cycles[year] }, { token: coordinator }),
    'closeCycle',
  );
  if (!publish) return;
  ok(
    await executeText(
      app.url,
      `mutation P($input: PublishCycleIndexInput!) { publishCycleIndex(input: $input) { id } }`,
      { input: { cycleId: cycles[year] } },
      { token: coordinator },
    ),
    'publishCycleIndex',
  );
}

async function indexOf(year: number, token = coordinator) {
  const data = ok(await executeText(app.url, INDEX, { id: cycles[year] }, { token }), `index ${year}`) as {
    cycle: { index: { firstTimers: number; repeaters: number; totalCount: number; edges: { node: Entry }[] } };
  };
  const index = data.cycle.index;
  return { ...index, entries: new Map(index.edges.map((e) => [e.node.entityCode, e.node])) };
}

async function historyOf(e: number, token: string): Promise<HistoryEntry[]> {
  const data = ok(await executeText(app.url, HISTORY, { code: codes[e] }, { token }), 'maturityHistory') as {
    territorialEntity: { maturityHistory: HistoryEntry[] };
  };
  return data.territorialEntity.maturityHistory;
}

const first: Progress = {
  firstParticipation: true,
  previousCycleYear: null,
  previousIndex: null,
  previousLevel: null,
  previousRank: null,
  indexChange: null,
  rankChange: null,
};

beforeAll(async () => {
  app = await startTestSystem({}, { worker: true });
  coordinator = await app.token(Role.COORDINATOR);
  ok(
    await executeText(
      app.url,
      `mutation M($input: PublishMaturityModelInput!) { publishMaturityModel(input: $input) { created } }`,
      { input: { definition: JSON.stringify(TINY_MODEL) } },
      { token: coordinator },
    ),
    'publishMaturityModel',
  );
  codes = (await municipalities(app, 6)).slice(0, 6);
  people = await Promise.all(codes.map((c) => actors(app, c)));
  for (const year of [2080, 2081, 2082, 2083]) cycles[year] = await openCycle(year);

  // 2080: only E4, never published.
  await validated(3, cycles[2080], 70);
  await closeAndPublish(2080, false);
  // 2081
  await validated(0, cycles[2081], 40);
  await validated(1, cycles[2081], 60);
  await validated(2, cycles[2081], 60);
  await validated(4, cycles[2081], 30);
  await closeAndPublish(2081);
  // 2082 (E3 skips it)
  await validated(0, cycles[2082], 52.5);
  await validated(1, cycles[2082], 55);
  await validated(3, cycles[2082], 70);
  await validated(4, cycles[2082], 30);
  await closeAndPublish(2082);
  // 2083 (E5 does not take part; E6 is new); published in a test below.
  await validated(0, cycles[2083], 50);
  await validated(1, cycles[2083], 90);
  await validated(2, cycles[2083], 50);
  await validated(3, cycles[2083], 80);
  await validated(5, cycles[2083], 50.5);
  await closeAndPublish(2083, false);
}, 180_000);
afterAll(() => app?.stop());

describe('progress across cycles in the Índice', () => {
  it('2081: every entity takes part for the first time (2080 was never published)', async () => {
    const index = await indexOf(2081);
    expect([index.firstTimers, index.repeaters, index.totalCount]).toEqual([4, 0, 4]);
    expect(index.edges.map((e) => [e.node.entityCode, e.node.rank, e.node.index])).toEqual([
      [codes[1], 1, 60],
      [codes[2], 1, 60],
      [codes[0], 3, 40],
      [codes[4], 4, 30],
    ]);
    for (const e of index.edges) expect(e.node.progress).toEqual(first);
  });

  it('2082: change against 2081; E4, validated only in the unpublished 2080, takes part for the first time', async () => {
    const index = await indexOf(2082);
    expect([index.firstTimers, index.repeaters]).toEqual([1, 3]);
    expect(index.entries.get(codes[3])).toEqual({ rank: 1, entityCode: codes[3], index: 70, progress: first });
    expect(index.entries.get(codes[1])!.progress).toEqual({
      firstParticipation: false,
      previousCycleYear: 2081,
      previousIndex: 60,
      previousLevel: 3,
      previousRank: 1,
      indexChange: -5,
      rankChange: -1,
    });
    expect(index.entries.get(codes[0])!.progress).toEqual({
      firstParticipation: false,
      previousCycleYear: 2081,
      previousIndex: 40,
      previousLevel: 2,
      previousRank: 3,
      indexChange: 12.5,
      rankChange: 0,
    });
    expect(index.entries.get(codes[4])!.progress).toEqual({
      firstParticipation: false,
      previousCycleYear: 2081,
      previousIndex: 30,
      previousLevel: 2,
      previousRank: 4,
      indexChange: 0,
      rankChange: 0,
    });
  });

  it('2083 (provisional, for the ministry): E3 is compared with 2081 across the cycle it skipped; ties share a place; E6 is new', async () => {
    const index = await indexOf(2083);
    expect([index.firstTimers, index.repeaters, index.totalCount]).toEqual([1, 4, 5]);
    expect(index.edges.map((e) => [e.node.entityCode, e.node.rank])).toEqual([
      [codes[1], 1],
      [codes[3], 2],
      [codes[5], 3],
      [codes[0], 4],
      [codes[2], 4],
    ]);
    expect(Object.fromEntries(index.edges.map((e) => [e.node.entityCode, e.node.progress]))).toEqual({
      [codes[1]]: {
        firstParticipation: false,
        previousCycleYear: 2082,
        previousIndex: 55,
        previousLevel: 3,
        previousRank: 2,
        indexChange: 35,
        rankChange: 1,
      },
      [codes[3]]: {
        firstParticipation: false,
        previousCycleYear: 2082,
        previousIndex: 70,
        previousLevel: 3,
        previousRank: 1,
        indexChange: 10,
        rankChange: -1,
      },
      [codes[5]]: first,
      [codes[0]]: {
        firstParticipation: false,
        previousCycleYear: 2082,
        previousIndex: 52.5,
        previousLevel: 3,
        previousRank: 3,
        indexChange: -2.5,
        rankChange: -1,
      },
      [codes[2]]: {
        firstParticipation: false,
        previousCycleYear: 2081,
        previousIndex: 60,
        previousLevel: 3,
        previousRank: 1,
        indexChange: -10,
        rankChange: -3,
      },
    });
  });

  it('before 2083 is published an entity may not read its Índice, progress included', async () => {
    const res = await executeText(app.url, INDEX, { id: cycles[2083] }, { token: people[2].member });
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(JSON.stringify(res.data ?? null)).not.toContain('previousIndex');
  });
});

describe('maturityHistory', () => {
  const e3In2081: HistoryEntry = {
    year: 2081,
    published: true,
    index: 60,
    level: 3,
    levelName: 'Alto',
    rank: 1,
    firstParticipation: true,
    previousCycleYear: null,
    previousIndex: null,
    previousRank: null,
    indexChange: null,
    rankChange: null,
  };
  const e3In2083 = {
    year: 2083,
    index: 50,
    level: 3,
    levelName: 'Alto',
    firstParticipation: false,
    previousCycleYear: 2081,
    previousIndex: 60,
    previousRank: 1,
    indexChange: -10,
  };

  it('before 2083 is published: another entity sees only published cycles; the entity sees its own 2083 without rank; the ministry with it', async () => {
    expect(await historyOf(2, people[0].member)).toEqual([e3In2081]);
    expect(await historyOf(2, people[2].member)).toEqual([e3In2081, { ...e3In2083, published: false, rank: null, rankChange: null }]);
    expect(await historyOf(2, coordinator)).toEqual([e3In2081, { ...e3In2083, published: false, rank: 4, rankChange: -3 }]);
    expect(await historyOf(2, people[2].auditor)).toEqual([e3In2081, { ...e3In2083, published: false, rank: 4, rankChange: -3 }]);
    // E4's validated assessment of 2080, a cycle never published: only E4 itself and the ministry see it.
    const e4Outside = await historyOf(3, people[1].representative);
    expect(e4Outside.map((h) => h.year)).toEqual([2082]);
    const e4Own = await historyOf(3, people[3].member);
    expect(e4Own.map((h) => [h.year, h.published, h.index, h.firstParticipation, h.rank])).toEqual([
      [2080, false, 70, true, null],
      [2082, true, 70, true, 1],
      [2083, false, 80, false, null],
    ]);
    // E6's only validated assessment is of 2083, not yet published: to another entity its history is empty.
    expect(await historyOf(5, people[0].member)).toEqual([]);
  });

  it('once 2083 is published everyone sees it, with its rank and change; the Índice is readable by an entity', async () => {
    await closeAndPublish(2083);
    const published = { ...e3In2083, published: true, rank: 4, rankChange: -3 };
    expect(await historyOf(2, people[0].member)).toEqual([e3In2081, published]);
    expect(await historyOf(2, people[2].member)).toEqual([e3In2081, published]);
    const e6 = await historyOf(5, people[4].member);
    expect(e6).toEqual([
      {
        year: 2083,
        published: true,
        index: 50.5,
        level: 3,
        levelName: 'Alto',
        rank: 3,
        firstParticipation: true,
        previousCycleYear: null,
        previousIndex: null,
        previousRank: null,
        indexChange: null,
        rankChange: null,
      },
    ]);
    const index = await indexOf(2083, people[4].member);
    expect([index.firstTimers, index.repeaters]).toEqual([1, 4]);
    expect(index.entries.get(codes[2])!.progress).toMatchObject({ previousCycleYear: 2081, indexChange: -10, rankChange: -3 });
  });

  it('a list of entities with their histories costs the same SQL statements for 4 entities as for 6 (DataLoaders, no N+1)', async () => {
    const LIST = `query L($first: Int!) { territorialEntities(first: $first, filter: { departmentCode: "05", kind: MUNICIPALITY }) { edges { node { code maturityHistory { year index rank indexChange firstParticipation } } } } }`;
    const knex = () => app.system.orm.em.getKnex();
    const count = async (first: number) => {
      // The validations' notifications are mailed by the worker in this process: done before counting.
      await settled(app);
      const statements: string[] = [];
      // The worker shares this process's connection: its relay's polls are not the query's.
      const listener = (q: { sql: string }) => {
        if (!/\boutbox\b/.test(q.sql)) statements.push(q.sql);
      };
      knex().on('query', listener);
      let edges: { node: { code: string; maturityHistory: { year: number }[] } }[];
      try {
        edges = (
          ok(await executeText(app.url, LIST, { first }, { token: coordinator }), 'territorialEntities') as {
            territorialEntities: { edges: typeof edges };
          }
        ).territorialEntities.edges;
      } finally {
        knex().removeListener('query', listener);
      }
      // E1…E4 reach every cycle (E4's 2080 included), so both sizes read the same cycles.
      expect(edges.map((e) => e.node.code)).toEqual(codes.slice(0, first));
      expect(edges.every((e) => e.node.maturityHistory.length > 0)).toBe(true);
      if (process.env.DEBUG_STATEMENTS) console.log(first, statements.join('\n'));
      return statements.length;
    };
    await count(4);
    const few = await count(4);
    const many = await count(6);
    expect(few).toBeGreaterThan(0);
    expect(many).toBe(few);
  });
});

describe('the Índice report', () => {
  it("the coordinator's XLSX has the change columns and the first-timer and repeater counts", async () => {
    const { file } = await generated(app, coordinator, { kind: 'CTI_INDEX', format: 'XLSX', cycleId: cycles[2083] });
    const book = await openWorkbook(file);
    const summary = sheetValues(book.getWorksheet('Resumen')!);
    const at = summary.findIndex((r) => r[0] === 'Participación');
    expect(at).toBeGreaterThan(0);
    expect(summary.slice(at + 1, at + 3)).toEqual([
      ['Por primera vez', 1],
      ['Nuevamente (participaron en una vigencia anterior publicada)', 4],
    ]);
    const rows = sheetValues(book.getWorksheet('Ranking')!);
    expect(rows[0].slice(0, 13)).toEqual([
      'Puesto',
      'Código DIVIPOLA',
      'Entidad',
      'Departamento',
      'Tipo',
      'Índice',
      'Nivel',
      'Vigencia anterior',
      'Índice anterior',
      'Cambio del índice (puntos)',
      'Puesto anterior',
      'Cambio de puesto',
      'Primera participación',
    ]);
    // Empty cells read as undefined.
    expect(rows.slice(1).map((r) => [r[1], r[0], r[5], ...r.slice(7, 13)])).toEqual([
      [codes[1], 1, 90, 2082, 55, 35, 2, 1, 'No'],
      [codes[3], 2, 80, 2082, 70, 10, 1, -1, 'No'],
      [codes[5], 3, 50.5, undefined, undefined, undefined, undefined, undefined, 'Sí'],
      [codes[0], 4, 50, 2082, 52.5, -2.5, 3, -1, 'No'],
      [codes[2], 4, 50, 2081, 60, -10, 1, -3, 'No'],
    ]);
    expect(book.getWorksheet('Ranking')!.getCell('J2').numFmt).toBe('+0.00;-0.00;0.00');
  });

  it("an entity's own report shows its own change (CSV)", async () => {
    const { file } = await generated(app, people[2].member, { kind: 'CTI_INDEX', format: 'CSV', cycleId: cycles[2083] });
    const text = file.toString('utf8').replace(/^\uFEFF/, '');
    const [head, row, ...rest] = text.trim().split('\r\n');
    expect(rest).toEqual([]);
    expect(head.split(';').slice(7, 13)).toEqual([
      'Vigencia anterior',
      'Índice anterior',
      'Cambio del índice (puntos)',
      'Puesto anterior',
      'Cambio de puesto',
      'Primera participación',
    ]);
    expect(row.split(';').slice(7, 13)).toEqual(['2081', '60,00', '-10,00', '1', '-3', 'No']);
  });
});
