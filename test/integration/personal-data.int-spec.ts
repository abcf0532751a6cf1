import { randomUUID } from 'node:crypto';

import { mintToken } from '../../src/core/auth/jwt';
import { Role } from '../../src/core/auth/principal';
import { fromGlobalId, toGlobalId } from '../../src/core/graphql/global-ids';
import { PRIVACY_NOTICE } from '../../src/modules/people/privacy-notice';
import { NOT_SUBJECT_COLUMNS, SUBJECT_COLUMNS, SUBJECT_JSON_COLUMNS } from '../../src/modules/people/privacy.service';
import { RequestAccompanimentDocument, StartAssessmentDocument } from '../graphql/generated';
import { requestInput } from '../support/accompaniment';
import { errorCode, execute, executeText, type GraphQLResponse } from '../support/http';
import { personToken, startTestSystem, type TestSystem } from '../support/test-system';
import { timeTravelEnv } from '../support/time-travel';
import { actors, drive, openProgramme, sendEvent, validatedAssessment } from '../support/workflow';

jest.setTimeout(120_000);

const ME_NOTICE = `{ me { role privacyNotice { version title text accepted acceptedAt } } }`;
const ACCEPT = `mutation Accept($input: AcceptPrivacyNoticeInput!) { acceptPrivacyNotice(input: $input) { version accepted acceptedAt } }`;
const MY_DATA = `{ myData }`;
const ANONYMIZE = `mutation Anon($input: AnonymizePersonInput!) { anonymizePerson(input: $input) { id pseudonym status } }`;

const problemsOf = (res: GraphQLResponse<unknown>) => res.errors?.[0]?.extensions?.problems as { path: string; code: string }[] | undefined;
const ruleOf = (res: GraphQLResponse<unknown>) => res.errors?.[0]?.extensions?.rule;

