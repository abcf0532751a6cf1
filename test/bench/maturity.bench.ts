/**
 * Índice CTI benchmark: `npm run bench:index`.
 *
 * It runs the compiled build (`dist/test/bench/maturity.bench.js`) with NODE_ENV=production against
 * a throwaway PostgreSQL cluster with its durable defaults and the real service started in this
 * process (`startSystem`: a private redis-server, migrations, DIVIPOLA and the default maturity
 * model; no worker). A cycle is opened through the service (so it freezes the model version); then
 * one validated MATURITY_ASSESSMENT per applicant entity (every alcaldía and gobernación: 1,135),
 * each with an answer to every question of the model (60) from `sampleAnswers`, is written with
 * bulk SQL: the cases carry the persisted snapshot of `validated` computed once by the registry's
 * machine. Maturities are spread over the whole scale and a few entities answer exactly as another
 * one does, so the Índice has ties. Then, each next to a baseline measured in the same run:
 *
 *   1. Scoring. `CtiIndexService.rescoreCycle` (read every validated case and its answers, score
 *      them with the frozen model, replace and store every score in one transaction) runs three
 *      times; each run is checked by SQL (N rows in assessment_score, N × (dimensions +
 *      sub-dimensions) in assessment_part_score, stored indexes equal to the in-memory ones).
 *      Split: `answersByCase` alone, and the pure `scoreRows` computation alone (in memory).
 *      Baseline: the same volume of plain I/O without our code, in one transaction: one SELECT of
 *      the cycle's answer rows (case_id, question_id, value), then N + N × parts rows of the same
 *      shapes inserted with knex in the service's batch sizes into scratch copies of the two score
 *      tables: temporary ones (`create temporary table … (like …)`, not WAL-logged), and ordinary
 *      logged ones emptied first, as the rescoring replaces the previous scores.
 *   2. The Índice query (after ANALYZE of the score tables, as autovacuum would soon do).
 *      autocannon, in a worker thread (see api.bench.ts for why), with BENCH_CONNECTIONS
 *      connections for BENCH_DURATION seconds (after a discarded warm-up) against POST /graphql as
 *      a coordinator: the first 50 of the cycle's Índice by index with each entry's entity and
 *      dimension scores. The answer is verified once against SQL before the load, and every answer
 *      under load must be byte-identical to it (autocannon's expectBody). If the API refuses the
 *      issue's query as written (`first: 50` literal) before running it, that is reported (NO
 *      CUMPLE) and the same query with `first` as a variable is measured instead. Baseline: the
 *      same service, connections and duration answering a trivial authenticated query on the same
 *      cycle (`cycle(id) { id year }`). Between loads the benchmark waits for the service to finish
 *      what autocannon left in flight. Last, both queries one at a time on one connection: the
 *      latency of a request on its own.
 *
 * CPU used by this process (the service and autocannon's thread), PostgreSQL, Redis and anything
 * else on the machine is read from /proc for each phase; other processes' use is reported and
 * warned about, because it makes the figures pessimistic.
 *
 * Environment: BENCH_ASSESSMENTS (unset: every applicant entity, 1,135 in DIVIPOLA; a smaller
 * number takes that many, spread over the directory), BENCH_DURATION (measured seconds per load
 * phase, 10), BENCH_WARMUP (seconds, 3), BENCH_CONNECTIONS (16), BENCH_TIMEOUT (seconds for the
 * whole run, 300: past it the run stops, cleans up and exits 1).
 *
 * It is a report, not a test: a missed target prints NO CUMPLE and still exits 0; a check that does
 * not add up, or any failed, non-2xx or different answer under load, exits 1.
 */
import 'reflect-metadata';

import { randomUUID } from 'node:crypto';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Knex } from '@mikro-orm/knex';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { initialTransition, transition } from 'xstate';

import { Role, type Principal } from '../../src/core/auth/principal';
import { fromGlobalId } from '../../src/core/graphql/global-ids';
import { persist } from '../../src/core/workflow/definition';
import { answersByCase, ASSESSMENT, scoreRows } from '../../src/modules/maturity/assessment.service';
import type { MaturityModel } from '../../src/modules/maturity/maturity-model';
import { sampleAnswers } from '../../src/modules/maturity/sample-answers';
import { TerritorialEntityKind } from '../../src/modules/territorial-entities/territorial-entity-kind';
import { startSystem, type System } from '../../src/system';
import { type PostgresCluster } from '../support/postgres';
import {
  benchConfig,
  cleanUpOnExit,
  enrolledTokens,
  intFromEnv,
  percentile,
  reportStopFailure,
  runExitCleanups,
  sampleCpu,
  secondsFromEnv,
  sleep,
  startBenchPostgres,
  startWatchdog,
  stopBenchPostgres,
  tempRoot,
  type CpuSample,
} from './bench-support';

const ASSESSMENTS_SET = (process.env.BENCH_ASSESSMENTS ?? '').trim() !== '';
const ASSESSMENTS = intFromEnv('BENCH_ASSESSMENTS', 1135, 1, 100_000);
const DURATION_SECONDS = secondsFromEnv('BENCH_DURATION', 10, { positive: true, max: 3600 });
const WARMUP_SECONDS = secondsFromEnv('BENCH_WARMUP', 3, { max: 600 });
const CONNECTIONS = intFromEnv('BENCH_CONNECTIONS', 16, 1, 1000);
const TIMEOUT_S = secondsFromEnv('BENCH_TIMEOUT', 300, { positive: true, max: 7200 });

const TARGET_SCORING_MS = 5000;
const TARGET_P99_MS = 50;
const SCORING_RUNS = 3;
/** Requests sent one at a time to measure a request's own latency. */
const ALONE_REQUESTS = 100;
/** Average cores used by other processes above which a phase's figures are flagged. */
const OTHERS_TOLERANCE_CORES = 0.1;
/** The batch sizes of `rescoreCycle`'s inserts, which the baseline copies. */
const SCORE_BATCH = 500;
const PART_BATCH = 2000;
/** One entity in this many answers exactly as the previous one, so the Índice has ties. */
const TWIN_EVERY = 97;

const PAGE = 50;
const INDEX_QUERY =
  'query($id: ID!) { cycle(id: $id) { index(first: 50, orderBy: INDEX_DESC) { totalCount edges { cursor node { rank entityCode index level levelName entity { name departmentName } scores { dimension score level } } } pageInfo { hasNextPage endCursor } } } }';
