// Adoption of the maturity model (Res. 1117 de 2022, issue 24): the coordinators' list of the
// entities that can apply and have no assessment validated since 1 April 2023 (or a day they give),
// its export, and the invitation to take part, notified to each entity's people in the platform and
// by mail through a real SMTP server. Through the real HTTP API and worker, on an adjustable clock
// that validates one assessment before the date, one between it and a later day, and others now.
import { Role } from '../../src/core/auth/principal';
import { readDivipola } from '../../src/modules/territorial-entities/divipola';
import { TerritorialEntityKind } from '../../src/modules/territorial-entities/territorial-entity-kind';
import { OpenCycleDocument, StartAssessmentDocument } from '../graphql/generated';
import { dataOf, errorCode, execute, executeText, type GraphQLResponse } from '../support/http';
import { download, finishedReport, openWorkbook, parseSemicolonCsv, sheetValues } from '../support/reports';
import { notificationOfMessageId, startMailCapture, type MailCapture } from '../support/smtp-capture';
import { personToken, startTestSystem, type TestSystem } from '../support/test-system';
import { bogota, clockOf, eventually, settled, timeTravelEnv } from '../support/time-travel';
import { actors, drive, validatedAssessment } from '../support/workflow';

const DAY = 24 * 3600 * 1000;
/** Before the resolution's date: this validation does not count as adoption. */
const BEFORE = bogota('2023-02-15T10:00:00');
/** After the date, before the later `since` the tests ask for. */
const BETWEEN = bogota('2024-06-10T10:00:00');
const NOW = bogota('2026-11-20T15:00:00');

/** Entities and what happens to each. */
const VALIDATED_NOW = ['05001', '25']; // Medellín, and the gobernación of Cundinamarca
const VALIDATED_BEFORE = '05002'; // Abejorral: validated in February 2023 only
const VALIDATED_BETWEEN = '08001'; // Barranquilla: validated in June 2024
const IN_PROGRESS = '76001'; // Cali: submitted, not yet validated
const WITHOUT_PEOPLE = '05004'; // Abriaquí: nobody in the directory
const NON_MUNICIPALIZED = '91263'; // El Encanto (Amazonas)

const MAIL = {
  abejorral: 'alcalde@abejorral.gov.co',
  cali: 'alcalde@cali.gov.co',
  caliTic: 'lider.tic@cali.gov.co',
};

const ENTRY = `entity { code name kind departmentCode } lastValidatedAssessment { caseId cycleYear validatedAt } assessmentInProgress lastInvitedAt invitationCount`;
const LIST = `query($filter: AdoptionFilter, $first: Int, $after: String) {
  adoptionPending(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${ENTRY} } }
  }
}`;
const INVITE = `mutation($input: InviteToAdoptInput!) {
  inviteToAdopt(input: $input) { invitedCount replayed results { entityCode entity { code name } outcome message } }
}`;
const REQUEST_REPORT = `mutation($input: RequestReportInput!) { requestReport(input: $input) { reused report { id kind format status title downloadUrl } } }`;

interface Entry {
  entity: { code: string; name: string; kind: string; departmentCode: string };
  lastValidatedAssessment: { caseId: string; cycleYear: number | null; validatedAt: string } | null;
  assessmentInProgress: boolean;
  lastInvitedAt: string | null;
  invitationCount: number;
}
interface Filter {
  since?: string;
  departmentCode?: string;
  kind?: string;
}
interface InviteResult {
  invitedCount: number;
  replayed: boolean;
  results: { entityCode: string; entity: { code: string; name: string }; outcome: string; message: string }[];
}

/** The applicants of the whole directory, read from the DIVIPOLA file (not from the API under test). */
const applicants = readDivipola().filter((r) => r.kind !== TerritorialEntityKind.NON_MUNICIPALIZED_AREA);

let app: TestSystem;
let mail: MailCapture;
let knex: ReturnType<TestSystem['system']['orm']['em']['getKnex']>;
let coordinator: string;
let auditor: string;
let advisor: string;
let entityMember: string;
const cases: Record<string, string> = {};

