// The queue console (issue 23): bull-board at /admin/queues for coordinators, signed in from a
// browser with a one-time link the API gives through GraphQL, re-checked against the people
// directory on every request, read-only but for retrying failed jobs.
import { randomUUID } from 'node:crypto';
import { Queue, UnrecoverableError, Worker } from 'bullmq';

import { Role } from '../../src/core/auth/principal';
import { bullPrefix, QueueName } from '../../src/core/queue/queues';
import { SEND_INVITATION, type SendInvitationPayload } from '../../src/modules/people/send-invitation.job';
import { CONSOLE_CONTENT_SECURITY_POLICY } from '../../src/modules/queue-console/console-pages';
import { SESSION_COOKIE } from '../../src/modules/queue-console/console-routes';
import { HIDDEN } from '../../src/modules/queue-console/queue-console.service';
import { startPrivateRedis, type PrivateRedis } from '../support/fault-injection';
import { dataOf, errorCode, executeText } from '../support/http';
import { personToken, startTestSystem, type TestSystem } from '../support/test-system';
import { clockOf } from '../support/time-travel';

jest.setTimeout(120_000);

const LINK = 'mutation L { queueConsoleLink { url expiresAt } }';
const ME = '{ me { person { id } } }';

let app: TestSystem;

beforeAll(async () => {
  app = await startTestSystem({ CLOCK: 'adjustable' });
});

afterAll(async () => {
  await app?.stop();
});

const gql = (token: string | undefined, query: string, variables?: Record<string, unknown>) =>
  executeText(app.url, query, variables, token ? { token } : {});

async function linkOf(token: string): Promise<{ url: string; expiresAt: string }> {
  return dataOf<{ queueConsoleLink: { url: string; expiresAt: string } }>(await gql(token, LINK)).queueConsoleLink;
}

interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

/** A request under the console, as a browser would make it (no redirects followed), with the session cookie if given. */
async function request(path: string, session?: string, init: RequestInit = {}): Promise<Answer> {
  const res = await fetch(path.startsWith('http') ? path : `${app.url}${path}`, {
    redirect: 'manual',
    ...init,
    headers: { ...(session ? { cookie: `${SESSION_COOKIE}=${session}` } : {}), ...(init.headers as Record<string, string>) },
  });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

/** The session a sign-in answer sets, with its cookie's attributes. */
function sessionOf(answer: Answer): { value: string; attributes: string[] } {
  const cookie = answer.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) throw new Error(`la respuesta (${answer.status}) no abrió sesión: ${answer.text.slice(0, 300)}`);
  const [pair, ...attributes] = cookie.split(';').map((p) => p.trim());
  return { value: pair.slice(SESSION_COOKIE.length + 1), attributes };
}

/** Signs the person in: asks for a link and opens it; returns the session cookie's value. */
async function signIn(token: string): Promise<string> {
  const opened = await request((await linkOf(token)).url);
  expect(opened.status).toBe(200);
  return sessionOf(opened).value;
}

const json = (answer: Answer) => JSON.parse(answer.text) as { code?: string; message?: string; queues?: { name: string }[] };