/**
 * The same query with `first` as a variable: the same resolvers, SQL and answer. graphql-armor's cost
 * limit multiplies a field's cost by a literal `first` only, so this form passes where the literal
 * one may not; it is what is measured when the service refuses the literal one.
 */
const INDEX_QUERY_VARIABLE = INDEX_QUERY.replace('query($id: ID!)', 'query($id: ID!, $first: Int!)').replace(
  'index(first: 50,',
  'index(first: $first,',
);
const TRIVIAL_QUERY = 'query($id: ID!) { cycle(id: $id) { id year } }';

const JWT_SECRET = 'bench-secret-bench-secret-bench-secret-01';
const DATABASE = 'cti_bench_index';
const DAY_MS = 24 * 3600 * 1000;
const COORDINATOR: Principal = { subject: 'coordinador@bench', role: Role.COORDINATOR, entityCode: null };

const fmtMs = (ms: number) =>
  Number.isFinite(ms)
    ? ms >= 10_000
      ? `${(ms / 1000).toFixed(1)} s`
      : ms >= 1000
        ? `${(ms / 1000).toFixed(2)} s`
        : `${ms.toFixed(ms >= 100 ? 0 : 1)} ms`
    : '-';
const fmtInt = (n: number) => n.toLocaleString('es-CO');
const fmtRatio = (r: number) => (Number.isFinite(r) ? `×${r.toFixed(2)}` : '-');
const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );

cleanUpOnExit();

// ───────────────────────────── CPU accounting ─────────────────────────────

interface CpuUse {
  node: number;
  postgres: number;
  redis: number;
  others: number;
}

/** Average cores busy between two samples. */
function cpuUse(a: CpuSample, b: CpuSample): CpuUse {
  const seconds = Math.max(1e-3, (b.at - a.at) / 1000);
  const cores = (k: keyof CpuSample) => (b[k] - a[k]) / 1000 / seconds;
  return {
    node: cores('node'),
    postgres: cores('postgres'),
    redis: cores('redis'),
    others: Math.max(0, cores('machine') - cores('node') - cores('postgres') - cores('redis')),
  };
}

const cpuText = (c: CpuUse) =>
  `núcleos: este proceso ${c.node.toFixed(2)} · PostgreSQL ${c.postgres.toFixed(2)} · Redis ${c.redis.toFixed(2)} · otros procesos ${c.others.toFixed(2)}${c.others > OTHERS_TOLERANCE_CORES ? ' ⚠' : ''}`;

/** Phases during which other processes used more than the tolerance, for the final warning. */
const busyPhases: { phase: string; others: number }[] = [];

function noteCpu(phase: string, c: CpuUse): string {
  if (c.others > OTHERS_TOLERANCE_CORES) busyPhases.push({ phase, others: c.others });
  return cpuText(c);
}

// ───────────────────────────── seeding ─────────────────────────────

interface Applicant {
  code: string;
  departmentCode: string;
  name: string;
  kind: string;
}

interface SeededCase extends Applicant {
  caseId: string;
}

/** The persisted snapshot of an assessment after CREATED, SUBMIT, START_REVIEW, VALIDATE (the runtime stores the same), and its machine version. */
function validatedTemplate(system: System) {
  const { machine, version } = system.api.services.registry.latest(ASSESSMENT);
  let [snapshot] = initialTransition(machine, { entityCode: '00000' });
  for (const event of [{ type: 'SUBMIT' }, { type: 'START_REVIEW' }, { type: 'VALIDATE' }])
    [snapshot] = transition(machine, snapshot, event);
  if (snapshot.value !== 'validated' || snapshot.status !== 'done')
    throw new Error(`la máquina no llegó a validated (quedó en ${JSON.stringify(snapshot.value)})`);
  return { machineVersion: version, snapshot: persist(snapshot), caseVersion: 4 };
}

/** Which applicants get an assessment: all of them, or `count` spread evenly over the directory. */
function pick(applicants: Applicant[], count: number): Applicant[] {
  if (count >= applicants.length) return applicants;
  return Array.from({ length: count }, (_, k) => applicants[Math.floor((k * applicants.length) / count)]);
}

/** Maturity of the k-th entity, spread over 0.05–0.95 (golden-ratio steps), and whose answers it copies (its own code or a twin's). */
function profile(k: number, cases: SeededCase[]): { seed: string; maturity: number } {
  const j = k % TWIN_EVERY === TWIN_EVERY - 1 ? k - 1 : k;
  return { seed: cases[j].code, maturity: 0.05 + 0.9 * ((j * 0.6180339887) % 1) };
}