async function openCycleAt(at: Date): Promise<string> {
  await clockOf(app).set(at);
  const res = await execute(
    app.url,
    OpenCycleDocument,
    {
      input: {
        year: at.getUTCFullYear(),
        opensAt: new Date(at.getTime() - DAY).toISOString(),
        closesAt: new Date(at.getTime() + 30 * DAY).toISOString(),
      },
    },
    { token: coordinator },
  );
  if (res.errors) throw new Error(res.errors[0].message);
  return res.data!.openCycle.id;
}

/** Every entry of the list, page by page (checks the cursors: no gap, no repeat). */
async function wholeList(filter: Filter = {}, token = coordinator): Promise<{ entries: Entry[]; totalCount: number }> {
  const entries: Entry[] = [];
  let after: string | null = null;
  let totalCount = -1;
  for (let i = 0; i < 50; i++) {
    const page: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: Entry }[];
    } = dataOf(await executeText(app.url, LIST, { filter, first: 100, after }, { token })).adoptionPending;
    totalCount = page.totalCount;
    entries.push(...page.edges.map((e) => e.node));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  expect(new Set(entries.map((e) => e.entity.code)).size).toBe(entries.length);
  expect(entries).toHaveLength(totalCount);
  return { entries, totalCount };
}

const invite = (input: Record<string, unknown>, token = coordinator) => executeText(app.url, INVITE, { input }, { token });
const invitationRows = async () => Number((await knex('adoption_invitation').count({ n: '*' }))[0].n);
const adoptionNotices = async () =>
  (await knex('notification').where({ kind: 'ADOPTION_INVITATION' }).orderBy('audience').select('id', 'audience', 'title', 'body')) as {
    id: string;
    audience: string;
    title: string;
    body: string;
  }[];

beforeAll(async () => {
  mail = await startMailCapture();
  app = await startTestSystem(timeTravelEnv({ SMTP_URL: mail.url }), { worker: true });
  knex = app.system.orm.em.getKnex();
  coordinator = await app.token(Role.COORDINATOR);
  auditor = await app.token(Role.AUDITOR);
  advisor = await app.token(Role.ADVISOR);
  entityMember = await app.token(Role.ENTITY_MEMBER, '05001');

  const cycle2023 = await openCycleAt(BEFORE);
  cases[VALIDATED_BEFORE] = await validatedAssessment(app, await actors(app, VALIDATED_BEFORE), cycle2023);
  await settled(app);
  const cycle2024 = await openCycleAt(BETWEEN);
  cases[VALIDATED_BETWEEN] = await validatedAssessment(app, await actors(app, VALIDATED_BETWEEN), cycle2024);
  await settled(app);
  const cycle2026 = await openCycleAt(NOW);
  for (const code of VALIDATED_NOW) cases[code] = await validatedAssessment(app, await actors(app, code), cycle2026);
  const cali = await actors(app, IN_PROGRESS);
  const started = await execute(app.url, StartAssessmentDocument, { input: { cycleId: cycle2026 } }, { token: cali.member });
  if (started.errors) throw new Error(started.errors[0].message);
  cases[IN_PROGRESS] = started.data!.startAssessment.case.id;
  await drive(app, cali, 'MATURITY_ASSESSMENT', cases[IN_PROGRESS], 'SUBMIT');
  // The people the invitations reach: Abejorral's new representative; Cali's representative and TIC leader.
  await personToken(app, { sub: MAIL.abejorral, role: Role.ENTITY_REPRESENTATIVE, entityCode: VALIDATED_BEFORE });
  await personToken(app, { sub: MAIL.cali, role: Role.ENTITY_REPRESENTATIVE, entityCode: IN_PROGRESS });
  await personToken(app, { sub: MAIL.caliTic, role: Role.ENTITY_TIC_LEADER, entityCode: IN_PROGRESS });
  await settled(app);
}, 120_000);
afterAll(async () => {
  await app?.stop();
  await mail?.close();
});

