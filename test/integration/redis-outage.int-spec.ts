// Redis stopped for 30 s under load (issue 23, item 2): a real outage, SHUTDOWN of a Redis with its
// AOF, restarted with its data on the same port. Clients keep reading and transitioning throughout;
// afterwards every effect of what they did must have been delivered, once. The API and the worker
// run in this process (as the embedded default runs them) on a Redis this file owns, with rate
// limits on (so the limiter's fall back to memory is on the path) and mail to an SMTP sink.
import { randomBytes } from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

import { Role } from '../../src/core/auth/principal';
import { fromGlobalId } from '../../src/core/graphql/global-ids';
import { freePort } from '../../src/core/net';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../src/core/redis/embedded-redis';
import { fireJobId } from '../../src/modules/deadlines/deadline-jobs';
import { CaseDocument, StartAssessmentDocument } from '../graphql/generated';
import { deadlinesOf, eventually, knexOf, moveClockTo } from '../support/fault-injection';
import { execute } from '../support/http';
import { startSmtpSink, type SmtpSink } from '../support/smtp-sink';
import { temporaryDir } from '../support/test-db';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { actors, drive, municipalities, openProgramme, sendEvent, tokenFor, type Actors } from '../support/workflow';

const OUTAGE_MS = 30_000;
/** Clients each looping on its own assessment (review ↔ changes requested), reading it before each step. */
const CLIENTS = 4;
/** Entities whose assessment a client opens during the run (each opening schedules a term). */
const OPENINGS = 24;

const keyOf = (id: string) => fromGlobalId(id)!.key;
/** Who sends each step of the loop, and the step after it. */
const NEXT: Record<string, string> = { underReview: 'REQUEST_CHANGES', changesRequested: 'RESUBMIT', resubmitted: 'START_REVIEW' };

type Phase = 'before' | 'outage' | 'after';

let redis: EmbeddedRedis;
let redisDir: string;
let redisPort: number;
let redisPassword: string;
let smtp: SmtpSink;
let app: TestSystem;
let subscriber: Client | undefined;

beforeAll(async () => {
  redisDir = temporaryDir('cti-test-outage-redis-');
  redisPort = await freePort();
  redisPassword = randomBytes(16).toString('hex');
  redis = await startEmbeddedRedis(redisDir, { port: redisPort, password: redisPassword });
  smtp = await startSmtpSink();
  app = await startTestSystem(
    {
      REDIS_URL: redis.url,
      CLOCK: 'adjustable',
      JOB_LOCK_MS: '2000',
      RELAY_POLL_MS: '100',
      SMTP_URL: smtp.url,
      // On, and generous: every request goes through the limiter, none is refused by it.
      RATE_LIMIT_MUTATIONS_PER_MINUTE: '100000',
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: '100000',
    },
    { worker: true },
  );
}, 60_000);
afterAll(async () => {
  await subscriber?.dispose();
  await app?.stop();
  await smtp?.stop();
  await redis?.stop();
});