/** Writes the validated cases and their answers with bulk SQL, in one transaction; returns the cases. */
async function seed(
  knex: Knex,
  system: System,
  model: MaturityModel,
  cycleId: string,
  year: number,
  chosen: Applicant[],
): Promise<{ cases: SeededCase[]; answers: number; twins: number }> {
  const template = validatedTemplate(system);
  const cases: SeededCase[] = chosen.map((a) => ({ ...a, caseId: randomUUID() }));
  const createdAt = new Date(Date.UTC(year, 2, 1, 15));
  const validatedAt = new Date(Date.UTC(year, 5, 20, 15));
  let answers = 0;
  let twins = 0;
  await knex.transaction(async (trx) => {
    await trx.raw(
      `insert into workflow_case (id, process, machine_version, entity_code, department_code, cycle_id, call_id, state, final, snapshot, version, assignee, open_key, created_by, created_at, updated_at)
       select u.id, ?::text, ?::int, u.code, u.dept, ?::uuid, null, 'validated', true,
              jsonb_set(?::jsonb, '{context,entityCode}', to_jsonb(u.code)), ?::int, null, null,
              'representante-' || u.code || '@bench', ?::timestamptz, ?::timestamptz
         from unnest(?::uuid[], ?::text[], ?::text[]) as u(id, code, dept)`,
      [
        ASSESSMENT,
        template.machineVersion,
        cycleId,
        JSON.stringify(template.snapshot),
        template.caseVersion,
        createdAt.toISOString(),
        validatedAt.toISOString(),
        cases.map((c) => c.caseId),
        cases.map((c) => c.code),
        cases.map((c) => c.departmentCode),
      ],
    );
    const columns = {
      caseId: [] as string[],
      questionId: [] as string[],
      value: [] as number[],
      evidence: [] as string[],
      by: [] as string[],
    };
    const flush = async () => {
      if (!columns.caseId.length) return;
      await trx.raw(
        `insert into assessment_answer (case_id, question_id, value, evidence, answered_by, answered_at)
         select u.c, u.q, u.v, u.e, u.b, ?::timestamptz from unnest(?::uuid[], ?::text[], ?::float8[], ?::jsonb[], ?::text[]) as u(c, q, v, e, b)`,
        [createdAt.toISOString(), columns.caseId, columns.questionId, columns.value, columns.evidence, columns.by],
      );
      answers += columns.caseId.length;
      for (const list of Object.values(columns)) list.length = 0;
    };
    for (let k = 0; k < cases.length; k++) {
      const p = profile(k, cases);
      if (p.seed !== cases[k].code) twins++;
      for (const a of sampleAnswers(model, p.seed, p.maturity, { evidenceDate: `${year}-03-15` })) {
        const q = model.questions.get(a.questionId)!;
        columns.caseId.push(cases[k].caseId);
        columns.questionId.push(a.questionId);
        columns.value.push(q.type === 'YES_NO' ? (a.yes ? 1 : 0) : a.value!);
        columns.evidence.push(
          JSON.stringify(
            (a.evidence ?? []).map((e) => ({ title: e.title, url: e.url ?? null, fileRef: e.fileRef ?? null, date: e.date ?? null })),
          ),
        );
        columns.by.push(`funcionario-${cases[k].code}@bench`);
      }
      if (columns.caseId.length >= 20_000) await flush();
    }
    await flush();
  });
  await knex.raw('analyze workflow_case; analyze assessment_answer; analyze territorial_entity');
  return { cases, answers, twins };
}

// ───────────────────────────── phase 1: scoring ─────────────────────────────

interface ScoringFigures {
  runs: number[];
  median: number;
  answersByCase: number;
  scoreRows: number;
  baselines: { name: string; runs: number[]; median: number }[];
}

const count = async (knex: Knex, sql: string, bindings: Knex.RawBinding[]) =>
  Number(((await knex.raw(sql, bindings)) as { rows: { n: string }[] }).rows[0].n);

/** What a rescoring must leave: N score rows, N × parts part rows, nothing else of the cycle. */
async function checkStored(knex: Knex, cycleId: string, n: number, parts: number): Promise<string | null> {
  const scores = await count(knex, 'select count(*) as n from assessment_score where cycle_id = ?', [cycleId]);
  const partRows = await count(
    knex,
    'select count(*) as n from assessment_part_score p join assessment_score s on s.case_id = p.case_id where s.cycle_id = ?',
    [cycleId],
  );
  const allParts = await count(knex, 'select count(*) as n from assessment_part_score', []);
  if (scores === n && partRows === n * parts && allParts === n * parts) return null;
  return `tras rescoreCycle: ${fmtInt(scores)} filas en assessment_score (se esperaban ${fmtInt(n)}) y ${fmtInt(partRows)} de la vigencia en assessment_part_score (${fmtInt(allParts)} en total; se esperaban ${fmtInt(n * parts)})`;
}

/** The model's parts (dimensions, then each one's sub-dimensions), as the score rows name them. */
function partTemplate(model: MaturityModel): { part_id: string; kind: string; dimension_id: string }[] {
  return model.definition.dimensions.flatMap((d) => [
    { part_id: d.id, kind: 'DIMENSION', dimension_id: d.id },
    ...d.subdimensions.map((s) => ({ part_id: s.id, kind: 'SUBDIMENSION', dimension_id: d.id })),
  ]);
}

/**
 * The I/O of a rescoring without our code, in one transaction: one SELECT of the cycle's answers,
 * then one score row and one row per part for each case, of the same shapes, inserted with knex in
 * the service's batch sizes. `temporary`: into fresh temporary copies of the tables (no WAL for
 * their rows); otherwise into logged copies, emptied first as the rescoring replaces the old scores.
 */
async function ioBaseline(
  knex: Knex,
  variant: 'temporary' | 'logged',
  ctx: { cycleId: string; modelVersion: string; byCase: Map<string, SeededCase>; parts: ReturnType<typeof partTemplate> },
): Promise<{ ms: number; scores: number; parts: number; answers: number }> {
  const [scoreTable, partTable] =
    variant === 'temporary' ? ['bench_tmp_score', 'bench_tmp_part_score'] : ['bench_score', 'bench_part_score'];
  const t0 = performance.now();
  const out = await knex.transaction(async (trx) => {
    if (variant === 'temporary') {
      await trx.raw(`create temporary table ${scoreTable} (like assessment_score including all) on commit drop`);
      await trx.raw(`create temporary table ${partTable} (like assessment_part_score including all) on commit drop`);
    } else {
      await trx(partTable).delete();
      await trx(scoreTable).delete();
    }
    const { rows } = (await trx.raw(
      `select case_id, question_id, value from assessment_answer
        where case_id in (select id from workflow_case where cycle_id = ? and process = ? and state = 'validated')`,
      [ctx.cycleId, ASSESSMENT],
    )) as { rows: { case_id: string; question_id: string; value: number }[] };
    const sums = new Map<string, { total: number; n: number }>();
    for (const r of rows) {
      const s = sums.get(r.case_id);
      if (s) {
        s.total += r.value;
        s.n++;
      } else sums.set(r.case_id, { total: r.value, n: 1 });
    }
    const now = new Date();
    const scores: Record<string, unknown>[] = [];
    const parts: Record<string, unknown>[] = [];
    for (const [caseId, s] of sums) {
      const c = ctx.byCase.get(caseId)!;
      const mean = s.total / s.n;
      const level = 1 + (Math.floor(mean) % 5);
      scores.push({
        case_id: caseId,
        cycle_id: ctx.cycleId,
        entity_code: c.code,
        entity_name: c.name,
        department_code: c.departmentCode,
        entity_kind: c.kind,
        model_version: ctx.modelVersion,
        index_score: mean,
        level,
        scored_at: now,
      });
      for (const p of ctx.parts)
        parts.push({ case_id: caseId, part_id: p.part_id, kind: p.kind, dimension_id: p.dimension_id, score: mean, level, answered: s.n });
    }
    for (let i = 0; i < scores.length; i += SCORE_BATCH) await trx(scoreTable).insert(scores.slice(i, i + SCORE_BATCH));
    for (let i = 0; i < parts.length; i += PART_BATCH) await trx(partTable).insert(parts.slice(i, i + PART_BATCH));
    return { scores: scores.length, parts: parts.length, answers: rows.length };
  });
  return { ms: performance.now() - t0, ...out };
}