describe('Datos personales (Ley 1581 de 2012)', () => {
  let app: TestSystem;
  let coordinator: string;
  let cycleId: string;
  const knex = () => app.system.orm.em.getKnex();

  beforeAll(async () => {
    // Recording a session moves the clock past its start.
    app = await startTestSystem(timeTravelEnv());
    coordinator = await app.token(Role.COORDINATOR);
    ({ cycleId } = await openProgramme(app, coordinator));
  });
  afterAll(() => app?.stop());

  describe('aviso de privacidad', () => {
    it('se lee antes de aceptarlo, bloquea todo lo demás, y su aceptación queda registrada una vez', async () => {
      const sub = `nuevo-${randomUUID()}`;
      const token = await mintToken(app.config, { sub, email: `${sub}@example.org`, name: 'Persona Nueva' });

      const before = await executeText(app.url, ME_NOTICE, undefined, { token });
      expect(before.errors).toBeUndefined();
      const notice = (before.data as unknown as { me: { role: string; privacyNotice: Record<string, unknown> } }).me;
      expect(notice.role).toBe('GUEST');
      expect(notice.privacyNotice).toEqual({
        version: PRIVACY_NOTICE.version,
        title: PRIVACY_NOTICE.title,
        text: PRIVACY_NOTICE.text,
        accepted: false,
        acceptedAt: null,
      });
      expect(notice.privacyNotice.text).toMatch(/Ley 1581 de 2012/);

      const blocked = await executeText(app.url, `{ cases(first: 1) { totalCount } }`, undefined, { token });
      expect(errorCode(blocked)).toBe('PRECONDITION_FAILED');
      expect(ruleOf(blocked)).toBe('PRIVACY_NOTICE');

      const personId = String((await knex()('person').where({ subject: sub }).first('id')).id);
      const count = async () => Number((await knex()('privacy_acceptance').where({ person_id: personId }).count({ n: '*' }).first())!.n);

      // Another version (or a bad one) is refused at input.version, and nothing is recorded.
      for (const version of ['2020-01-01', 'x'.repeat(21)]) {
        const wrong = await executeText(app.url, ACCEPT, { input: { version } }, { token });
        expect(errorCode(wrong)).toBe('BAD_USER_INPUT');
        expect(problemsOf(wrong)?.[0]?.path).toBe('input.version');
      }
      expect(await count()).toBe(0);
      expect(ruleOf(await executeText(app.url, `{ cases(first: 1) { totalCount } }`, undefined, { token }))).toBe('PRIVACY_NOTICE');

      const accepted = await executeText(app.url, ACCEPT, { input: { version: PRIVACY_NOTICE.version } }, { token });
      expect(accepted.errors).toBeUndefined();
      const first = (accepted.data as unknown as { acceptPrivacyNotice: { accepted: boolean; acceptedAt: string } }).acceptPrivacyNotice;
      expect(first.accepted).toBe(true);
      expect(Date.parse(first.acceptedAt)).not.toBeNaN();

      // At once: the door no longer flags the notice (a GUEST is then refused for its role, not for the notice).
      const after = await executeText(app.url, `{ cases(first: 1) { totalCount } }`, undefined, { token });
      expect(errorCode(after)).toBe('FORBIDDEN');

      const again = await executeText(app.url, ACCEPT, { input: { version: PRIVACY_NOTICE.version } }, { token });
      expect((again.data as unknown as { acceptPrivacyNotice: { acceptedAt: string } }).acceptPrivacyNotice.acceptedAt).toBe(
        first.acceptedAt,
      );
      expect(await count()).toBe(1);

      const me = await executeText(app.url, ME_NOTICE, undefined, { token });
      expect((me.data as unknown as { me: { privacyNotice: { accepted: boolean } } }).me.privacyNotice.accepted).toBe(true);
    });

    it('sin token no se lee ni se acepta', async () => {
      expect(errorCode(await executeText(app.url, ME_NOTICE))).toBe('UNAUTHENTICATED');
      expect(errorCode(await executeText(app.url, ACCEPT, { input: { version: PRIVACY_NOTICE.version } }))).toBe('UNAUTHENTICATED');
      expect(errorCode(await executeText(app.url, MY_DATA))).toBe('UNAUTHENTICATED');
    });
  });

  describe('myData', () => {
    it('trae todo lo que la plataforma guarda de quien consulta, y nada de otra persona', async () => {
      const sub = `rep-datos-${randomUUID().slice(0, 8)}`;
      const email = `${sub}@alcaldia.example.org`;
      const token = await personToken(app, {
        sub,
        role: Role.ENTITY_REPRESENTATIVE,
        entityCode: '05001',
        email,
        name: 'Camila Datos Propios',
      });
      const person = await knex()('person').where({ subject: sub }).first('id', 'pseudonym');
      const personId = String(person.id);
      const people = app.system.api.services.people;
      const now = Date.now();
      const instant = (ms: number) => (app.system.orm.em.getPlatform().constructor.name.includes('Sqlite') ? ms : new Date(ms));

      // What they did to someone else's access (actor), and invitations to them and by them.
      const otherId = String((await knex()('person').where({ subject: 'coordinator@test' }).first('id')).id);
      await people.audit(knex(), {
        personId: otherId,
        action: 'INVITED',
        role: 'MEMBER',
        entityCode: '05001',
        reason: 'Acto propio en la prueba',
        actorPersonId: personId,
      });
      const invitation = (over: Record<string, unknown>) => ({
        id: randomUUID(),
        code_hash: randomUUID().replace(/-/g, '') + randomUUID().replace(/-/g, ''),
        name: null,
        role: 'MEMBER',
        entity_code: '05001',
        invited_by_person_id: null,
        created_at: instant(now),
        expires_at: instant(now + 86_400_000),
        accepted_at: null,
        accepted_by_person_id: null,
        revoked_at: null,
        mailed_at: null,
        ...over,
      });
      await knex()('invitation').insert(invitation({ email, role: 'REPRESENTATIVE' }));
      await knex()('invitation').insert(invitation({ email: 'invitada.por.ella@example.org', invited_by_person_id: personId }));
      // A notification addressed to them, read, and mailed to them.
      const notificationId = randomUUID();
      await knex()('notification').insert({
        id: notificationId,
        dedupe_key: `prueba:${notificationId}`,
        case_id: null,
        kind: 'CASE_UPDATE',
        audience_kind: 'USER',
        audience: sub,
        title: 'Aviso personal de la prueba',
        body: 'Cuerpo del aviso personal',
        created_at: instant(now),
        email_to: null,
        email_status: 'SENT',
        emailed_at: instant(now),
        mandatory: false,
      });
      await knex()('notification_read').insert({ notification_id: notificationId, subject: sub, read_at: instant(now) });
      await knex()('notification_delivery').insert({
        id: randomUUID(),
        notification_id: notificationId,
        person_id: personId,
        email,
        status: 'SENT',
        sent_at: instant(now),
      });
      // A case action of theirs.
      const started = await execute(app.url, StartAssessmentDocument, { input: { cycleId } }, { token });
      expect(started.errors).toBeUndefined();

      const res = await executeText(app.url, MY_DATA, undefined, { token });
      expect(res.errors).toBeUndefined();
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON export, read loosely
      const data = (res.data as unknown as { myData: Record<string, any> }).myData;
      expect(data.about).toMatch(/Ley 1581/);
      expect(data.person).toMatchObject({
        subject: sub,
        pseudonym: person.pseudonym,
        name: 'Camila Datos Propios',
        email,
        contactEmail: email,
        status: 'ACTIVE',
      });
      expect(data.person.id).toBeUndefined();
      expect(data.notificationPreferences).toEqual({ mutedKinds: [], digest: false, entityMail: false });
      expect(data.memberships).toEqual([expect.objectContaining({ role: 'REPRESENTATIVE', entityCode: '05001', endedAt: null })]);
      expect(data.membershipEvents.items).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ action: 'ENROLLED', aboutYou: true }),
          expect.objectContaining({ action: 'INVITED', byYou: true, aboutYou: false, reason: 'Acto propio en la prueba' }),
        ]),
      );
      expect(data.invitations.received.items).toEqual([expect.objectContaining({ email, role: 'REPRESENTATIVE' })]);
      expect(data.invitations.sent.items).toEqual([expect.objectContaining({ email: 'invitada.por.ella@example.org' })]);
      expect(data.privacyAcceptances).toEqual([expect.objectContaining({ version: PRIVACY_NOTICE.version })]);
      expect(data.notifications.items).toEqual([
        expect.objectContaining({ title: 'Aviso personal de la prueba', readAt: expect.any(String) }),
      ]);
      expect(data.notificationDeliveries.items).toEqual([
        expect.objectContaining({ email, status: 'SENT', title: 'Aviso personal de la prueba' }),
      ]);
      expect(data.caseHistory).toMatchObject({ total: 1, shown: 1, truncated: false });
      expect(data.caseHistory.items[0]).toMatchObject({
        process: 'MATURITY_ASSESSMENT',
        event: 'CREATED',
        entityCode: '05001',
        role: 'ENTITY_REPRESENTATIVE',
      });

      // Another person's export holds none of it.
      const other = await executeText(app.url, MY_DATA, undefined, { token: await app.token(Role.AUDITOR) });
      const text = JSON.stringify(other.data);
      expect(text).not.toContain(email);
      expect(text).not.toContain('Camila');
      expect(text).not.toContain('Aviso personal de la prueba');
    });
  });

  describe('anonymizePerson', () => {
    const sub = 'asesora.por.anonimizar';
    const name = 'Valentina Quintero Restrepo';
    const email = 'valentina.quintero@asesores.example.org';
    let advisor: string;
    let caseId: string;
    let personId: string;

    beforeAll(async () => {
      advisor = await personToken(app, { sub, role: Role.ADVISOR, email, name });
      await knex()('person').where({ subject: sub }).update({ phone: '+57 300 555 0199' });
      personId = String((await knex()('person').where({ subject: sub }).first('id')).id);
      const who = await actors(app, '05002');
      await validatedAssessment(app, who, cycleId);
      const requested = await execute(
        app.url,
        RequestAccompanimentDocument,
        { input: { ...requestInput('ROADMAP'), idempotencyKey: randomUUID() } },
        { token: who.representative },
      );
      expect(requested.errors).toBeUndefined();
      caseId = requested.data!.requestAccompaniment.case.id;
      await drive(app, who, 'ACCOMPANIMENT', caseId, 'ADMIT');
      const assigned = await sendEvent(app, coordinator, 'ACCOMPANIMENT', caseId, 'ASSIGN_ADVISOR', { payload: { advisor: sub } });
      expect(assigned.errors).toBeUndefined();
      // The advisor schedules and records a first session: their subject is on its rows too.
      await drive(app, { ...who, advisor }, 'ACCOMPANIMENT', caseId, 'RECORD_SESSION');
      const diagnosis = await sendEvent(app, advisor, 'ACCOMPANIMENT', caseId, 'START_DIAGNOSIS');
      expect(diagnosis.errors).toBeUndefined();
      // Their own caseload report (their assigned cases): the report and its requester row hold their subject.
      const report = await executeText(
        app.url,
        `mutation R($input: RequestReportInput!) { requestReport(input: $input) { report { id } } }`,
        { input: { kind: 'CASELOAD', format: 'CSV' } },
        { token: advisor },
      );
      expect(report.errors).toBeUndefined();
      expect(await knex()('report_requester').where({ subject: sub }).pluck('subject')).toEqual([sub]);
    });

    const personRow = () => knex()('person').where({ id: personId }).first('subject', 'name', 'email', 'contact_email', 'phone', 'status');

    it('rechaza a quien no es de la coordinación, a sí mismo, a una persona activa y las entradas inválidas, sin cambiar nada', async () => {
      const before = await personRow();
      const input = { personId: toGlobalId('Person', personId), reason: 'Terminó su contrato' };
      for (const role of [
        Role.ADVISOR,
        Role.EVALUATOR,
        Role.AUDITOR,
        Role.ENTITY_REPRESENTATIVE,
        Role.ENTITY_TIC_LEADER,
        Role.ENTITY_MEMBER,
      ]) {
        const res = await executeText(app.url, ANONYMIZE, { input }, { token: await app.token(role) });
        expect([role, errorCode(res)]).toEqual([role, 'FORBIDDEN']);
      }
      expect(errorCode(await executeText(app.url, ANONYMIZE, { input }))).toBe('UNAUTHENTICATED');

      const active = await executeText(app.url, ANONYMIZE, { input }, { token: coordinator });
      expect(errorCode(active)).toBe('PRECONDITION_FAILED');
      expect(ruleOf(active)).toBe('PERSON_STILL_ACTIVE');

      const ownId = String((await knex()('person').where({ subject: 'coordinator@test' }).first('id')).id);
      const self = await executeText(app.url, ANONYMIZE, { input: { personId: ownId, reason: 'Me retiro' } }, { token: coordinator });
      expect(errorCode(self)).toBe('PRECONDITION_FAILED');
      expect(ruleOf(self)).toBe('NOT_ONESELF');

      for (const [bad, path] of [
        [{ ...input, reason: '' }, 'input.reason'],
        [{ ...input, reason: '   ' }, 'input.reason'],
        [{ ...input, reason: 'x'.repeat(1001) }, 'input.reason'],
        [{ ...input, personId: 'no-es-un-id' }, 'input.personId'],
      ] as const) {
        const res = await executeText(app.url, ANONYMIZE, { input: bad }, { token: coordinator });
        expect(errorCode(res)).toBe('BAD_USER_INPUT');
        expect(problemsOf(res)?.map((p) => p.path)).toContain(path);
      }
      const unknown = await executeText(
        app.url,
        ANONYMIZE,
        { input: { personId: randomUUID(), reason: 'No existe' } },
        { token: coordinator },
      );
      expect(errorCode(unknown)).toBe('NOT_FOUND');
      expect(await personRow()).toEqual(before);
    });

    it('reemplaza nombre y contacto por el seudónimo, y el historial conserva un sujeto estable', async () => {
      // The advisor leaves: the directory ends their membership.
      await app.system.api.services.people.enroll({ subject: sub, role: Role.GUEST });
      const { pseudonym } = await knex()('person').where({ id: personId }).first('pseudonym');
      const newSubject = `anonimo:${pseudonym}`;

      const res = await executeText(
        app.url,
        ANONYMIZE,
        { input: { personId: toGlobalId('Person', personId), reason: 'Terminó su contrato' } },
        { token: coordinator },
      );
      expect(res.errors).toBeUndefined();
      expect((res.data as unknown as { anonymizePerson: Record<string, unknown> }).anonymizePerson).toMatchObject({
        pseudonym,
        status: 'ANONYMIZED',
      });

      const shown = await executeText(
        app.url,
        `query P($id: ID!) { person(id: $id) { name email phone status pseudonym } }`,
        { id: toGlobalId('Person', personId) },
        { token: coordinator },
      );
      expect(shown.errors).toBeUndefined();
      expect((shown.data as unknown as { person: unknown }).person).toEqual({
        name: `Persona anonimizada ${pseudonym}`,
        email: null,
        phone: null,
        status: 'ANONYMIZED',
        pseudonym,
      });
      expect(await personRow()).toEqual({
        subject: newSubject,
        name: `Persona anonimizada ${pseudonym}`,
        email: null,
        contact_email: null,
        phone: null,
        status: 'ANONYMIZED',
      });

      const history = await executeText(
        app.url,
        `query C($id: ID!) { case(id: $id) { assignee history { event actorSubject payload } } }`,
        { id: caseId },
        { token: coordinator },
      );
      expect(history.errors).toBeUndefined();
      const kase = (
        history.data as unknown as {
          case: { assignee: string; history: { event: string; actorSubject: string; payload: Record<string, unknown> }[] };
        }
      ).case;
      expect(kase.assignee).toBe(newSubject);
      expect(kase.history.find((h) => h.event === 'START_DIAGNOSIS')?.actorSubject).toBe(newSubject);
      expect(kase.history.find((h) => h.event === 'ASSIGN_ADVISOR')?.payload.advisor).toBe(newSubject);
      expect(JSON.stringify(kase)).not.toContain(sub);

      const search = await executeText(
        app.url,
        `query S($filter: PeopleFilter) { people(filter: $filter, first: 10) { totalCount edges { node { id } } } }`,
        { filter: { search: 'Quintero' } },
        { token: coordinator },
      );
      expect(search.errors).toBeUndefined();
      expect((search.data as unknown as { people: { totalCount: number } }).people.totalCount).toBe(0);

      // No column that holds subjects keeps the old one; the audit trail says who anonymised, and why.
      for (const tc of SUBJECT_COLUMNS) {
        const [t, c] = tc.split('.');
        expect([tc, Number((await knex()(t).where(c, sub).count({ n: '*' }).first())!.n)]).toEqual([tc, 0]);
      }
      // Their caseload report went with its requester rows: none is left pointing at a deleted report.
      expect(
        await knex()('report_requester as q').leftJoin('report as r', 'r.id', 'q.report_id').whereNull('r.id').pluck('q.report_id'),
      ).toEqual([]);
      // The session they scheduled keeps a stable someone: the pseudonym's subject.
      expect(
        await knex()('accompaniment_session')
          .where({ case_id: fromGlobalId(caseId)!.key })
          .pluck('scheduled_by'),
      ).toEqual([newSubject]);
      const audit = await knex()('membership_event')
        .where({ person_id: personId, action: 'ANONYMIZED' })
        .first('reason', 'actor_person_id');
      expect(audit.reason).toBe('Terminó su contrato');
      expect(audit.actor_person_id).not.toBeNull();

      // The old token is someone new now: a GUEST with a person of their own, who has to accept the notice.
      const again = await mintToken(app.config, { sub, email, name });
      const me = await executeText(app.url, `{ me { role privacyNotice { accepted } } }`, undefined, { token: again });
      expect(me.errors).toBeUndefined();
      expect((me.data as unknown as { me: unknown }).me).toEqual({ role: 'GUEST', privacyNotice: { accepted: false } });
      const fresh = await knex()('person').where({ subject: sub }).first('id');
      expect(String(fresh.id)).not.toBe(personId);
      // The new person's actions are theirs alone: the anonymised one's history does not come back.
      expect(errorCode(await sendEvent(app, advisor, 'ACCOMPANIMENT', caseId, 'START_FORMULATION'))).not.toBeUndefined();

      const twice = await executeText(app.url, ANONYMIZE, { input: { personId, reason: 'Otra vez' } }, { token: coordinator });
      expect(ruleOf(twice)).toBe('PERSON_ANONYMIZED');
    });

    it('la lista de columnas con sujetos cubre cada columna nombrada como tal', () => {
      const known = new Set([...SUBJECT_COLUMNS, ...NOT_SUBJECT_COLUMNS, ...SUBJECT_JSON_COLUMNS.map((j) => `${j.table}.${j.column}`)]);
      const missing: string[] = [];
      for (const meta of Object.values(app.system.orm.getMetadata().getAll())) {
        if (!meta.tableName || meta.embeddable) continue;
        for (const prop of Object.values(meta.properties)) {
          for (const col of prop.fieldNames ?? []) {
            if (/(_by|subject|assignee|evaluators?|requester|^actor_(?!role).*)$/.test(col) && !known.has(`${meta.tableName}.${col}`)) {
              missing.push(`${meta.tableName}.${col}`);
            }
          }
        }
      }
      expect(missing).toEqual([]);
    });
  });
});