describe('La consola de colas (/admin/queues)', () => {
  it('gives a sign-in link only to coordinators', async () => {
    const refused: Role[] = [
      Role.ENTITY_REPRESENTATIVE,
      Role.ENTITY_TIC_LEADER,
      Role.ENTITY_MEMBER,
      Role.ADVISOR,
      Role.EVALUATOR,
      Role.AUDITOR,
    ];
    for (const role of refused) {
      const res = await gql(await app.token(role), LINK);
      expect([role, errorCode(res), res.data]).toEqual([role, 'FORBIDDEN', null]);
    }
    expect(errorCode(await gql(undefined, LINK))).toBe('UNAUTHENTICATED');
    const before = Date.now();
    const link = await linkOf(await app.token(Role.COORDINATOR));
    expect(link.url.startsWith(`${app.url}/admin/queues/entrar?t=`)).toBe(true);
    const lifetime = new Date(link.expiresAt).getTime() - before;
    expect(lifetime).toBeGreaterThan(55_000);
    expect(lifetime).toBeLessThanOrEqual(61_000);
    console.log(`consola de colas: enlace negado a ${refused.length} roles y a un anónimo; concedido a la coordinación`);
  });

  it('answers a HEAD of a link without spending it', async () => {
    const { url } = await linkOf(await app.token(Role.COORDINATOR));
    // A link previewer or a mail scanner asking first.
    const head = await request(url, undefined, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.getSetCookie()).toEqual([]);
    const opened = await request(url);
    expect(opened.status).toBe(200);
    expect(sessionOf(opened).value).not.toBe('');
    expect((await request(url, undefined, { method: 'HEAD' })).headers.getSetCookie()).toEqual([]);
  });

  it('signs out from the board, from this origin only', async () => {
    const session = await signIn(await app.token(Role.COORDINATOR));
    // The board's menu links to the sign-out page (bull-board's miscLinks, in the page's config).
    const board = await request('/admin/queues/', session);
    expect(board.status).toBe(200);
    expect(board.text).toContain('/admin/queues/salir');
    const page = await request('/admin/queues/salir', session);
    expect(page.status).toBe(200);
    expect(page.text).toContain('<form method="post" action="/admin/queues/salir"><button type="submit">Cerrar sesión</button></form>');
    expect(page.headers.get('content-security-policy')).toContain("form-action 'self'");

    const cleared = (answer: Answer) =>
      answer.headers.getSetCookie().some((c) => c.startsWith(`${SESSION_COOKIE}=;`) && c.includes('Max-Age=0'));
    const post = (headers: Record<string, string>) => request('/admin/queues/salir', session, { method: 'POST', headers });
    // Another site's form: refused, the cookie left alone.
    for (const headers of [
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
      { origin: 'https://otro.example' },
      { origin: 'null' },
    ] as Record<string, string>[]) {
      const refused = await post(headers);
      expect([headers, refused.status, cleared(refused)]).toEqual([headers, 403, false]);
      expect(refused.text).toContain('Solicitud rechazada');
    }
    expect((await request('/admin/queues/salir', session, { method: 'PUT' })).status).toBe(405);
    // The console's own button: the browser is told to forget the cookie.
    const out = await post({ 'sec-fetch-site': 'same-origin', origin: app.url });
    expect(out.status).toBe(200);
    expect(cleared(out)).toBe(true);
    expect(out.text).toContain('Sesión cerrada');
    expect(cleared(await post({ origin: app.url }))).toBe(true);
    console.log('consola de colas: salida negada a 4 orígenes ajenos; aceptada desde la propia consola');
  });

  it('refuses the board and its JSON API without a session (401), with a Spanish page or message', async () => {
    for (const path of ['/admin/queues', '/admin/queues/', '/admin/queues/queue/deadlines']) {
      const page = await request(path);
      expect([path, page.status]).toEqual([path, 401]);
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      expect(page.text).toContain('Inicie sesión en la consola de colas');
      expect(page.text).toContain('queueConsoleLink');
    }
    const api = await request('/admin/queues/api/queues');
    expect(api.status).toBe(401);
    expect(json(api)).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringContaining('queueConsoleLink') });
    // Not even bull-board's static files, nor with a made-up cookie.
    expect((await request('/admin/queues/static/images/logo.svg')).status).toBe(401);
    expect((await request('/admin/queues/api/queues', 'inventada.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA')).status).toBe(401);
  });

  it('opens a session once per link, and the session lists every queue of the system', async () => {
    const { url } = await linkOf(await app.token(Role.COORDINATOR));
    const opened = await request(url);
    expect(opened.status).toBe(200);
    // A page that moves on by itself (same-site, so the SameSite=Strict cookie is sent), not a redirect.
    expect(opened.text).toContain('<meta http-equiv="refresh" content="0; url=/admin/queues/">');
    const session = sessionOf(opened);
    expect(session.attributes).toEqual(expect.arrayContaining(['Path=/admin/queues', 'Max-Age=1800', 'HttpOnly', 'SameSite=Strict']));
    // PUBLIC_URL is not https here: the cookie would not travel over plain HTTP if it were Secure.
    expect(session.attributes).not.toContain('Secure');
    expect(opened.text).not.toContain(session.value);

    const again = await request(url);
    expect(again.status).toBe(410);
    expect(again.text).toContain('ya se usó');
    expect(again.headers.getSetCookie().some((c) => c.startsWith(`${SESSION_COOKIE}=`) && !c.startsWith(`${SESSION_COOKIE}=;`))).toBe(
      false,
    );

    const api = await request('/admin/queues/api/queues', session.value);
    expect(api.status).toBe(200);
    const names = json(api)
      .queues!.map((q) => q.name)
      .sort();
    expect(names).toEqual(Object.values(QueueName).sort());
    const board = await request('/admin/queues/', session.value);
    expect(board.status).toBe(200);
    expect(board.text).toContain('static/js/main.');
    expect(board.headers.get('content-security-policy')).toBe(CONSOLE_CONTENT_SECURITY_POLICY);
    expect(board.headers.get('x-powered-by')).toBeNull();
    console.log(`consola de colas: la sesión ve ${names.length} colas (${names.join(', ')})`);
  });

  it('refuses a link after its minute, and a session after its 30 minutes', async () => {
    const clock = clockOf(app);
    const token = await app.token(Role.COORDINATOR);
    try {
      const { url } = await linkOf(token);
      await clock.advance(61_000);
      const late = await request(url);
      expect(late.status).toBe(410);
      expect(late.text).toContain('venció');
      await clock.set(new Date());

      const session = await signIn(token);
      expect((await request('/admin/queues/api/queues', session)).status).toBe(200);
      await clock.advance(31 * 60_000);
      expect((await request('/admin/queues/api/queues', session)).status).toBe(401);
    } finally {
      await clock.set(new Date());
    }
  });

  it('refuses a tampered link, and a pass of one kind offered as the other', async () => {
    const token = await app.token(Role.COORDINATOR);
    const { url } = await linkOf(token);
    const pass = new URL(url).searchParams.get('t')!;
    const [body, signature] = pass.split('.');
    const claim = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { exp: number };
    const longer = Buffer.from(JSON.stringify({ ...claim, exp: claim.exp + 3600 })).toString('base64url');
    // A last character that differs only in the bits base64url leaves unused: the same bytes once
    // decoded, another text. (Flipping A and B is such a change; it made this test pass a forgery
    // one run in sixteen until the text itself was compared.)
    const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const sameBytes = `${signature.slice(0, -1)}${ALPHABET[ALPHABET.indexOf(signature.at(-1)!) ^ 1]}`;
    expect(Buffer.from(sameBytes, 'base64url')).toEqual(Buffer.from(signature, 'base64url'));
    const flipped = `${signature.slice(0, -2)}${signature.at(-2) === 'A' ? 'B' : 'A'}${signature.at(-1)}`;
    for (const forged of [`${longer}.${signature}`, `${body}.${flipped}`, `${body}.${sameBytes}`, body, '']) {
      const res = await request(`/admin/queues/entrar?t=${encodeURIComponent(forged)}`);
      expect([forged, res.status]).toEqual([forged, 403]);
      expect(res.text).toContain('no es válido o fue alterado');
      expect(res.headers.getSetCookie().filter((c) => !c.startsWith(`${SESSION_COOKIE}=;`))).toEqual([]);
    }
    // The untouched link still works (the refusals spent nothing of it); its session is no link, and a link is no session.
    const session = sessionOf(await request(url)).value;
    expect((await request(`/admin/queues/entrar?t=${session}`)).status).toBe(403);
    const { url: unused } = await linkOf(token);
    expect((await request('/admin/queues/api/queues', new URL(unused).searchParams.get('t')!)).status).toBe(401);
  });

  it('lets a coordinator retry failed jobs and refuses every other change', async () => {
    const session = await signIn(await app.token(Role.COORDINATOR));
    const prefix = bullPrefix(app.config.redisPrefix);
    const connection = { url: process.env.TEST_REDIS_URL! };
    const queue = new Queue(QueueName.MAINTENANCE, { connection, prefix });
    // This system runs no worker: a job fails here, at once, with nothing else taking it.
    const worker = new Worker(
      QueueName.MAINTENANCE,
      async () => {
        throw new UnrecoverableError('falla de prueba de la consola');
      },
      { connection, prefix },
    );
    try {
      const failedOnce = new Promise<void>((resolve) => worker.once('failed', () => resolve()));
      const failed = await queue.add('prueba-consola', {}, { jobId: 'prueba-consola-1' });
      await failedOnce;
      await worker.close();
      expect(await failed.getState()).toBe('failed');
      const waiting = await queue.add('prueba-consola', {}, { jobId: 'prueba-consola-2' });

      const put = (path: string) => request(`/admin/queues/api/queues${path}`, session, { method: 'PUT' });
      const refusedChanges = [
        await put('/maintenance/clean/completed'),
        await put('/maintenance/empty'),
        await put('/maintenance/pause'),
        await put('/pause'),
        await put('/maintenance/promote'),
        await put('/maintenance/retry/completed'),
        await put(`/maintenance/${waiting.id}/retry`),
        await put(`/maintenance/${failed.id}/clean`),
        await request('/admin/queues/api/queues/maintenance/add', session, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ name: 'inyectado', data: {} }),
        }),
        await request(`/admin/queues/api/queues/maintenance/${failed.id}/update-data`, session, {
          method: 'PATCH',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ data: { x: 1 } }),
        }),
      ];
      for (const res of refusedChanges) {
        expect(res.status).toBe(403);
        expect(json(res).message).toContain('reintentar trabajos fallidos');
      }
      expect(await queue.getJobCounts('waiting', 'failed')).toEqual({ waiting: 1, failed: 1 });
      expect(await queue.isPaused()).toBe(false);

      expect((await put(`/maintenance/${failed.id}/retry`)).status).toBe(204);
      expect(await failed.getState()).toBe('waiting');
      const all = await put('/maintenance/retry/failed');
      expect(all.status).toBe(200);
      expect(JSON.parse(all.text)).toMatchObject({ retried: 0 });
      console.log(`consola de colas: ${refusedChanges.length} cambios negados; reintento de un trabajo fallido aceptado`);
    } finally {
      await worker.close();
      await queue.obliterate({ force: true });
      await queue.close();
    }
  });

  it('hides the one-time codes that mail jobs carry', async () => {
    const session = await signIn(await app.token(Role.COORDINATOR));
    const queue = new Queue(QueueName.NOTIFICATIONS, {
      connection: { url: process.env.TEST_REDIS_URL! },
      prefix: bullPrefix(app.config.redisPrefix),
    });
    try {
      const payload: SendInvitationPayload = { invitationId: randomUUID(), code: 'codigo-secreto-de-invitacion', linkBase: app.url };
      const job = await queue.add(SEND_INVITATION, payload, { jobId: 'prueba-consola-invitacion' });
      const seen = await request(`/admin/queues/api/queues/${QueueName.NOTIFICATIONS}/${job.id}`, session);
      expect(seen.status).toBe(200);
      expect(seen.text).not.toContain(payload.code);
      expect((JSON.parse(seen.text) as { job: { data: unknown } }).job.data).toEqual({ ...payload, code: HIDDEN });
      const list = await request(`/admin/queues/api/queues?activeQueue=${QueueName.NOTIFICATIONS}&status=waiting`, session);
      expect(list.status).toBe(200);
      expect(list.text).toContain(payload.invitationId);
      expect(list.text).not.toContain(payload.code);
    } finally {
      await queue.obliterate({ force: true });
      await queue.close();
    }
  });

  it('refuses a coordinator on the next request once they leave the directory or are deactivated', async () => {
    const admin = await app.token(Role.COORDINATOR);
    const leaving = await personToken(app, { sub: 'coordinadora.saliente@test', role: Role.COORDINATOR });
    const deactivated = await personToken(app, { sub: 'coordinador.desactivado@test', role: Role.COORDINATOR });
    const late = await personToken(app, { sub: 'coordinador.tardio@test', role: Role.COORDINATOR });
    const sessions = [await signIn(leaving), await signIn(deactivated)];
    for (const session of sessions) expect((await request('/admin/queues/api/queues', session)).status).toBe(200);
    const pendingLink = (await linkOf(late)).url;

    const personOf = async (token: string) => dataOf<{ me: { person: { id: string } } }>(await gql(token, ME)).me.person.id;
    const [leavingId, deactivatedId, lateId] = [await personOf(leaving), await personOf(deactivated), await personOf(late)];
    dataOf(
      await gql(admin, 'mutation E($input: EndMembershipInput!) { endMembership(input: $input) { id } }', {
        input: { personId: leavingId, reason: 'Terminó su encargo en la coordinación' },
      }),
    );
    dataOf(
      await gql(admin, 'mutation D($input: DeactivatePersonInput!) { deactivatePerson(input: $input) { id } }', {
        input: { personId: deactivatedId, reason: 'Dejó el Ministerio' },
      }),
    );
    dataOf(
      await gql(admin, 'mutation E($input: EndMembershipInput!) { endMembership(input: $input) { id } }', {
        input: { personId: lateId, reason: 'Cambió de dependencia' },
      }),
    );

    for (const session of sessions) {
      const api = await request('/admin/queues/api/queues', session);
      expect(api.status).toBe(403);
      expect(json(api).code).toBe('FORBIDDEN');
      const page = await request('/admin/queues/', session);
      expect(page.status).toBe(403);
      expect(page.text).toContain('Sin acceso a la consola de colas');
    }
    // A link asked for before the revocation opens no session after it.
    const opened = await request(pendingLink);
    expect(opened.status).toBe(403);
    expect(opened.headers.getSetCookie().filter((c) => !c.startsWith(`${SESSION_COOKIE}=;`))).toEqual([]);
  });
});