async function scoringPhase(deps: {
  system: System;
  knex: Knex;
  pg: PostgresCluster;
  cycleId: string;
  model: MaturityModel;
  cases: SeededCase[];
  problems: string[];
}): Promise<ScoringFigures> {
  const { system, knex, pg, cycleId, model, cases, problems } = deps;
  const { cti, directory } = system.api.services;
  const n = cases.length;
  const parts = partTemplate(model);
  const answerCount = n * model.questions.size;
  console.log(
    `\n1. Puntaje de la vigencia: rescoreCycle calcula y guarda en una transacción los puntajes de ${fmtInt(n)} autodiagnósticos ` +
      `(${fmtInt(answerCount)} respuestas → ${fmtInt(n)} + ${fmtInt(n * parts.length)} filas: ${model.definition.dimensions.length} dimensiones + ${parts.length - model.definition.dimensions.length} subdimensiones cada uno)`,
  );
  // The directory is reference data the API keeps loaded; its first load is not part of scoring.
  await directory.current();

  const runs: number[] = [];
  for (let r = 1; r <= SCORING_RUNS; r++) {
    const before = await count(knex, 'select count(*) as n from assessment_score where cycle_id = ?', [cycleId]);
    const c0 = sampleCpu(pg.postmasterPid);
    const t0 = performance.now();
    const { scored } = await cti.rescoreCycle(system.orm.em.fork(), cycleId);
    const ms = performance.now() - t0;
    const c1 = sampleCpu(pg.postmasterPid);
    runs.push(ms);
    const wrong = await checkStored(knex, cycleId, n, parts.length);
    if (wrong) problems.push(`corrida ${r}: ${wrong}`);
    if (scored !== n) problems.push(`corrida ${r}: rescoreCycle puntuó ${scored} autodiagnósticos, no ${n}`);
    console.log(
      `  corrida ${r}: ${fmtMs(ms).padStart(8)}  (${before ? `reemplaza ${fmtInt(before)} puntajes` : 'sin puntajes previos'}; ${scored === n && !wrong ? 'verificado' : 'NO CUADRA'})  ${noteCpu(`puntaje, corrida ${r}`, cpuUse(c0, c1))}`,
    );
  }
  const scoringMedian = median(runs);
  console.log(`  mediana: ${fmtMs(scoringMedian)} (${fmtInt(Math.round(n / (scoringMedian / 1000)))} autodiagnósticos/s)`);

  // Split: the read of the answers, and the computation alone.
  const rows = (await knex('workflow_case')
    .select('id', 'cycle_id', 'entity_code', 'department_code')
    .where({ cycle_id: cycleId, process: ASSESSMENT, state: 'validated' })) as {
    id: string;
    cycle_id: string;
    entity_code: string;
    department_code: string;
  }[];
  const kases = rows.map((r) => ({ id: r.id, cycleId: r.cycle_id, entityCode: r.entity_code, departmentCode: r.department_code }));
  const ids = kases.map((k) => k.id);
  const readRuns: number[] = [];
  let byCase = new Map<string, { questionId: string; value: number }[]>();
  for (let r = 0; r < SCORING_RUNS; r++) {
    const t0 = performance.now();
    byCase = await answersByCase(system.orm.em.fork(), ids);
    readRuns.push(performance.now() - t0);
  }
  const read = [...byCase.values()].reduce((t, l) => t + l.length, 0);
  if (read !== answerCount) problems.push(`answersByCase leyó ${read} respuestas, no ${answerCount}`);
  const snapshot = await directory.current();
  const computeRuns: number[] = [];
  const computed = new Map<string, number>();
  for (let r = 0; r < SCORING_RUNS; r++) {
    const now = new Date();
    const t0 = performance.now();
    for (const kase of kases) {
      const entity = snapshot.find(kase.entityCode);
      const scoredRows = scoreRows(
        model,
        kase,
        { name: entity?.name ?? kase.entityCode, kind: entity?.kind ?? 'MUNICIPALITY' },
        byCase.get(kase.id) ?? [],
        now,
      );
      if (scoredRows) computed.set(kase.id, scoredRows.score.indexScore);
    }
    computeRuns.push(performance.now() - t0);
  }
  const stored = (await knex('assessment_score').select('case_id', 'index_score').where({ cycle_id: cycleId })) as {
    case_id: string;
    index_score: number;
  }[];
  const different = stored.filter((s) => computed.get(s.case_id) !== Number(s.index_score)).length;
  if (different || computed.size !== n)
    problems.push(`${different} índices guardados difieren del cálculo en memoria (${computed.size} calculados de ${n})`);
  const readMs = median(readRuns);
  const computeMs = median(computeRuns);
  console.log(
    `  desglose (mediana de ${SCORING_RUNS}): answersByCase ${fmtMs(readMs)} [${readRuns.map(fmtMs).join(', ')}] · scoreRows en memoria ${fmtMs(computeMs)} [${computeRuns.map(fmtMs).join(', ')}] · ` +
      `resto (leer los trámites, borrar, insertar, commit) ≈ ${fmtMs(scoringMedian - readMs - computeMs)}`,
  );
  const levels = (await knex('assessment_score')
    .select('level')
    .count({ n: '*' })
    .where({ cycle_id: cycleId })
    .groupBy('level')
    .orderBy('level')) as { level: number; n: string }[];
  const ties = await count(
    knex,
    'select count(*) as n from (select index_score from assessment_score where cycle_id = ? group by index_score having count(*) > 1) t',
    [cycleId],
  );
  console.log(
    `  niveles: ${levels.map((l) => `${model.level(Number(l.level))?.name ?? l.level} ${fmtInt(Number(l.n))}`).join(' · ')}; ${fmtInt(ties)} valores del índice compartidos por dos o más entidades; ` +
      `guardados = cálculo en memoria: ${different ? 'NO' : 'sí'}`,
  );

  // Baseline: the same I/O without our code.
  const baselineCtx = { cycleId, modelVersion: model.version, byCase: new Map(cases.map((c) => [c.caseId, c])), parts };
  await knex.raw('create table bench_score (like assessment_score including all)');
  await knex.raw('create table bench_part_score (like assessment_part_score including all)');
  const baselines: ScoringFigures['baselines'] = [];
  for (const [variant, name] of [
    ['temporary', 'tablas temporales (como pide el diseño; sus filas no van al WAL)'],
    ['logged', 'tablas normales (con WAL, vaciadas antes, como las reales)'],
  ] as const) {
    const bRuns: number[] = [];
    const lines: string[] = [];
    for (let r = 1; r <= SCORING_RUNS; r++) {
      const c0 = sampleCpu(pg.postmasterPid);
      const b = await ioBaseline(knex, variant, baselineCtx);
      const c1 = sampleCpu(pg.postmasterPid);
      bRuns.push(b.ms);
      if (b.answers !== answerCount || b.scores !== n || b.parts !== n * parts.length) {
        problems.push(
          `línea base (${variant}): ${b.answers} respuestas leídas, ${b.scores} + ${b.parts} filas insertadas; se esperaban ${answerCount}, ${n} + ${n * parts.length}`,
        );
      }
      lines.push(`    corrida ${r}: ${fmtMs(b.ms).padStart(8)}  ${noteCpu(`línea base ${variant}, corrida ${r}`, cpuUse(c0, c1))}`);
    }
    if (variant === 'logged') {
      const s = await count(knex, 'select count(*) as n from bench_score', []);
      const p = await count(knex, 'select count(*) as n from bench_part_score', []);
      if (s !== n || p !== n * parts.length)
        problems.push(`línea base: ${s} + ${p} filas en las tablas de prueba; se esperaban ${n} + ${n * parts.length}`);
    }
    const m = median(bRuns);
    baselines.push({ name, runs: bRuns, median: m });
    console.log(
      `  línea base, E/S sin nuestro código (1 SELECT de ${fmtInt(answerCount)} respuestas; ${fmtInt(n)} + ${fmtInt(n * parts.length)} filas en lotes de ${SCORE_BATCH}/${PART_BATCH}), ${name}:`,
    );
    for (const l of lines) console.log(l);
    console.log(`    mediana ${fmtMs(m)} · razón rescoreCycle / línea base ${fmtRatio(scoringMedian / m)}`);
  }
  await knex.raw('drop table bench_part_score; drop table bench_score');
  return { runs, median: scoringMedian, answersByCase: readMs, scoreRows: computeMs, baselines };
}