/** Every caseChanged the coordinator receives over graphql-ws, by case key. */
function subscribeAll(token: string) {
  const received = new Map<string, number[]>();
  let connected!: () => void;
  const ready = new Promise<void>((resolve) => (connected = resolve));
  subscriber = createClient({
    url: app.url.replace('http', 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: false,
    on: { connected: () => connected() },
  });
  subscriber.subscribe<{ caseChanged: { caseId: string; seq: number } }>(
    { query: 'subscription { caseChanged { caseId seq } }' },
    {
      next: (value) => {
        const change = value.data?.caseChanged;
        if (!change) return;
        const key = keyOf(change.caseId);
        received.set(key, [...(received.get(key) ?? []), change.seq]);
      },
      error: () => undefined,
      complete: () => undefined,
    },
  );
  return { received, ready };
}

describe('Redis stopped for 30 s under load', () => {
  it('keeps reads and transitions working, says so in /health, and delivers every effect once Redis is back', async () => {
    const codes = await municipalities(app, CLIENTS + OPENINGS);
    const coordinator = await app.token(Role.COORDINATOR);
    const { cycleId } = await openProgramme(app, coordinator);
    const members = new Map<string, string>();
    for (const code of codes) members.set(code, await app.token(Role.ENTITY_MEMBER, code));
    const looping: { id: string; who: Actors }[] = [];
    for (const code of codes.slice(0, CLIENTS)) {
      const who = await actors(app, code);
      const started = await execute(app.url, StartAssessmentDocument, { input: { cycleId } }, { token: who.member });
      const id = started.data!.startAssessment.case.id;
      for (const event of ['SUBMIT', 'START_REVIEW']) await drive(app, who, 'MATURITY_ASSESSMENT', id, event);
      looping.push({ id, who });
    }
    const toOpen = codes.slice(CLIENTS);
    const feed = subscribeAll(coordinator);
    await feed.ready;

    let phase: Phase = 'before';
    let stopping = false;
    const reads = { before: 0, outage: 0, after: 0 };
    const failures: string[] = [];
    /** Confirmed transitions: case key → the seqs the API answered. */
    const confirmed = new Map<string, number[]>();
    const transitions = { before: 0, outage: 0, after: 0 };
    const opened: { id: string; phase: Phase }[] = [];
    const confirm = (id: string, seq: number) => {
      const key = keyOf(id);
      confirmed.set(key, [...(confirmed.get(key) ?? []), seq]);
      transitions[phase]++;
    };

    const client = async (mine: { id: string; who: Actors }) => {
      let state = 'underReview';
      for (let step = 0; !stopping; step++) {
        const read = await execute(app.url, CaseDocument, { id: mine.id }, { token: mine.who.member });
        if (read.status !== 200 || read.errors) failures.push(`lectura ${phase}: ${read.status} ${JSON.stringify(read.errors)}`);
        else reads[phase]++;
        state = read.data?.case?.state ?? state;
        const event = NEXT[state];
        const res = await sendEvent(app, tokenFor(mine.who, 'MATURITY_ASSESSMENT', event)!, 'MATURITY_ASSESSMENT', mine.id, event);
        if (res.status !== 200 || res.errors) failures.push(`${event} ${phase}: ${res.status} ${JSON.stringify(res.errors)}`);
        else confirm(mine.id, res.result!.entry.seq);
        // Now and then an entity opens its assessment: a term (the cycle's close) and its reminders.
        // Not before the outage: a fast start could use up every entity before Redis stops.
        if (phase !== 'before' && step % 3 === 2 && toOpen.length) {
          const code = toOpen.shift()!;
          const started = await execute(app.url, StartAssessmentDocument, { input: { cycleId } }, { token: members.get(code)! });
          if (started.status !== 200 || started.errors) failures.push(`startAssessment ${phase}: ${JSON.stringify(started.errors)}`);
          else {
            confirm(started.data!.startAssessment.case.id, started.data!.startAssessment.entry.seq);
            opened.push({ id: started.data!.startAssessment.case.id, phase });
          }
        }
      }
    };

    const probes: { phase: Phase; status: number; body: Record<string, string>; at: number }[] = [];
    let stoppedAt = 0;
    const probe = async () => {
      while (!stopping) {
        const res = await fetch(`${app.url}/health`);
        probes.push({ phase, status: res.status, body: (await res.json()) as Record<string, string>, at: Date.now() });
        await new Promise((r) => setTimeout(r, 500));
      }
    };

    const running = [...looping.map(client), probe()];
    await new Promise((r) => setTimeout(r, 3000));
    // A real outage: Redis shuts down (its AOF written out) and comes back later with its data.
    await redis.stop();
    stoppedAt = Date.now();
    phase = 'outage';
    // The notifications the outage's transitions ask for: outbox rows committed while Redis was down.
    const notifyIds = async () => new Set((await knexOf(app)('outbox').where({ kind: 'notification' }).pluck('id')).map(String));
    const beforeOutage = await notifyIds();
    await new Promise((r) => setTimeout(r, OUTAGE_MS));
    const duringOutage = [...(await notifyIds())].filter((id) => !beforeOutage.has(id));
    redis = await startEmbeddedRedis(redisDir, { port: redisPort, password: redisPassword });
    phase = 'after';
    await eventually('/health dice que Redis volvió', () => probes.at(-1)?.body.redis === 'up' && probes.at(-1)!.phase === 'after');
    await new Promise((r) => setTimeout(r, 3000));
    stopping = true;
    await Promise.all(running);

    // Reads answered and transitions committed, throughout.
    expect(failures).toEqual([]);
    expect(reads.outage).toBeGreaterThan(0);
    expect(transitions.outage).toBeGreaterThan(0);
    expect(opened.filter((o) => o.phase === 'outage').length).toBeGreaterThan(0);
    const knex = knexOf(app);
    for (const [key, seqs] of confirmed) {
      const history: { seq: number }[] = await knex('case_history').where({ case_id: key }).select('seq');
      const inHistory = new Set(history.map((h) => Number(h.seq)));
      expect([key, seqs.filter((s) => !inHistory.has(s))]).toEqual([key, []]);
      // Each confirmed transition is one history row (no step of the loop is written twice).
      expect([key, new Set(seqs).size]).toEqual([key, seqs.length]);
    }

    // /health: 200 throughout (the database answered); Redis named down while it was, up again after.
    expect(probes.filter((p) => p.status !== 200)).toEqual([]);
    const settledOutage = probes.filter((p) => p.phase === 'outage' && p.at > stoppedAt + 2000);
    expect(settledOutage.length).toBeGreaterThan(10);
    expect(settledOutage.filter((p) => p.body.redis !== 'down' || p.body.status !== 'degraded' || p.body.database !== 'up')).toEqual([]);
    expect(probes.at(-1)!.body).toMatchObject({ status: 'ok', redis: 'up', database: 'up' });

    // Every effect delivered: nothing left in the outbox, every mail sent and accepted exactly once.
    const worker = app.system.worker!;
    await eventually(
      'el outbox relevado y el correo enviado',
      async () => {
        const [outbox] = await knex('outbox').whereNull('processed_at').count({ n: '*' });
        const [pending] = await knex('notification_delivery').where({ status: 'PENDING' }).count({ n: '*' });
        const counts = await worker.queues.notifications.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
        if (Number(outbox.n) === 0 && Number(pending.n) === 0 && Object.values(counts).every((n) => n === 0)) return true;
        const retrying = (await worker.queues.notifications.getDelayed(0, 2)).map(
          (j) => `${j.name} (${j.attemptsMade}): ${j.failedReason}`,
        );
        throw new Error(`outbox ${outbox.n}, entregas pendientes ${pending.n}, cola ${JSON.stringify(counts)}; ${retrying.join('; ')}`);
      },
      120_000,
    );
    const notifyRows: { id: string }[] = await knex('outbox').where({ kind: 'notification' }).select('id');
    const notifications: { dedupe_key: string }[] = await knex('notification').where('dedupe_key', 'like', 'outbox:%').select('dedupe_key');
    expect(notifications.map((n) => n.dedupe_key).sort()).toEqual(notifyRows.map((r) => `outbox:${r.id}`).sort());
    const deliveries: { id: string; notification_id: string; status: string }[] = await knex('notification_delivery').select(
      'id',
      'notification_id',
      'status',
    );
    const accepted = new Map<string, number>();
    for (const mail of smtp.accepted) {
      const id = mail.messageId?.split('@')[0] ?? '';
      accepted.set(id, (accepted.get(id) ?? 0) + 1);
    }
    const notOnce = deliveries.filter((d) => accepted.get(`${d.notification_id}.${d.id}`) !== 1);
    expect(notOnce).toEqual([]);
    expect(smtp.accepted).toHaveLength(deliveries.length);
    // Not vacuous: the outage's transitions asked for notifications, and every one of them exists
    // now and was mailed (each of its deliveries accepted once, checked above for all).
    expect(duringOutage.length).toBeGreaterThan(0);
    const ofOutage: { id: string; email_status: string }[] = await knex('notification')
      .whereIn(
        'dedupe_key',
        duringOutage.map((id) => `outbox:${id}`),
      )
      .select('id', 'email_status');
    expect(ofOutage).toHaveLength(duringOutage.length);
    expect(ofOutage.filter((n) => n.email_status === 'PENDING')).toEqual([]);
    const outageIds = new Set(ofOutage.map((n) => String(n.id)));
    const outageDeliveries = deliveries.filter((d) => outageIds.has(String(d.notification_id)));
    expect(outageDeliveries.length).toBeGreaterThan(0);
    expect(outageDeliveries.filter((d) => d.status !== 'SENT')).toEqual([]);

    // The subscriber saw every confirmed change, those of the outage included (read from the history).
    await eventually('el suscriptor recibió cada cambio confirmado', () =>
      [...confirmed].every(([key, seqs]) => seqs.every((s) => feed.received.get(key)?.includes(s))),
    );

    // Every term opened during the outage is a delayed job now, and fires when due.
    const terms = (
      await deadlinesOf(
        app,
        opened.map((o) => keyOf(o.id)),
      )
    ).filter((d) => d.status === 'PENDING');
    expect(terms).toHaveLength(opened.length);
    await eventually('cada término tiene su trabajo diferido', async () => {
      const states = await Promise.all(terms.map((d) => worker.queues.deadlines.getJobState(fireJobId(d))));
      return states.every((s) => s === 'delayed');
    });
    const lastDue = Math.max(...terms.map((d) => d.dueAt.getTime()));
    await moveClockTo(app, new Date(lastDue + 60_000));
    await worker.queues.deadlines.promoteJobs();
    await eventually(
      'cada autoevaluación abierta venció al cierre de la vigencia',
      async () => {
        const now = await deadlinesOf(
          app,
          terms.map((d) => d.caseId),
        );
        return now.every((d) => d.status === 'EXPIRED');
      },
      30_000,
    );
    for (const o of opened) {
      const kase = await execute(app.url, CaseDocument, { id: o.id }, { token: coordinator });
      expect(kase.data!.case).toMatchObject({ state: 'expired' });
    }

    console.log(
      [
        `Redis detenido ${OUTAGE_MS / 1000} s bajo carga (${CLIENTS} clientes):`,
        `  lecturas respondidas: antes ${reads.before}, durante ${reads.outage}, después ${reads.after}; fallidas ${failures.length}`,
        `  transiciones confirmadas: antes ${transitions.before}, durante ${transitions.outage}, después ${transitions.after}; todas en el historial`,
        `  /health durante el corte: ${settledOutage.length} sondeos, todos 200 degraded/redis down; ${probes.length} sondeos en total, ninguno 503`,
        `  términos abiertos durante el corte: ${opened.filter((o) => o.phase === 'outage').length} (de ${opened.length}); todos encolados y vencidos`,
        `  notificaciones por outbox: ${notifyRows.length} (pedidas durante el corte: ${duringOutage.length}, con ${outageDeliveries.length} correos); entregas por correo: ${deliveries.length}, cada una aceptada una vez`,
        `  outbox sin relevar al final: 0; suscriptor: todos los cambios confirmados recibidos`,
      ].join('\n'),
    );
  }, 240_000);
});
