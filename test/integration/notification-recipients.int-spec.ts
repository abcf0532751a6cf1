// Notifications reach real people: the recipients of each notice come from the people directory
// when it is written (an entity's representative, TIC leader and opted-in members; each active
// coordinator; the assigned person), as mail delivered to a real SMTP server, one message per
// recipient. Preferences (muted kinds, a daily digest) apply except to legally significant notices.
// An entity without a representative is flagged to the coordinators. Through the real HTTP API and
// worker, on an adjustable clock.
import { Role } from '../../src/core/auth/principal';
import { fromGlobalId } from '../../src/core/graphql/global-ids';
import { StartApplicationDocument, StartAssessmentDocument } from '../graphql/generated';
import { errorCode, execute, executeText } from '../support/http';
import { notificationOfMessageId, startMailCapture, type CapturedMail, type MailCapture } from '../support/smtp-capture';
import { personToken, startTestSystem, type TestSystem } from '../support/test-system';
import { bogota, clockOf, eventually, finished, openProgrammeAt, settled, timeTravelEnv, travelTo } from '../support/time-travel';
import { drive, validatedAssessment, type Actors } from '../support/workflow';

/** Friday 20 November 2026, 3 p.m. in Bogotá. */
const START = bogota('2026-11-20T15:00:00');
/**
 * Corrections requested on the 20th: one calendar month (machine version 3) from the 21st → Monday
 * 21 Dec; reminded 5 business days before, Monday 14 Dec 08:00.
 */
const FIRST_REMINDER = bogota('2026-12-14T08:00:00');
const PROGRAMME = 'ciudadesyterritoriosinteligentes@mintic.gov.co';

const MAIL = {
  coordinatorOne: 'coordinadora.uno@mintic.gov.co',
  coordinatorTwo: 'coordinador.dos@mintic.gov.co',
  coordinatorGone: 'coordinadora.retirada@mintic.gov.co',
  representative: 'alcalde@medellin.gov.co',
  ticLeader: 'lider.tic@medellin.gov.co',
  optedIn: 'funcionaria.avisos@medellin.gov.co',
  member: 'funcionario@medellin.gov.co',
  otherEntity: 'alcalde@cali.gov.co',
  bogotaTic: 'lider.tic@bogota.gov.co',
  bogotaMember: 'funcionaria@bogota.gov.co',
};

const keyOf = (id: string) => fromGlobalId(id)?.key ?? id;

const NOTIFICATIONS = `query($first: Int) { notifications(first: $first) { edges { node { id kind caseId audience title body } } } }`;
interface NotificationNode {
  id: string;
  kind: string;
  caseId: string | null;
  audience: string;
  title: string;
  body: string;
}

const PREFERENCES_FIELDS = 'mutedKinds digest entityMail';
const UPDATE_PREFERENCES = `mutation($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { id ${PREFERENCES_FIELDS} } }`;
const MY_PREFERENCES = `{ me { person { id notificationPreferences { id ${PREFERENCES_FIELDS} } } } }`;
const PERSON_PREFERENCES = `query($id: ID!) { person(id: $id) { id notificationPreferences { ${PREFERENCES_FIELDS} } } }`;