// ───────────────────────────── phase 2: the Índice query ─────────────────────────────

interface Target {
  name: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

interface LoadFigures {
  name: string;
  p50: number;
  p99: number;
  max: number;
  requestsPerSecond: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  mismatches: number;
  warmupFailures: number;
  cpu: CpuUse;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly text: string,
    name: string,
  ) {
    super(`${name}: HTTP ${status}: ${text.slice(0, 500)}`);
  }
}

async function post(target: Target): Promise<{ text: string; json: { data?: Record<string, unknown>; errors?: unknown[] } }> {
  const res = await fetch(target.url, { method: 'POST', headers: target.headers, body: target.body });
  const text = await res.text();
  if (res.status !== 200) throw new HttpError(res.status, text, target.name);
  const json = JSON.parse(text) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (json.errors?.length) throw new Error(`${target.name}: errores GraphQL: ${JSON.stringify(json.errors).slice(0, 500)}`);
  return { text, json };
}

/** The answer both times, identical: what every answer under load must be. */
async function stableAnswer(target: Target) {
  const first = await post(target);
  const second = await post(target);
  if (first.text !== second.text)
    throw new Error(`${target.name}: dos respuestas seguidas difieren; no se puede verificar el cuerpo bajo carga`);
  return first;
}

interface IndexAnswer {
  cycle: {
    index: {
      totalCount: number;
      edges: {
        cursor: string;
        node: {
          rank: number;
          entityCode: string;
          index: number;
          level: number;
          levelName: string;
          entity: { name: string; departmentName: string } | null;
          scores: { dimension: string; score: number; level: number }[];
        };
      }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  };
}

/** The first page checked against SQL: count, order, ties sharing a rank, each entry's entity and dimensions. */
async function verifyIndex(knex: Knex, cycleId: string, n: number, model: MaturityModel, data: IndexAnswer): Promise<string[]> {
  const problems: string[] = [];
  const index = data.cycle?.index;
  if (!index) return ['la consulta del Índice no devolvió cycle.index'];
  const expected = (
    await knex.raw(
      `select entity_code, index_score, rank() over (order by index_score desc) as rank from assessment_score where cycle_id = ? order by index_score desc, entity_code asc limit ?`,
      [cycleId, PAGE],
    )
  ).rows as { entity_code: string; index_score: number; rank: string }[];
  const edges = index.edges;
  if (index.totalCount !== n) problems.push(`totalCount ${index.totalCount}, se esperaba ${n}`);
  if (edges.length !== Math.min(PAGE, n)) problems.push(`${edges.length} edges, se esperaban ${Math.min(PAGE, n)}`);
  if (index.pageInfo.hasNextPage !== n > PAGE) problems.push(`hasNextPage ${index.pageInfo.hasNextPage} con ${n} entradas`);
  if (edges.length && index.pageInfo.endCursor !== edges[edges.length - 1].cursor)
    problems.push('endCursor no es el cursor de la última entrada');
  const dims = model.definition.dimensions.length;
  edges.forEach((e, i) => {
    const x = expected[i];
    const at = `entrada ${i + 1}`;
    if (i > 0 && e.node.rank < edges[i - 1].node.rank) problems.push(`${at}: puesto ${e.node.rank} después de ${edges[i - 1].node.rank}`);
    if (i > 0 && e.node.index > edges[i - 1].node.index)
      problems.push(`${at}: índice ${e.node.index} después de ${edges[i - 1].node.index}`);
    if (!x || x.entity_code !== e.node.entityCode || Number(x.rank) !== e.node.rank || Number(x.index_score) !== e.node.index) {
      problems.push(
        `${at}: ${e.node.entityCode} puesto ${e.node.rank} índice ${e.node.index}; SQL: ${x ? `${x.entity_code} puesto ${x.rank} índice ${x.index_score}` : 'nada'}`,
      );
    }
    if (!e.node.entity?.name) problems.push(`${at}: sin entidad`);
    if (e.node.scores.length !== dims) problems.push(`${at}: ${e.node.scores.length} puntajes por dimensión, se esperaban ${dims}`);
    if (!e.node.levelName) problems.push(`${at}: sin nombre de nivel`);
  });
  if (edges[0] && edges[0].node.rank !== 1) problems.push(`la primera entrada tiene el puesto ${edges[0].node.rank}`);
  return problems.slice(0, 10);
}

function load(target: Target, seconds: number, expectBody: string): Promise<autocannon.Result> {
  return autocannon({
    url: target.url,
    method: 'POST',
    headers: target.headers,
    body: target.body,
    connections: CONNECTIONS,
    duration: seconds,
    workers: 1,
    expectBody,
  });
}

async function measure(system: System, target: Target, expectBody: string, postmasterPid: number): Promise<LoadFigures> {
  let warmupFailures = 0;
  if (WARMUP_SECONDS > 0) {
    process.stdout.write(`  ${target.name}: calentamiento ${WARMUP_SECONDS} s… `);
    const warmup = await load(target, WARMUP_SECONDS, expectBody);
    warmupFailures = warmup.non2xx + warmup.errors + warmup.timeouts + warmup.mismatches;
    await drain(system);
  } else process.stdout.write(`  ${target.name}: `);
  process.stdout.write(`medición ${DURATION_SECONDS} s… `);
  const c0 = sampleCpu(postmasterPid);
  const result = await load(target, DURATION_SECONDS, expectBody);
  const c1 = sampleCpu(postmasterPid);
  const t0 = performance.now();
  await drain(system);
  process.stdout.write(`hecho (el servicio terminó lo pendiente ${fmtMs(performance.now() - t0)} después)\n`);
  return {
    name: target.name,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    requestsPerSecond: result.requests.average,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    mismatches: result.mismatches,
    warmupFailures,
    cpu: cpuUse(c0, c1),
  };
}

/**
 * Waits until the service has finished the requests autocannon left behind when it stopped (their
 * sockets are gone but their resolvers still run): no connection of the ORM's pool in use or awaited,
 * and this process nearly idle, three polls in a row. Otherwise they would run into the next phase
 * or, at the end, into the ORM being closed under them.
 */
async function drain(system: System, timeoutMs = 30_000): Promise<void> {
  const pool = (system.orm.em.getKnex().client as { pool?: { numUsed(): number; numPendingAcquires(): number } }).pool;
  const until = performance.now() + timeoutMs;
  let quiet = 0;
  let last = process.cpuUsage();
  while (quiet < 3 && performance.now() < until) {
    await sleep(100);
    const used = process.cpuUsage(last);
    last = process.cpuUsage();
    const idle = (used.user + used.system) / 1000 < 15 && (!pool || pool.numUsed() + pool.numPendingAcquires() === 0);
    quiet = idle ? quiet + 1 : 0;
  }
}

/** Latency of requests sent one after another on one connection: the cost of one request with the service otherwise idle. */
async function alone(target: Target, count: number): Promise<{ p50: number; p99: number }> {
  const latencies: number[] = [];
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    const res = await fetch(target.url, { method: 'POST', headers: target.headers, body: target.body });
    await res.text();
    latencies.push(performance.now() - t0);
    if (res.status !== 200) throw new HttpError(res.status, '', target.name);
  }
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

interface QueryFigures {
  index: LoadFigures;
  trivial: LoadFigures;
  /** Null: the service accepts the issue's query as written; otherwise why it refused it. */
  literalRefused: string | null;
  /** One request at a time on one connection (after the warm-up). */
  alone: { index: { p50: number; p99: number }; trivial: { p50: number; p99: number } };
}

async function queryPhase(deps: {
  system: System;
  knex: Knex;
  pg: PostgresCluster;
  cycleId: string;
  model: MaturityModel;
  n: number;
  token: string;
  problems: string[];
}): Promise<QueryFigures | null> {
  const { system, knex, pg, cycleId, model, n, token, problems } = deps;
  console.log(
    `\n2. Consulta del Índice: primeros ${PAGE} por índice (con entidad y puntajes por dimensión), ${CONNECTIONS} conexiones, ${DURATION_SECONDS} s medidos tras ${WARMUP_SECONDS} s de calentamiento`,
  );
  const target = (name: string, query: string, variables: Record<string, unknown> = {}): Target => ({
    name,
    url: `${system.api.url}/graphql`,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables: { id: cycleId, ...variables } }),
  });
  let indexTarget = target('Índice (first 50, INDEX_DESC)', INDEX_QUERY);
  const trivialTarget = target('línea base: cycle { id year }', TRIVIAL_QUERY);

  // The issue's query as written; if the service refuses it before running it, the same query with `first` as a variable.
  let literalRefused: string | null = null;
  let indexAnswer: Awaited<ReturnType<typeof stableAnswer>>;
  try {
    indexAnswer = await stableAnswer(indexTarget);
  } catch (err) {
    if (!(err instanceof HttpError && err.status === 400 && err.text.includes('Cost limit'))) throw err;
    literalRefused = (JSON.parse(err.text) as { errors: { message: string }[] }).errors[0].message;
    console.log(
      `  AVISO: el servicio rechaza la consulta del requisito tal cual (first: 50 literal) antes de ejecutarla: HTTP 400 «${literalRefused}»`,
    );
    console.log(
      `  se mide la misma consulta con first como variable ($first = 50: mismos resolvers, mismo SQL, misma respuesta), que el límite de costo no multiplica`,
    );
    indexTarget = target('Índice (first: $first = 50, INDEX_DESC)', INDEX_QUERY_VARIABLE, { first: PAGE });
    indexAnswer = await stableAnswer(indexTarget);
  }
  const wrong = await verifyIndex(knex, cycleId, n, model, indexAnswer.json.data as unknown as IndexAnswer);
  if (wrong.length) {
    problems.push(...wrong.map((w) => `verificación del Índice: ${w}`));
    return null;
  }
  const trivialAnswer = await stableAnswer(trivialTarget);
  const cycle = (trivialAnswer.json.data as { cycle?: { id?: string } }).cycle;
  // The API names the cycle by its global id (issue 17); its key is the row's id.
  if ((cycle?.id && fromGlobalId(cycle.id)?.key) !== cycleId) {
    problems.push(`la consulta de la línea base respondió ${trivialAnswer.text.slice(0, 200)}`);
    return null;
  }
  const edges = (indexAnswer.json.data as unknown as IndexAnswer).cycle.index.edges;
  const sharedRanks = edges.filter((e, i) => edges.some((o, j) => j !== i && o.node.rank === e.node.rank)).length;
  console.log(
    `  verificada contra SQL: totalCount ${fmtInt(n)}, ${edges.length} entradas en orden (puestos ${edges[0]?.node.rank}–${edges[edges.length - 1]?.node.rank}, ${sharedRanks} comparten puesto), ` +
      `respuesta de ${fmtInt(Buffer.byteLength(indexAnswer.text))} bytes; bajo carga cada respuesta debe ser idéntica`,
  );

  // Baseline first, then the Índice: each has the service to itself.
  const trivial = await measure(system, trivialTarget, trivialAnswer.text, pg.postmasterPid);
  const index = await measure(system, indexTarget, indexAnswer.text, pg.postmasterPid);
  const isolated = { trivial: await alone(trivialTarget, ALONE_REQUESTS), index: await alone(indexTarget, ALONE_REQUESTS) };
  const w = Math.max(trivial.name.length, index.name.length);
  const col = (s: string, width = 9) => s.padStart(width);
  console.log(
    `\n  ${''.padEnd(w)} ${col('p50 ms')} ${col('p99 ms')} ${col('máx ms')} ${col('req/s', 10)} ${col('total')} ${col('no 2xx', 7)} ${col('errores', 7)} ${col('distintas', 9)}`,
  );
  for (const f of [trivial, index]) {
    console.log(
      `  ${f.name.padEnd(w)} ${col(f.p50.toFixed(1))} ${col(f.p99.toFixed(1))} ${col(f.max.toFixed(1))} ${col(f.requestsPerSecond.toFixed(1), 10)} ${col(String(f.requests))} ${col(String(f.non2xx), 7)} ${col(String(f.errors), 7)} ${col(String(f.mismatches), 9)}`,
    );
  }
  for (const f of [trivial, index]) console.log(`  ${f.name.padEnd(w)} ${noteCpu(f.name, f.cpu)}`);
  console.log(
    `  razones Índice / línea base: p50 ${fmtRatio(index.p50 / trivial.p50)} · p99 ${fmtRatio(index.p99 / trivial.p99)} · req/s ${fmtRatio(index.requestsPerSecond / trivial.requestsPerSecond)}`,
  );
  console.log(
    `  una petición a la vez (${ALONE_REQUESTS} seguidas, 1 conexión): Índice p50 ${isolated.index.p50.toFixed(1)} ms · p99 ${isolated.index.p99.toFixed(1)} ms; ` +
      `línea base p50 ${isolated.trivial.p50.toFixed(1)} ms · p99 ${isolated.trivial.p99.toFixed(1)} ms`,
  );
  for (const f of [trivial, index]) {
    const failed = f.non2xx + f.errors + f.timeouts + f.mismatches + f.warmupFailures;
    if (failed) {
      problems.push(
        `${f.name}: ${f.non2xx} respuestas no 2xx, ${f.errors} errores (${f.timeouts} timeouts), ${f.mismatches} respuestas distintas de la verificada, ${f.warmupFailures} fallos en el calentamiento`,
      );
    }
  }
  return { index, trivial, literalRefused, alone: isolated };
}