describe('adoptionPending', () => {
  it('lists exactly the applicants without an assessment validated since 1 April 2023, each with its last one before and its open one', async () => {
    const { entries, totalCount } = await wholeList();
    const adopted = new Set([...VALIDATED_NOW, VALIDATED_BETWEEN]);
    const expected = applicants.filter((r) => !adopted.has(r.code)).map((r) => r.code);
    expect(entries.map((e) => e.entity.code)).toEqual(expected);
    expect(totalCount).toBe(1135 - 3);
    expect(entries.some((e) => e.entity.code === NON_MUNICIPALIZED)).toBe(false);

    const byCode = new Map(entries.map((e) => [e.entity.code, e]));
    // Validated in February 2023: listed, with that validation as its last one.
    expect(byCode.get(VALIDATED_BEFORE)!.lastValidatedAssessment).toEqual({
      caseId: cases[VALIDATED_BEFORE],
      cycleYear: 2023,
      validatedAt: expect.any(String),
    });
    expect(new Date(byCode.get(VALIDATED_BEFORE)!.lastValidatedAssessment!.validatedAt).getTime()).toBeLessThan(
      bogota('2023-04-01T00:00:00').getTime(),
    );
    expect(byCode.get(VALIDATED_BEFORE)!.assessmentInProgress).toBe(false);
    expect(byCode.get(IN_PROGRESS)).toMatchObject({ assessmentInProgress: true, lastValidatedAssessment: null });
    expect(byCode.get(WITHOUT_PEOPLE)).toMatchObject({
      assessmentInProgress: false,
      lastValidatedAssessment: null,
      lastInvitedAt: null,
      invitationCount: 0,
    });
    expect(entries.filter((e) => e.assessmentInProgress).map((e) => e.entity.code)).toEqual([IN_PROGRESS]);
  });

  it('counts from the day given: a validation before it no longer counts', async () => {
    const { entries } = await wholeList({ since: '2025-01-01' });
    const expected = applicants.filter((r) => !VALIDATED_NOW.includes(r.code)).map((r) => r.code);
    expect(entries.map((e) => e.entity.code)).toEqual(expected);
    expect(entries.find((e) => e.entity.code === VALIDATED_BETWEEN)!.lastValidatedAssessment).toMatchObject({
      caseId: cases[VALIDATED_BETWEEN],
      cycleYear: 2024,
    });
    // From the day of a validation, the validation counts (the day starts at midnight in Bogotá).
    const sameDay = await wholeList({ since: '2024-06-10' });
    expect(sameDay.entries.some((e) => e.entity.code === VALIDATED_BETWEEN)).toBe(false);
    expect(sameDay.totalCount).toBe(1135 - 3);
  });

  it('filters by department and by kind, with the total of the filter', async () => {
    const antioquia = await wholeList({ departmentCode: '05' });
    const expectedAntioquia = applicants.filter((r) => r.departmentCode === '05' && r.code !== '05001').map((r) => r.code);
    expect(antioquia.entries.map((e) => e.entity.code)).toEqual(expectedAntioquia);
    expect(antioquia.totalCount).toBe(125 + 1 - 1);

    const governorships = await wholeList({ kind: 'DEPARTMENT' });
    expect(governorships.entries.map((e) => e.entity.code)).toEqual(
      applicants.filter((r) => r.kind === TerritorialEntityKind.DEPARTMENT && r.code !== '25').map((r) => r.code),
    );
    expect(governorships.totalCount).toBe(31);

    const cundinamarca = await wholeList({ departmentCode: '25', kind: 'DEPARTMENT' });
    expect(cundinamarca.totalCount).toBe(0);
    const antioquiaTowns = await wholeList({ departmentCode: '05', kind: 'MUNICIPALITY' });
    expect(antioquiaTowns.totalCount).toBe(124);
    expect(antioquiaTowns.entries.every((e) => e.entity.kind === 'MUNICIPALITY' && e.entity.departmentCode === '05')).toBe(true);
  });

  it('refuses a filter it cannot apply, naming the field', async () => {
    const cases: [Filter, string, string][] = [
      [{ kind: 'NON_MUNICIPALIZED_AREA' }, 'filter.kind', 'NOT_ALLOWED'],
      [{ departmentCode: '42' }, 'filter.departmentCode', 'UNKNOWN'],
      [{ since: '2999-01-01' }, 'filter.since', 'OUT_OF_RANGE'],
    ];
    for (const [filter, path, code] of cases) {
      const res = await executeText(app.url, LIST, { filter }, { token: coordinator });
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.problems).toEqual([expect.objectContaining({ path, code })]);
    }
    const badCursor = await executeText(app.url, LIST, { after: 'no-es-un-cursor' }, { token: coordinator });
    expect(errorCode(badCursor)).toBe('BAD_USER_INPUT');
  });

  it('is read by coordinators and auditors only: an entity, an advisor or no token is refused', async () => {
    const audited = await wholeList({ kind: 'DEPARTMENT' }, auditor);
    expect(audited.totalCount).toBe(31);
    for (const token of [entityMember, advisor]) {
      const res = await executeText(app.url, LIST, {}, { token });
      expect(errorCode(res)).toBe('FORBIDDEN');
      expect((res.data as { adoptionPending?: unknown } | null | undefined)?.adoptionPending ?? null).toBeNull();
    }
    expect(errorCode(await executeText(app.url, LIST, {}))).toBe('UNAUTHENTICATED');
  });
});