describe('La consola de colas sin Redis', () => {
  let redis: PrivateRedis;
  let own: TestSystem;

  beforeAll(async () => {
    redis = await startPrivateRedis();
    own = await startTestSystem({ REDIS_URL: redis.url });
  }, 60_000);
  afterAll(async () => {
    process.kill(redis.pid, 'SIGCONT');
    await own?.stop();
    await redis?.stop();
  });

  const at = (path: string, session: string) =>
    fetch(`${own.url}${path}`, { redirect: 'manual', headers: { cookie: `${SESSION_COOKIE}=${session}` } }).then(async (res) => ({
      status: res.status,
      retryAfter: res.headers.get('retry-after'),
      text: await res.text(),
    }));

  it('answers 503 with a Spanish page while Redis hangs, and serves again once it answers', async () => {
    const link = dataOf<{ queueConsoleLink: { url: string } }>(
      await executeText(own.url, LINK, undefined, { token: await own.token(Role.COORDINATOR) }),
    ).queueConsoleLink.url;
    const opened = await fetch(link, { redirect: 'manual' });
    const cookie = opened.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`))!;
    const session = cookie.split(';')[0].slice(SESSION_COOKIE.length + 1);
    expect((await at('/admin/queues/api/queues', session)).status).toBe(200);

    // Accepting connections and answering nothing: the worst case for a client that waits.
    process.kill(redis.pid, 'SIGSTOP');
    try {
      const page = await at('/admin/queues/', session);
      const api = await at('/admin/queues/api/queues', session);
      console.log(`consola de colas con Redis detenido (SIGSTOP): página ${page.status}, API ${api.status}`);
      expect([page.status, api.status]).toEqual([503, 503]);
      expect(page.text).toContain('Consola de colas no disponible');
      expect(page.retryAfter).toBe('30');
      expect(JSON.parse(api.text)).toMatchObject({ code: 'SERVICE_UNAVAILABLE', message: expect.stringContaining('Redis') });
    } finally {
      process.kill(redis.pid, 'SIGCONT');
    }
    const back = await eventuallyOk(() => at('/admin/queues/api/queues', session));
    expect(back).toBe(200);
  });
});

/** The status once it is 200, trying for a while (the console's connection reconnects after Redis returns). */
async function eventuallyOk(probe: () => Promise<{ status: number }>): Promise<number> {
  let status = 0;
  for (let i = 0; i < 100 && status !== 200; i++) {
    status = (await probe()).status;
    if (status !== 200) await new Promise((r) => setTimeout(r, 100));
  }
  return status;
}