// ───────────────────────────── main ─────────────────────────────

async function main(): Promise<void> {
  const runStarted = performance.now();
  const watchdog = startWatchdog(TIMEOUT_S);

  const root = tempRoot('cti-bench-index-');
  let pg: PostgresCluster | undefined;
  let system: System | undefined;
  const problems: string[] = [];
  let scoring: ScoringFigures | null = null;
  let query: QueryFigures | null = null;
  let n = 0;
  try {
    process.stdout.write('PostgreSQL… ');
    pg = await startBenchPostgres({ durable: true });
    const cluster = pg;
    const admin = new Client({ connectionString: cluster.url('postgres') });
    await admin.connect();
    await admin.query(`create database ${DATABASE}`);
    await admin.end();
    process.stdout.write('servicio (Redis privado, migraciones, DIVIPOLA, modelo)… ');
    const config = benchConfig({
      NODE_ENV: 'production',
      DATABASE_URL: cluster.url(DATABASE),
      JWT_SECRET,
      PORT: '0',
      LOG_LEVEL: 'warn',
      CLOCK: 'system',
      VAR_DIR: join(root, 'var'),
      MAIL_DIR: join(root, 'mail'),
    });
    system = await startSystem(config, { prepareDatabase: true, worker: false });
    process.stdout.write('listo\n');
    const knex = system.orm.em.getKnex();
    const services = system.api.services;
    const settings = await Promise.all(
      ['server_version', 'fsync', 'synchronous_commit', 'full_page_writes', 'shared_buffers'].map(
        async (name) => `${name}=${((await knex.raw(`show ${name}`)).rows[0] as Record<string, string>)[name]}`,
      ),
    );
    console.log(`PostgreSQL: ${settings.join(' ')}; pool del ORM: máx. 10 conexiones; máquina: ${cpus().length} núcleos`);

    // The cycle, through the service: it freezes the latest published model version.
    const year = new Date().getUTCFullYear();
    const now = Date.now();
    const opened = await services.programme.openCycle(system.orm.em.fork(), COORDINATOR, {
      year,
      opensAt: new Date(now - 200 * DAY_MS),
      closesAt: new Date(now - DAY_MS),
    });
    const cycleId = opened.id;
    const { model } = await services.models.ofCycle(system.orm.em.fork(), cycleId);

    const applicants = (await knex('territorial_entity')
      .select('code', 'department_code as departmentCode', 'name', 'kind')
      .whereNot('kind', TerritorialEntityKind.NON_MUNICIPALIZED_AREA)
      .orderBy('code')) as Applicant[];
    const byKind = (k: string) => applicants.filter((a) => a.kind === k).length;
    const chosen = pick(applicants, ASSESSMENTS_SET ? ASSESSMENTS : applicants.length);
    n = chosen.length;
    console.log(
      `entidades postulantes en el directorio: ${fmtInt(applicants.length)} (${fmtInt(byKind(TerritorialEntityKind.MUNICIPALITY))} alcaldías + ${fmtInt(byKind(TerritorialEntityKind.DEPARTMENT))} gobernaciones)` +
        (applicants.length !== 1135 ? ` — el requisito habla de 1.135; se toman todas` : '') +
        (ASSESSMENTS_SET ? `; BENCH_ASSESSMENTS=${ASSESSMENTS}: se usan ${fmtInt(n)}` : ''),
    );
    process.stdout.write(
      `vigencia ${year} (modelo ${model.version}, ${model.questions.size} preguntas): sembrando ${fmtInt(n)} autodiagnósticos validados con sus respuestas… `,
    );
    const t0 = performance.now();
    const seeded = await seed(knex, system, model, cycleId, year, chosen);
    console.log(`${fmtMs(performance.now() - t0)}`);
    const stored = await count(knex, 'select count(*) as n from assessment_answer', []);
    if (stored !== n * model.questions.size || seeded.answers !== stored)
      throw new Error(`se sembraron ${stored} respuestas; se esperaban ${n * model.questions.size}`);
    console.log(
      `  ${fmtInt(stored)} respuestas (${model.questions.size} por autodiagnóstico); ${seeded.twins} entidades responden exactamente como otra (empates)`,
    );

    // ── 1. scoring ──
    scoring = await scoringPhase({ system, knex, pg: cluster, cycleId, model, cases: seeded.cases, problems });

    // ── 2. the Índice query ──
    // Statistics as autovacuum leaves them shortly after a rescoring: without them the planner still
    // believes the score tables empty and reads every part row of every cycle for each page.
    await knex.raw('analyze assessment_score; analyze assessment_part_score');
    const { token } = await enrolledTokens(
      config,
      { token: { sub: COORDINATOR.subject, role: Role.COORDINATOR } },
      system.api.services.people,
    );
    query = await queryPhase({ system, knex, pg: cluster, cycleId, model, n, token, problems });
  } catch (err) {
    problems.push(err instanceof Error ? (err.stack ?? err.message) : String(err));
  } finally {
    clearTimeout(watchdog);
    if (system) await system.stop().catch(reportStopFailure('el servicio'));
    stopBenchPostgres(pg);
    runExitCleanups();
  }

  printSummary(n, scoring, query, problems, performance.now() - runStarted);
  if (problems.length) process.exitCode = 1;
}