describe('notifications reach the people of the directory, by mail', () => {
  let app: TestSystem;
  let mail: MailCapture;
  let knex: ReturnType<TestSystem['system']['orm']['em']['getKnex']>;
  const tokens: Record<string, string> = {};
  let medellin: Actors;
  let bogotaDc: Actors;
  let medellinAssessment: string;
  let bogotaAssessment: string;
  let application: string;

  async function notifications(token: string): Promise<NotificationNode[]> {
    const res = await executeText(app.url, NOTIFICATIONS, { first: 100 }, { token });
    expect(res.errors).toBeUndefined();
    return (res.data as unknown as { notifications: { edges: { node: NotificationNode }[] } }).notifications.edges.map((e) => e.node);
  }

  /** The one notification `token`'s holder sees about a case (or any case) whose title matches. */
  async function notice(token: string, caseId: string | null, kind: string, title: RegExp | string): Promise<NotificationNode> {
    const found = await eventually(app, `el aviso ${kind} «${String(title)}»`, async () => {
      const list = (await notifications(token)).filter(
        (n) =>
          n.kind === kind &&
          (caseId === null || n.caseId === caseId) &&
          (typeof title === 'string' ? n.title.includes(title) : title.test(n.title)),
      );
      return list.length ? list : undefined;
    });
    expect(found).toHaveLength(1);
    return found[0];
  }

  /** Every message delivered for a notification (one per recipient), once its pending deliveries are all sent. */
  async function mailsOf(notificationId: string): Promise<CapturedMail[]> {
    const key = keyOf(notificationId);
    await eventually(app, `el correo de ${key}`, async () => {
      const pending = await knex('notification_delivery').where({ notification_id: key, status: 'PENDING' }).count({ n: '*' });
      return Number(pending[0].n) === 0;
    });
    await settled(app);
    return mail.messages.filter((m) => notificationOfMessageId(m.messageId) === key);
  }

  const rcpts = (mails: CapturedMail[]) => mails.flatMap((m) => m.rcptTo).sort();

  async function enroll(name: string, role: Role, email: string, entityCode?: string): Promise<string> {
    tokens[name] = await personToken(app, { sub: `${name}@sub.test`, role, entityCode, email, name: `Persona ${name}` });
    return tokens[name];
  }

  async function personIdOf(token: string): Promise<string> {
    const res = await executeText(app.url, MY_PREFERENCES, {}, { token });
    expect(res.errors).toBeUndefined();
    return (res.data as unknown as { me: { person: { id: string } } }).me.person.id;
  }

  async function setPreferences(token: string, input: Record<string, unknown>) {
    const res = await executeText(app.url, UPDATE_PREFERENCES, { input }, { token });
    expect(res.errors).toBeUndefined();
    return (res.data as unknown as { updateNotificationPreferences: Record<string, unknown> }).updateNotificationPreferences;
  }

  beforeAll(async () => {
    mail = await startMailCapture();
    app = await startTestSystem(timeTravelEnv({ SMTP_URL: mail.url, DIGEST_HOUR: '7' }), { worker: true });
    knex = app.system.orm.em.getKnex();
    await clockOf(app).set(START);
    await enroll('coordinator-one', Role.COORDINATOR, MAIL.coordinatorOne);
    await enroll('coordinator-two', Role.COORDINATOR, MAIL.coordinatorTwo);
    await enroll('coordinator-gone', Role.COORDINATOR, MAIL.coordinatorGone);
    await enroll('representative', Role.ENTITY_REPRESENTATIVE, MAIL.representative, '05001');
    await enroll('tic-leader', Role.ENTITY_TIC_LEADER, MAIL.ticLeader, '05001');
    await enroll('opted-in', Role.ENTITY_MEMBER, MAIL.optedIn, '05001');
    await enroll('member', Role.ENTITY_MEMBER, MAIL.member, '05001');
    await enroll('other-entity', Role.ENTITY_REPRESENTATIVE, MAIL.otherEntity, '76001');
    // Bogotá has a TIC leader and a member; its representative leaves once the assessment is submitted.
    await enroll('bogota-representative', Role.ENTITY_REPRESENTATIVE, 'alcaldesa@bogota.gov.co', '11001');
    await enroll('bogota-tic', Role.ENTITY_TIC_LEADER, MAIL.bogotaTic, '11001');
    await enroll('bogota-member', Role.ENTITY_MEMBER, MAIL.bogotaMember, '11001');
    // A coordinator who left: deactivated, so never written to.
    await knex('person').where({ subject: 'coordinator-gone@sub.test' }).update({ status: 'DEACTIVATED' });
    app.system.api.services.people.changed(['coordinator-gone@sub.test']);

    // The TIC leader mutes case updates and reminders (reminders are mandatory: they still come);
    // one member asks for the entity's mail, in a daily digest.
    await setPreferences(tokens['tic-leader'], { mutedKinds: ['CASE_UPDATE', 'DEADLINE_REMINDER'] });
    await setPreferences(tokens['opted-in'], { entityMail: true, digest: true });

    const common = {
      coordinator: tokens['coordinator-one'],
      advisor: await app.token(Role.ADVISOR),
      evaluator: await app.token(Role.EVALUATOR),
      auditor: await app.token(Role.AUDITOR),
    };
    medellin = { ...common, representative: tokens.representative, member: tokens.member };
    bogotaDc = { ...common, representative: tokens['bogota-representative'], member: tokens['bogota-member'] };
    const { cycleId, callId } = await openProgrammeAt(app, common.coordinator, START);
    medellinAssessment = await validatedAssessment(app, medellin, cycleId);
    const bogotaStarted = await execute(app.url, StartAssessmentDocument, { input: { cycleId } }, { token: bogotaDc.member });
    expect(bogotaStarted.errors).toBeUndefined();
    bogotaAssessment = bogotaStarted.data!.startAssessment.case.id;
    await drive(app, bogotaDc, 'MATURITY_ASSESSMENT', bogotaAssessment, 'SUBMIT');
    const leaving = await knex('person').where({ subject: 'bogota-representative@sub.test' }).first('id');
    await knex('membership')
      .where({ person_id: leaving.id })
      .whereNull('ended_at')
      .update({ ended_at: app.system.api.services.clock.now() });
    app.system.api.services.people.changed(['bogota-representative@sub.test']);
    for (const event of ['START_REVIEW', 'VALIDATE']) await drive(app, bogotaDc, 'MATURITY_ASSESSMENT', bogotaAssessment, event);
    const started = await execute(app.url, StartApplicationDocument, { input: { callId } }, { token: medellin.member });
    expect(started.errors).toBeUndefined();
    application = started.data!.startApplication.case.id;
    for (const event of ['SUBMIT', 'START_ELIGIBILITY_REVIEW', 'REQUEST_CORRECTIONS'])
      await drive(app, medellin, 'COFINANCING_APPLICATION', application, event);
    await settled(app);
  });
  afterAll(async () => {
    await app?.stop();
    await mail?.close();
  });

  it("mails a coordinators' notice to each active coordinator, one message each, never to one who left", async () => {
    const submitted = await notice(tokens['coordinator-two'], medellinAssessment, 'CASE_UPDATE', 'Enviar el autodiagnóstico');
    const sent = await mailsOf(submitted.id);
    expect(sent).toHaveLength(2);
    expect(rcpts(sent)).toEqual([MAIL.coordinatorTwo, MAIL.coordinatorOne].sort());
    for (const m of sent) {
      expect(m.rcptTo).toHaveLength(1);
      expect(m.subject).toBe(submitted.title);
      expect(m.text).toContain(submitted.body);
      expect(m.headers['reply-to']).toBe(PROGRAMME);
    }
    // Distinct, deterministic Message-IDs: `<notification>.<delivery>@…`.
    expect(new Set(sent.map((m) => m.messageId)).size).toBe(2);
    const deliveries = await knex('notification_delivery').where({ notification_id: keyOf(submitted.id) });
    expect(deliveries.map((d: { status: string }) => d.status)).toEqual(['SENT', 'SENT']);
    expect(deliveries.every((d: { person_id: string | null }) => d.person_id !== null)).toBe(true);
    expect(sent.map((m) => m.messageId).sort()).toEqual(
      deliveries.map((d: { id: string }) => `<${keyOf(submitted.id)}.${d.id}@ciudadesinteligentes.mintic.gov.co>`).sort(),
    );
  });

  it('does not mail a muted kind, but mails a legally significant notice whatever the preferences', async () => {
    // An ordinary case update: the TIC leader muted it, the opted-in member holds it for the digest.
    const review = await notice(tokens.representative, application, 'CASE_UPDATE', 'Iniciar la revisión de requisitos');
    expect(rcpts(await mailsOf(review.id))).toEqual([MAIL.representative]);
    expect(
      await knex('notification_delivery')
        .where({ notification_id: keyOf(review.id) })
        .orderBy('email')
        .select('email', 'status'),
    ).toEqual([
      { email: MAIL.representative, status: 'SENT' },
      { email: MAIL.optedIn, status: 'DIGEST' },
    ]);
    // Corrections requested (subsanación) is mandatory: at once, to all three.
    const corrections = await notice(tokens.representative, application, 'CASE_UPDATE', 'Solicitar subsanación');
    expect(rcpts(await mailsOf(corrections.id))).toEqual([MAIL.optedIn, MAIL.representative, MAIL.ticLeader].sort());
    expect(
      Boolean(
        Number(
          (
            await knex('notification')
              .where({ id: keyOf(corrections.id) })
              .first('mandatory')
          ).mandatory,
        ),
      ),
    ).toBe(true);
    // Nobody outside the entity's mailing list got either.
    const everyone = rcpts(
      mail.messages.filter((m) => [keyOf(review.id), keyOf(corrections.id)].includes(notificationOfMessageId(m.messageId)!)),
    );
    expect(everyone).not.toContain(MAIL.member);
    expect(everyone).not.toContain(MAIL.otherEntity);
    expect(everyone).not.toContain(MAIL.coordinatorOne);
  });

  it('holds the non-mandatory notices of a digest reader and mails them once, at the digest hour', async () => {
    const digests = () => mail.messages.filter((m) => m.subject.startsWith('Resumen diario de avisos'));
    expect(digests()).toEqual([]);
    // 07:00 of the next day has not come: nothing to send yet.
    await travelTo(app, bogota('2026-11-21T06:59:00'));
    await app.system.worker!.runScheduled('send-digests');
    await settled(app);
    expect(digests()).toEqual([]);

    await travelTo(app, bogota('2026-11-21T07:00:30'));
    await app.system.worker!.runScheduled('send-digests');
    const [digest] = await eventually(app, 'el resumen diario', async () => (digests().length ? digests() : undefined));
    await settled(app);
    expect(digests()).toHaveLength(1);
    expect(digest.rcptTo).toEqual([MAIL.optedIn]);
    expect(digest.headers['reply-to']).toBe(PROGRAMME);
    const personId = keyOf(await personIdOf(tokens['opted-in']));
    expect(digest.messageId).toBe(`<digest.${personId}.2026-11-21@ciudadesinteligentes.mintic.gov.co>`);
    // The entity's ordinary notices of the 20th: the assessment's review and validation, the application's review.
    expect(digest.text).toContain('Estos son los 3 avisos');
    expect(digest.text).toContain('Iniciar la revisión de requisitos');
    expect(digest.text).not.toContain('Solicitar subsanación');
    const held = await knex('notification_delivery').where({ email: MAIL.optedIn, status: 'DIGEST' }).count({ n: '*' });
    expect(Number(held[0].n)).toBe(0);

    // Again (another sweep, or the job itself retried): nothing is sent twice.
    await app.system.worker!.runScheduled('send-digests');
    const { notifications: queue } = app.system.worker!.queues;
    await queue.add(
      'send-digest',
      { personId, day: '2026-11-21', cutoff: bogota('2026-11-21T07:00:00').getTime() },
      { jobId: 'digest-again' },
    );
    expect(await finished(app, queue, 'digest-again')).toBe('skipped');
    await settled(app);
    expect(digests()).toHaveLength(1);
  });

  it("a reminder of the entity's term reaches exactly its representative, TIC leader and the member who opted in", async () => {
    await travelTo(app, new Date(FIRST_REMINDER.getTime() + 30_000));
    const reminder = await notice(tokens.member, application, 'DEADLINE_REMINDER', 'Recordatorio: Subsanación de la postulación');
    const sent = await mailsOf(reminder.id);
    // The TIC leader muted reminders and the member reads a digest: a term about to expire comes anyway, at once.
    expect(rcpts(sent)).toEqual([MAIL.optedIn, MAIL.representative, MAIL.ticLeader].sort());
    expect(sent).toHaveLength(3);
    for (const m of sent) {
      expect(m.subject).toBe(reminder.title);
      expect(m.text).toContain(reminder.body);
    }
    // Every user of the entity sees it in the platform, mailed or not; the other entity does not.
    expect((await notifications(tokens.member)).map((n) => n.id)).toContain(reminder.id);
    expect((await notifications(tokens['other-entity'])).map((n) => n.id)).not.toContain(reminder.id);
  });

  it('flags an entity without an active representative to the coordinators, once a day, and still mails its TIC leader', async () => {
    const reviewed = await notice(tokens['bogota-tic'], bogotaAssessment, 'CASE_UPDATE', 'revisión');
    expect(rcpts(await mailsOf(reviewed.id))).toEqual([MAIL.bogotaTic]);
    // Two notices reached Bogotá that day (review and validation): one flag.
    const flags = (await notifications(tokens['coordinator-one'])).filter((n) => n.kind === 'ENTITY_WITHOUT_REPRESENTATIVE');
    expect(flags).toHaveLength(1);
    const [flag] = flags;
    expect(flag).toMatchObject({ audience: 'COORDINATORS', caseId: bogotaAssessment });
    expect(flag.title).toMatch(/^La entidad .+ \(11001\) no tiene representante activo$/);
    expect(flag.body).toContain('no llegó a ningún representante');
    expect(flag.body).toMatch(/El aviso «[^»]+» no llegó/);
    expect(flag.body).toContain('Lo recibió 1 persona');
    expect(rcpts(await mailsOf(flag.id))).toEqual([MAIL.coordinatorTwo, MAIL.coordinatorOne].sort());
    // Entity users never see the coordinators' flag; Medellín, which has a representative, is never flagged.
    expect((await notifications(tokens['bogota-tic'])).map((n) => n.kind)).not.toContain('ENTITY_WITHOUT_REPRESENTATIVE');
    const all = await knex('notification').where({ kind: 'ENTITY_WITHOUT_REPRESENTATIVE' }).select('title');
    expect(all.map((r: { title: string }) => r.title).filter((t: string) => t.includes('05001'))).toEqual([]);
  });

  it("with no active coordinator, the coordinators' mail goes to the programme's mailbox", async () => {
    const ended: { id: string }[] = await knex('membership').where({ role: 'COORDINATOR' }).whereNull('ended_at').select('id');
    await knex('membership')
      .whereIn(
        'id',
        ended.map((m) => m.id),
      )
      .update({ ended_at: app.system.api.services.clock.now() });
    try {
      await drive(app, medellin, 'COFINANCING_APPLICATION', application, 'RESUBMIT');
      await settled(app);
      const [row] = await knex('notification')
        .where({ case_id: keyOf(application), audience_kind: 'COORDINATORS' })
        .orderBy('created_at', 'desc')
        .limit(1);
      expect(row.title).toContain('Radicar la subsanación');
      expect(rcpts(await mailsOf(row.id))).toEqual([PROGRAMME]);
      expect(await knex('notification_delivery').where({ notification_id: row.id }).select('person_id', 'email')).toEqual([
        { person_id: null, email: PROGRAMME },
      ]);
    } finally {
      await knex('membership')
        .whereIn(
          'id',
          ended.map((m) => m.id),
        )
        .update({ ended_at: null });
    }
  });

  describe('preferences through the API', () => {
    it('reads and changes my own preferences; what is left out stays as it was', async () => {
      const token = tokens['bogota-member'];
      const before = await executeText(app.url, MY_PREFERENCES, {}, { token });
      expect(before.errors).toBeUndefined();
      expect(
        (before.data as unknown as { me: { person: { notificationPreferences: unknown } } }).me.person.notificationPreferences,
      ).toMatchObject({
        mutedKinds: [],
        digest: false,
        entityMail: false,
      });
      const changed = await setPreferences(token, { mutedKinds: ['PROGRESS_REPORT_REMINDER', 'CASE_UPDATE', 'CASE_UPDATE'], digest: true });
      expect(changed).toMatchObject({ mutedKinds: ['CASE_UPDATE', 'PROGRESS_REPORT_REMINDER'], digest: true, entityMail: false });
      const again = await setPreferences(token, { entityMail: true });
      expect(again).toMatchObject({ mutedKinds: ['CASE_UPDATE', 'PROGRESS_REPORT_REMINDER'], digest: true, entityMail: true });
      // The mutation's result and the person's field are one object for a client's cache.
      const mine = await executeText(app.url, MY_PREFERENCES, {}, { token });
      expect(
        (mine.data as unknown as { me: { person: { notificationPreferences: { id: string } } } }).me.person.notificationPreferences.id,
      ).toBe(again.id);
      const cleared = await setPreferences(token, { mutedKinds: [], digest: false, entityMail: false });
      expect(cleared).toMatchObject({ mutedKinds: [], digest: false, entityMail: false });
    });

    it('refuses bad input and changes nothing', async () => {
      const token = tokens.member;
      const tooMany = await executeText(
        app.url,
        UPDATE_PREFERENCES,
        { input: { mutedKinds: Array(21).fill('CASE_UPDATE'), digest: true } },
        { token },
      );
      expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(tooMany.errors![0].extensions!.problems)).toContain('mutedKinds');
      const unknownKind = await executeText(
        app.url,
        UPDATE_PREFERENCES,
        { input: { mutedKinds: ['NOT_A_KIND'], digest: true } },
        { token },
      );
      expect(errorCode(unknownKind)).toBe('BAD_USER_INPUT');
      const notBoolean = await executeText(app.url, UPDATE_PREFERENCES, { input: { digest: 'sí' } }, { token });
      expect(errorCode(notBoolean)).toBe('BAD_USER_INPUT');
      const row = await knex('person').where({ subject: 'member@sub.test' }).first('mail_muted_kinds', 'mail_digest', 'entity_mail_opt_in');
      expect(JSON.parse(row.mail_muted_kinds)).toEqual([]);
      expect(Boolean(Number(row.mail_digest))).toBe(false);
      expect(Boolean(Number(row.entity_mail_opt_in))).toBe(false);
    });

    it('shows a person their own preferences and coordinators anyone’s; nobody else', async () => {
      const ticLeaderId = await personIdOf(tokens['tic-leader']);
      const asCoordinator = await executeText(app.url, PERSON_PREFERENCES, { id: ticLeaderId }, { token: tokens['coordinator-one'] });
      expect(asCoordinator.errors).toBeUndefined();
      expect((asCoordinator.data as unknown as { person: { notificationPreferences: unknown } }).person.notificationPreferences).toEqual({
        mutedKinds: ['CASE_UPDATE', 'DEADLINE_REMINDER'],
        digest: false,
        entityMail: false,
      });
      // The entity's own people see the person, but not their preferences: null with FORBIDDEN at the field's own path.
      for (const who of ['representative', 'member']) {
        const res = await executeText(app.url, PERSON_PREFERENCES, { id: ticLeaderId }, { token: tokens[who] });
        const data = res.data as unknown as { person: { id: string; notificationPreferences: unknown } };
        expect(data.person.id).toBe(ticLeaderId);
        expect(data.person.notificationPreferences).toBeNull();
        expect(res.errors).toHaveLength(1);
        expect(res.errors![0]).toMatchObject({ path: ['person', 'notificationPreferences'], extensions: { code: 'FORBIDDEN' } });
      }
      // Another entity's representative does not see the person at all.
      const other = await executeText(app.url, PERSON_PREFERENCES, { id: ticLeaderId }, { token: tokens['other-entity'] });
      expect((other.data as unknown as { person: unknown }).person).toBeNull();
      const own = await executeText(app.url, PERSON_PREFERENCES, { id: ticLeaderId }, { token: tokens['tic-leader'] });
      expect(own.errors).toBeUndefined();
    });

    it('refuses anyone not signed in', async () => {
      const res = await executeText(app.url, UPDATE_PREFERENCES, { input: { digest: true } });
      expect(errorCode(res)).toBe('UNAUTHENTICATED');
    });
  });
});