describe('inviteToAdopt', () => {
  let first: InviteResult;

  it('refuses bad input as a whole, writing nothing', async () => {
    const before = { rows: await invitationRows(), notices: (await adoptionNotices()).length };
    const refusals: [Record<string, unknown>, { path: string; code: string }[]][] = [
      [{ entityCodes: [IN_PROGRESS, '99999'] }, [{ path: 'input.entityCodes[1]', code: 'UNKNOWN' }]],
      [{ entityCodes: [NON_MUNICIPALIZED, IN_PROGRESS] }, [{ path: 'input.entityCodes[0]', code: 'NOT_ALLOWED' }]],
      [{ entityCodes: ['Cali'] }, [{ path: 'input.entityCodes[0]', code: 'INVALID_FORMAT' }]],
      [{ entityCodes: [] }, [{ path: 'input.entityCodes', code: 'REQUIRED' }]],
      [{ entityCodes: applicants.slice(0, 201).map((r) => r.code) }, [{ path: 'input.entityCodes', code: 'TOO_LONG' }]],
      [{ entityCodes: [IN_PROGRESS], since: '2999-01-01' }, [{ path: 'input.since', code: 'OUT_OF_RANGE' }]],
    ];
    for (const [input, problems] of refusals) {
      const res = await invite(input);
      expect([input, errorCode(res)]).toEqual([input, 'BAD_USER_INPUT']);
      expect(res.errors![0].extensions!.problems).toEqual(problems.map((p) => expect.objectContaining(p)));
    }
    await settled(app);
    expect({ rows: await invitationRows(), notices: (await adoptionNotices()).length }).toEqual(before);
  });

  it('lets only coordinators invite: an auditor, an entity or an advisor is refused, writing nothing', async () => {
    for (const token of [auditor, entityMember, advisor]) {
      const res = await invite({ entityCodes: [IN_PROGRESS] }, token);
      expect(errorCode(res)).toBe('FORBIDDEN');
    }
    expect(await invitationRows()).toBe(0);
  });

  it('invites the entities that have people and no validated assessment, and says why it skipped the others', async () => {
    const res = (await invite({
      entityCodes: [VALIDATED_BEFORE, IN_PROGRESS, WITHOUT_PEOPLE, '05001', IN_PROGRESS],
      idempotencyKey: 'invitacion-1',
    })) as GraphQLResponse<{ inviteToAdopt: InviteResult }>;
    first = dataOf(res).inviteToAdopt;
    expect(first.replayed).toBe(false);
    expect(first.invitedCount).toBe(2);
    expect(first.results.map((r) => [r.entityCode, r.outcome])).toEqual([
      [VALIDATED_BEFORE, 'INVITED'],
      [IN_PROGRESS, 'INVITED'],
      [WITHOUT_PEOPLE, 'NO_PEOPLE'],
      ['05001', 'ALREADY_ASSESSED'],
    ]);
    expect(first.results[0].entity.name).toBe('ABEJORRAL');
    expect(first.results[2].message).toMatch(/no tiene personas activas/);
    const rows = await knex('adoption_invitation').orderBy('entity_code').select('entity_code', 'outcome', 'invited_by');
    expect(rows).toEqual([
      { entity_code: '05001', outcome: 'ALREADY_ASSESSED', invited_by: 'coordinator@test' },
      { entity_code: VALIDATED_BEFORE, outcome: 'INVITED', invited_by: 'coordinator@test' },
      { entity_code: WITHOUT_PEOPLE, outcome: 'NO_PEOPLE', invited_by: 'coordinator@test' },
      { entity_code: IN_PROGRESS, outcome: 'INVITED', invited_by: 'coordinator@test' },
    ]);
  });

  it("notifies exactly the invited entities' people, in the platform and by mail, in Spanish", async () => {
    const notices = await eventually(app, 'los avisos de la invitación', async () => {
      const found = await adoptionNotices();
      return found.length >= 2 ? found : undefined;
    });
    await settled(app);
    expect((await adoptionNotices()).map((n) => n.audience)).toEqual([VALIDATED_BEFORE, IN_PROGRESS]);
    const abejorral = notices.find((n) => n.audience === VALIDATED_BEFORE)!;
    expect(abejorral.title).toBe('Invitación a aplicar el autodiagnóstico del Modelo de Madurez CTI: ABEJORRAL');
    expect(abejorral.body).toContain('Resolución 1117 de 2022');
    expect(abejorral.body).toContain('1 de abril de 2023');
    expect(abejorral.body).toContain('Su último autodiagnóstico validado es de la vigencia 2023.');
    expect(notices.find((n) => n.audience === IN_PROGRESS)!.body).toContain('aún no tiene un autodiagnóstico validado');

    // In the platform: the entity's own users see theirs, another entity's do not.
    const seen = async (token: string) =>
      (
        dataOf(await executeText(app.url, `{ notifications(first: 100) { edges { node { kind title } } } }`, {}, { token })).notifications
          .edges as {
          node: { kind: string; title: string };
        }[]
      )
        .filter((e) => e.node.kind === 'ADOPTION_INVITATION')
        .map((e) => e.node.title);
    expect(await seen(await app.token(Role.ENTITY_MEMBER, VALIDATED_BEFORE))).toEqual([abejorral.title]);
    expect(await seen(entityMember)).toEqual([]);

    // By mail: Abejorral's representative, Cali's representative and TIC leader; nobody else.
    const ids = new Set(notices.map((n) => n.id));
    const sent = await eventually(app, 'el correo de las invitaciones', async () => {
      const found = mail.messages.filter((m) => ids.has(notificationOfMessageId(m.messageId) ?? ''));
      return found.length >= 3 ? found : undefined;
    });
    await settled(app);
    expect(sent.flatMap((m) => m.rcptTo).sort()).toEqual([MAIL.abejorral, MAIL.cali, MAIL.caliTic].sort());
    const toAbejorral = sent.find((m) => m.rcptTo.includes(MAIL.abejorral))!;
    expect(toAbejorral.subject).toBe(abejorral.title);
    expect(toAbejorral.text).toContain('invita a la alcaldía de ABEJORRAL (05002) a aplicar el autodiagnóstico del Modelo de Madurez');
    expect(toAbejorral.text).toContain('Ministerio de Tecnologías de la Información y las Comunicaciones');
  });

  it('shows the invitation in the list, and skips an entity invited within the last days', async () => {
    const { entries } = await wholeList({ departmentCode: '05' });
    const abejorral = entries.find((e) => e.entity.code === VALIDATED_BEFORE)!;
    expect(abejorral.invitationCount).toBe(1);
    // The adjustable clock runs on from NOW: invited within the first minute after it.
    const invitedAt = new Date(abejorral.lastInvitedAt!).getTime();
    expect(invitedAt - NOW.getTime()).toBeGreaterThanOrEqual(0);
    expect(invitedAt - NOW.getTime()).toBeLessThan(60_000);
    expect(entries.find((e) => e.entity.code === WITHOUT_PEOPLE)).toMatchObject({ invitationCount: 0, lastInvitedAt: null });

    const again = dataOf(await invite({ entityCodes: [VALIDATED_BEFORE] })).inviteToAdopt as InviteResult;
    expect(again.results.map((r) => r.outcome)).toEqual(['INVITED_RECENTLY']);
    expect(again.invitedCount).toBe(0);
    // A minute before seven days (ADOPTION_REINVITE_DAYS) have passed, still too soon; a minute after, it may be invited again.
    await clockOf(app).set(new Date(invitedAt + 7 * DAY - 60_000));
    try {
      const soon = dataOf(await invite({ entityCodes: [VALIDATED_BEFORE] })).inviteToAdopt as InviteResult;
      expect(soon.results.map((r) => r.outcome)).toEqual(['INVITED_RECENTLY']);
      await clockOf(app).set(new Date(invitedAt + 7 * DAY + 60_000));
      const later = dataOf(await invite({ entityCodes: [VALIDATED_BEFORE] })).inviteToAdopt as InviteResult;
      expect(later.results.map((r) => r.outcome)).toEqual(['INVITED']);
      await eventually(app, 'el segundo aviso', async () => ((await adoptionNotices()).length === 3 ? true : undefined));
      await settled(app);
      const listed = (await wholeList({ departmentCode: '05' })).entries.find((e) => e.entity.code === VALIDATED_BEFORE)!;
      expect(listed.invitationCount).toBe(2);
    } finally {
      await clockOf(app).set(NOW);
    }
  });

  it('answers a repeated idempotency key with the first result, inviting nobody twice, and refuses it for another request', async () => {
    const rows = await invitationRows();
    const notices = (await adoptionNotices()).length;
    const repeated = dataOf(
      await invite({ entityCodes: [VALIDATED_BEFORE, IN_PROGRESS, WITHOUT_PEOPLE, '05001', IN_PROGRESS], idempotencyKey: 'invitacion-1' }),
    ).inviteToAdopt as InviteResult;
    expect(repeated).toEqual({ ...first, replayed: true });
    const other = await invite({ entityCodes: [IN_PROGRESS], idempotencyKey: 'invitacion-1' });
    expect(errorCode(other)).toBe('CONFLICT');
    await settled(app);
    expect(await invitationRows()).toBe(rows);
    expect((await adoptionNotices()).length).toBe(notices);
  });

  it('invites an entity once when several calls name it at the same moment', async () => {
    const code = '05021'; // Alejandría: nobody invited it yet
    await personToken(app, { sub: 'alcalde@alejandria.gov.co', role: Role.ENTITY_REPRESENTATIVE, entityCode: code });
    const answers = await Promise.all(Array.from({ length: 4 }, () => invite({ entityCodes: [code] })));
    const outcomes = answers.map((a) => (dataOf(a).inviteToAdopt as InviteResult).results[0].outcome).sort();
    expect(outcomes).toEqual(['INVITED', 'INVITED_RECENTLY', 'INVITED_RECENTLY', 'INVITED_RECENTLY']);
    const invited = await knex('adoption_invitation').where({ entity_code: code, outcome: 'INVITED' }).count({ n: '*' });
    expect(Number(invited[0].n)).toBe(1);
    await eventually(app, 'el aviso a Alejandría', async () =>
      (await adoptionNotices()).some((n) => n.audience === code) ? true : undefined,
    );
    await settled(app);
    expect((await adoptionNotices()).filter((n) => n.audience === code)).toHaveLength(1);
  });
});