function printSummary(n: number, scoring: ScoringFigures | null, query: QueryFigures | null, problems: string[], runMs: number): void {
  const verdict = (ok: boolean) => (ok ? 'CUMPLE' : 'NO CUMPLE');
  console.log('\n──────────────── resumen ────────────────');
  console.log(`máquina: ${cpus().length} núcleos compartidos con otros procesos; duración total ${fmtMs(runMs)}`);
  if (scoring) {
    console.log(
      `puntaje de ${fmtInt(n)} autodiagnósticos (rescoreCycle, calcular y guardar, mediana de ${SCORING_RUNS}): ${fmtMs(scoring.median)} [${scoring.runs.map(fmtMs).join(', ')}] · ` +
        `objetivo < ${TARGET_SCORING_MS / 1000} s: ${verdict(scoring.median < TARGET_SCORING_MS)}`,
    );
    for (const b of scoring.baselines)
      console.log(`  línea base de E/S, ${b.name}: ${fmtMs(b.median)}; razón ${fmtRatio(scoring.median / b.median)}`);
    console.log(
      `  desglose: answersByCase ${fmtMs(scoring.answersByCase)} · scoreRows (en memoria) ${fmtMs(scoring.scoreRows)} · resto ≈ ${fmtMs(scoring.median - scoring.answersByCase - scoring.scoreRows)}`,
    );
  } else {
    console.log(`puntaje: sin medir · objetivo < ${TARGET_SCORING_MS / 1000} s: ${verdict(false)}`);
  }
  if (query) {
    const { index, trivial, literalRefused } = query;
    console.log(
      `la consulta del requisito tal cual (first: 50 literal) pasa los límites de la API: ${verdict(literalRefused === null)}${literalRefused ? ` (HTTP 400: ${literalRefused}; medida con first como variable)` : ''}`,
    );
    console.log(
      `consulta del Índice (first 50, INDEX_DESC), ${CONNECTIONS} conexiones: p50 ${index.p50.toFixed(1)} ms · p99 ${index.p99.toFixed(1)} ms · ${index.requestsPerSecond.toFixed(0)} req/s · ` +
        `objetivo p99 < ${TARGET_P99_MS} ms: ${verdict(index.p99 < TARGET_P99_MS)}`,
    );
    console.log(
      `  línea base (cycle { id year }): p50 ${trivial.p50.toFixed(1)} ms · p99 ${trivial.p99.toFixed(1)} ms · ${trivial.requestsPerSecond.toFixed(0)} req/s; ` +
        `razones p99 ${fmtRatio(index.p99 / trivial.p99)} · req/s ${fmtRatio(index.requestsPerSecond / trivial.requestsPerSecond)}`,
    );
    console.log(
      `  una petición a la vez: Índice p50 ${query.alone.index.p50.toFixed(1)} ms (línea base ${query.alone.trivial.p50.toFixed(1)} ms, ${fmtRatio(query.alone.index.p50 / query.alone.trivial.p50)})`,
    );
  } else {
    console.log(`consulta del Índice: sin medir · objetivo p99 < ${TARGET_P99_MS} ms: ${verdict(false)}`);
  }
  if (busyPhases.length) {
    console.log(
      `AVISO: otros procesos de la máquina usaron CPU (más de ${OTHERS_TOLERANCE_CORES} núcleos en promedio) durante: ` +
        `${busyPhases.map((b) => `${b.phase} (${b.others.toFixed(2)})`).join(', ')}; las cifras subestiman lo que el servicio da con la máquina para sí: repita la medición con la máquina en reposo`,
    );
  }
  for (const p of problems) console.error(`ERROR: ${p}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
