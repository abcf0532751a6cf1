import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';

import { loadConfig } from '../../src/config/env';
import { mintToken } from '../../src/core/auth/jwt';
import { Role } from '../../src/core/auth/principal';
import { createLogger } from '../../src/core/logger';
import { PRIVACY_NOTICE } from '../../src/modules/people/privacy-notice';
import { startSystem, type System } from '../../src/system';
import { StartAssessmentDocument } from '../graphql/generated';
import { errorCode, execute, executeText } from '../support/http';
import { startMailCapture, type MailCapture } from '../support/smtp-capture';
import { createTestDatabase, temporaryDir } from '../support/test-db';
import { personToken, RATE_LIMITS_OFF, TEST_JWT_SECRET, type TestSystem } from '../support/test-system';
import { answerAssessment, openProgramme, sendEvent } from '../support/workflow';

jest.setTimeout(120_000);

/** The personal data the scenario handles: none of it may reach the log. */
const NAME = 'Ximena Zabaleta Urrutia';
const LOCAL_PART = 'ximena.zabaleta.bitacora';
const EMAIL = `${LOCAL_PART}@alcaldia-prueba.example.org`;
const PHONE = '+57 310 987 6543';

async function until<T>(what: string, read: () => T | Promise<T>, timeoutMs = 20_000): Promise<NonNullable<T>> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (value) return value as NonNullable<T>;
    if (Date.now() > end) throw new Error(`no llegó a tiempo: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('Los registros (logs) no contienen datos personales', () => {
  let system: System;
  let app: TestSystem;
  let mail: MailCapture;
  let logFile: string;
  let stopped = false;

  beforeAll(async () => {
    mail = await startMailCapture();
    logFile = join(temporaryDir('cti-log-privacy-'), 'cti.log');
    const config = loadConfig(
      {
        DATABASE_URL: await createTestDatabase(),
        REDIS_URL: process.env.TEST_REDIS_URL,
        JWT_SECRET: TEST_JWT_SECRET,
        PORT: '0',
        LOG_LEVEL: 'debug',
        VAR_DIR: temporaryDir('cti-test-var-'),
        REDIS_PREFIX: `test-${randomUUID().slice(0, 8)}`,
        SMTP_URL: mail.url,
        ...RATE_LIMITS_OFF,
      },
      () => {
        throw new Error('los tests siempre definen JWT_SECRET');
      },
    );
    const logger = createLogger(config, pino.destination({ dest: logFile, sync: true }));
    system = await startSystem(config, { prepareDatabase: true, worker: true, logger });
    app = {
      url: system.api.url,
      system,
      config,
      token: (role, entityCode) =>
        personToken(system, {
          sub: `${role.toLowerCase()}@test`,
          role,
          entityCode: role.startsWith('ENTITY_') ? (entityCode ?? '05001') : undefined,
        }),
      stop: () => system.stop(),
    };
  });
  afterAll(async () => {
    if (!stopped) await system?.stop();
    await mail?.close();
  });

  it('una invitación, su aceptación, una actuación que avisa por correo y entradas inválidas no dejan nombre, correo ni teléfono en el log', async () => {
    const coordinator = await app.token(Role.COORDINATOR);
    const { cycleId } = await openProgramme(app, coordinator);

    // Invitation mailed through the real SMTP server.
    const invited = await executeText(
      app.url,
      `mutation I($input: InvitePersonInput!) { invitePerson(input: $input) { id } }`,
      { input: { email: EMAIL, name: NAME, role: 'REPRESENTATIVE', entityCode: '05001' } },
      { token: coordinator },
    );
    expect(invited.errors).toBeUndefined();
    const invitation = await until('el correo de la invitación', () => mail.messages.find((m) => m.rcptTo.includes(EMAIL)));
    const code = /invitaciones\/([A-Za-z0-9_-]{43})/.exec(invitation.text)?.[1];
    expect(code).toBeDefined();

    // First sign-in, the privacy notice, the invitation accepted.
    const token = await mintToken(app.config, { sub: `idp|${randomUUID()}`, email: EMAIL, name: NAME });
    const accepted = await executeText(
      app.url,
      `mutation A($input: AcceptPrivacyNoticeInput!) { acceptPrivacyNotice(input: $input) { accepted } }`,
      { input: { version: PRIVACY_NOTICE.version } },
      { token },
    );
    expect(accepted.errors).toBeUndefined();
    const joined = await executeText(
      app.url,
      `mutation J($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { __typename } }`,
      { input: { code } },
      { token },
    );
    expect(joined.errors).toBeUndefined();
    const me = await executeText(app.url, `{ me { role person { id } } }`, undefined, { token });
    expect((me.data as unknown as { me: { role: string } }).me.role).toBe('ENTITY_REPRESENTATIVE');

    // A phone on record, read back through the API.
    const knex = system.orm.em.getKnex();
    await knex('person').where({ contact_email: EMAIL }).update({ phone: PHONE });
    const data = await executeText(app.url, `{ myData }`, undefined, { token });
    expect(JSON.stringify(data.data)).toContain(PHONE);

    // A case action of hers that tells the entity (and so her) by mail.
    const started = await execute(app.url, StartAssessmentDocument, { input: { cycleId } }, { token });
    expect(started.errors).toBeUndefined();
    const caseId = started.data!.startAssessment.case.id;
    await answerAssessment(app, token, caseId);
    const submitted = await sendEvent(app, token, 'MATURITY_ASSESSMENT', caseId, 'SUBMIT');
    expect(submitted.errors).toBeUndefined();
    await until('el outbox del envío, relevado', async () => {
      const pending = await knex('outbox').whereNull('processed_at').count({ n: '*' }).first();
      return Number(pending?.n ?? 0) === 0;
    });
    // Every mail of it sent (to her too, as the entity's representative, where the notifications reach the entity's people).
    await until('los correos del envío, enviados', async () => {
      const notifications = await knex('notification').where({ email_status: 'PENDING' }).count({ n: '*' }).first();
      const deliveries = await knex('notification_delivery').where({ status: 'PENDING' }).count({ n: '*' }).first();
      return Number(notifications?.n ?? 0) + Number(deliveries?.n ?? 0) === 0 && mail.messages.length >= 2;
    });
    // Bad inputs that carry her e-mail and name.
    const bad = await executeText(
      app.url,
      `mutation I($input: InvitePersonInput!) { invitePerson(input: $input) { id } }`,
      { input: { email: `${EMAIL} ${NAME}`, name: NAME.repeat(20), role: 'MEMBER', entityCode: '05001' } },
      { token },
    );
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    const wrongVersion = await executeText(
      app.url,
      `mutation A($input: AcceptPrivacyNoticeInput!) { acceptPrivacyNotice(input: $input) { accepted } }`,
      { input: { version: EMAIL } },
      { token },
    );
    expect(errorCode(wrongVersion)).toBe('BAD_USER_INPUT');
    const literal = await executeText(app.url, `{ people(filter: { search: "${EMAIL}", nope: "${NAME}" }) { totalCount } }`, undefined, {
      token: coordinator,
    });
    expect(errorCode(literal)).toBe('BAD_USER_INPUT');

    // A database error whose statement carries her data, logged as the system logs internal errors.
    const failure = await knex('person')
      // status is required: SQLite's message quotes the statement with its values, PostgreSQL's detail the failing row.
      .insert({
        id: randomUUID(),
        subject: `otro|${randomUUID()}`,
        pseudonym: 'P-SINESTADO',
        name: NAME,
        email: EMAIL,
        contact_email: EMAIL,
        phone: PHONE,
        status: null,
        created_at: new Date(),
        mail_muted_kinds: '[]',
      })
      .then(() => null)
      .catch((err: unknown) => err);
    // better-sqlite3's SqliteError comes from another realm than Jest's Error: checked by shape.
    expect(failure).toEqual(expect.objectContaining({ message: expect.any(String) }));
    const { message, detail } = failure as Error & { detail?: string };
    expect(`${message} ${detail ?? ''}`).toContain(EMAIL);
    system.logger.error({ err: failure }, 'error interno (prueba)');
    system.logger.warn({ email: EMAIL, to: EMAIL, job: { to: [EMAIL], phone: PHONE } }, `correo para ${EMAIL}`);

    await system.stop();
    stopped = true;
    const log = readFileSync(logFile, 'utf8');
    expect(log.split('\n').filter(Boolean).length).toBeGreaterThan(5);
    expect(log).toContain('error interno (prueba)');
    for (const secret of [NAME, ...NAME.split(' ').filter((w) => w.length > 4), EMAIL, LOCAL_PART, PHONE, PHONE.replace(/\D/g, '')]) {
      expect([secret, log.includes(secret)]).toEqual([secret, false]);
    }
  });
});