describe('the ADOPTION report', () => {
  const request = (input: Record<string, unknown>, token = coordinator) => executeText(app.url, REQUEST_REPORT, { input }, { token });

  async function file(input: Record<string, unknown>): Promise<Buffer> {
    const res = dataOf(await request(input)).requestReport;
    const report = await finishedReport(app, coordinator, res.report.id);
    expect([report.status, report.error]).toEqual(['READY', null]);
    const got = await download(app, report.downloadUrl!, coordinator);
    expect(got.status).toBe(200);
    return got.body;
  }

  /** A list entry as the CSV writes it (Bogotá's wall clock for instants). */
  const asRow = (e: Entry) => {
    const wall = (iso: string | null) =>
      iso ? new Date(new Date(iso).getTime() - 5 * 3600 * 1000).toISOString().slice(0, 16).replace('T', ' ') : '';
    return [
      e.entity.code,
      e.entity.name,
      e.entity.kind === 'DEPARTMENT' ? 'Gobernación' : 'Alcaldía',
      e.entity.departmentCode,
      applicants.find((r) => r.code === e.entity.code)!.departmentName,
      e.lastValidatedAssessment?.cycleYear == null ? '' : String(e.lastValidatedAssessment.cycleYear),
      wall(e.lastValidatedAssessment?.validatedAt ?? null),
      e.assessmentInProgress ? 'Sí' : 'No',
      wall(e.lastInvitedAt),
      String(e.invitationCount),
    ];
  };

  it('exports as CSV the same rows the list shows, for the whole country and for a filter', async () => {
    for (const filter of [{}, { departmentCode: '05' }, { kind: 'DEPARTMENT', since: '2025-01-01' }] as Filter[]) {
      const { entries } = await wholeList(filter);
      const csv = parseSemicolonCsv(await file({ kind: 'ADOPTION', format: 'CSV', adoption: filter }));
      expect(csv.bom).toBe(true);
      expect(csv.rows[0][0]).toBe('Código DIVIPOLA');
      expect(csv.rows.slice(1)).toEqual(entries.map(asRow));
    }
  });

  it('exports as XLSX the same entities', async () => {
    const { entries } = await wholeList({ departmentCode: '05' });
    const book = await openWorkbook(await file({ kind: 'ADOPTION', format: 'XLSX', adoption: { departmentCode: '05' } }));
    const rows = sheetValues(book.getWorksheet('Entidades')!);
    expect(String(rows[0][0])).toMatch(/^Entidades sin autodiagnóstico validado desde el .*2023 - ANTIOQUIA$/);
    expect(rows.slice(3).map((r) => r[0])).toEqual(entries.map((e) => e.entity.code));
    expect(rows.slice(3).map((r) => r[9])).toEqual(entries.map((e) => e.invitationCount));
  });

  it('is refused to an entity and an advisor, in PDF, and with a bad filter', async () => {
    for (const token of [entityMember, advisor])
      expect(errorCode(await request({ kind: 'ADOPTION', format: 'CSV' }, token))).toBe('FORBIDDEN');
    const pdf = await request({ kind: 'ADOPTION', format: 'PDF' });
    expect(errorCode(pdf)).toBe('BAD_USER_INPUT');
    expect(pdf.errors![0].extensions!.problems).toEqual([expect.objectContaining({ path: 'input.format', code: 'NOT_ALLOWED' })]);
    const bad = await request({ kind: 'ADOPTION', format: 'CSV', adoption: { kind: 'NON_MUNICIPALIZED_AREA' } });
    expect(bad.errors![0].extensions!.problems).toEqual([expect.objectContaining({ path: 'input.adoption.kind', code: 'NOT_ALLOWED' })]);
    const misplaced = await request({ kind: 'CASELOAD', format: 'CSV', adoption: {} });
    expect(misplaced.errors![0].extensions!.problems).toEqual([expect.objectContaining({ path: 'input.adoption', code: 'NOT_ALLOWED' })]);
    // The auditor may export it.
    expect(dataOf(await request({ kind: 'ADOPTION', format: 'CSV' }, auditor)).requestReport.report.kind).toBe('ADOPTION');
  });
});
