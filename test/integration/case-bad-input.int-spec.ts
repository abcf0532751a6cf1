import { randomUUID } from 'node:crypto';

import { Role } from '../../src/core/auth/principal';
import { fromGlobalId, toGlobalId } from '../../src/core/graphql/global-ids';
import { readDivipola } from '../../src/modules/territorial-entities/divipola';
import { TerritorialEntityKind } from '../../src/modules/territorial-entities/territorial-entity-kind';
import {
  CaseDocument,
  CreateCallDocument,
  OpenCycleDocument,
  ProgrammeDocument,
  RequestAccompanimentDocument,
  StartApplicationDocument,
  StartAssessmentDocument,
  TerritorialEntityDocument,
} from '../graphql/generated';
import { requestInput } from '../support/accompaniment';
import { dataOf, errorCode, execute, executeText, type GraphQLResponse } from '../support/http';
import { startTestSystem, type TestSystem } from '../support/test-system';
import {
  actors,
  answerAssessment,
  CHECKLIST_WITHOUT_DOCUMENTS,
  drive,
  fillApplication,
  municipalities,
  openProgramme,
  publishCall,
  sendEvent,
  validatedAssessment,
  type Actors,
} from '../support/workflow';

/*
 * Every refusal of bad input says what was wrong, with a stable code, and leaves nothing written:
 * the case keeps its version and history, and no case, cycle or call row appears.
 */

const DAY = 24 * 3600 * 1000;
const NON_MUNICIPALIZED = '91263'; // El Encanto (Amazonas): área no municipalizada.

let app: TestSystem;
let coordinator: string;
let programme: { cycleId: string; callId: string };
let closedCallId: string;
let codes: string[];
let nextCode = 0;

beforeAll(async () => {
  app = await startTestSystem();
  coordinator = await app.token(Role.COORDINATOR);
  programme = await openProgramme(app, coordinator);
  // openProgramme opens this year's cycle, and there is one cycle per year: the closed call is made
  // here. A call that has already closed cannot be published, so it is published while open and
  // then closed early by its coordinator (allowed while nothing has been submitted to it).
  const now = Date.now();
  const closed = await execute(
    app.url,
    CreateCallDocument,
    {
      input: {
        title: 'Convocatoria CTI cerrada',
        opensAt: new Date(now - DAY).toISOString(),
        closesAt: new Date(now + DAY).toISOString(),
        totalBudget: 50_000_000_000,
        capPerApplication: 2_000_000_000,
        minCounterpartPercent: 20,
        eligibilityChecklist: CHECKLIST_WITHOUT_DOCUMENTS,
      },
    },
    { token: coordinator },
  );
  if (closed.errors) throw new Error(closed.errors[0].message);
  closedCallId = closed.data!.createCall.id;
  await publishCall(app, coordinator, closedCallId);
  const closing = await executeText(
    app.url,
    'mutation Close($input: UpdateCallInput!) { updateCall(input: $input) { id closesAt } }',
    { input: { id: closedCallId, closesAt: new Date(now - 1000).toISOString() } },
    { token: coordinator },
  );
  if (closing.errors) throw new Error(closing.errors[0].message);
  codes = await municipalities(app, 40);
});
afterAll(() => app?.stop());

/** A municipality of its own for each scenario (an entity has one open case per process and scope). */
async function entity(): Promise<{ code: string; who: Actors }> {
  const code = codes[nextCode++];
  return { code, who: await actors(app, code) };
}

const key = () => `clave-${randomUUID()}`;

/** Rows of every table a change, a creation or the calendar writes to (PostgreSQL counts come as strings). */
async function rowCounts(entityCode?: string) {
  const conn = app.system.orm.em.fork().getConnection();
  const count = async (sql: string, params: unknown[] = []) => Number((await conn.execute<{ n: number | string }[]>(sql, params))[0].n);
  return {
    cases: await count('select count(*) as n from workflow_case'),
    history: await count('select count(*) as n from case_history'),
    outbox: await count('select count(*) as n from outbox'),
    keys: await count('select count(*) as n from idempotency_key'),
    cycles: await count('select count(*) as n from cycle'),
    calls: await count('select count(*) as n from cofinancing_call'),
    requests: await count('select count(*) as n from accompaniment_request'),
    ...(entityCode ? { casesOfEntity: await count('select count(*) as n from workflow_case where entity_code = ?', [entityCode]) } : {}),
  };
}

/** What a coordinator sees of a case: enough to tell whether anything about it changed. */
async function observe(id: string) {
  const res = await execute(app.url, CaseDocument, { id }, { token: coordinator });
  expect(res.errors).toBeUndefined();
  const c = res.data!.case!;
  return { state: c.state, version: c.version, lastNote: c.lastNote, history: c.history.map((h) => `${h.seq}:${h.event}`) };
}

/** Runs `refusals` and checks that neither the case nor any table changed. */
async function nothingWritten(caseIds: string[], refusals: () => Promise<void>, entityCode?: string) {
  const before = { cases: await Promise.all(caseIds.map(observe)), rows: await rowCounts(entityCode) };
  await refusals();
  expect({ cases: await Promise.all(caseIds.map(observe)), rows: await rowCounts(entityCode) }).toEqual(before);
}

async function draftAssessment(who: Actors): Promise<string> {
  const res = await execute(app.url, StartAssessmentDocument, { input: { cycleId: programme.cycleId } }, { token: who.member });
  expect(res.errors).toBeUndefined();
  return res.data!.startAssessment.case.id;
}

async function draftApplication(who: Actors, callId = programme.callId): Promise<string> {
  const res = await execute(app.url, StartApplicationDocument, { input: { callId } }, { token: who.member });
  expect(res.errors).toBeUndefined();
  expect(res.data!.startApplication.case).toMatchObject({ state: 'draft', version: 1, callId });
  return res.data!.startApplication.case.id;
}

/** One field-level refusal: HTTP 200, no data, one error with this code. */
function expectRefused(res: GraphQLResponse<unknown>, code: string) {
  expect({ status: res.status, code: errorCode(res), errors: res.errors?.length, data: res.data ?? null }).toEqual({
    status: 200,
    code,
    errors: 1,
    data: null,
  });
  return res.errors![0];
}

/** A request refused before execution (variables or document invalid): HTTP 400, no data at all. */
function expectRejectedRequest(res: GraphQLResponse<unknown>, code: 'BAD_USER_INPUT' | 'GRAPHQL_VALIDATION_FAILED') {
  expect({ status: res.status, code: errorCode(res), errors: res.errors?.length, hasData: 'data' in res }).toEqual({
    status: 400,
    code,
    errors: 1,
    hasData: false,
  });
  return res.errors![0];
}

describe('case ids', () => {
  it('answers NOT_FOUND for a well-formed id no case has, whoever asks and whatever the mutation', async () => {
    const { who } = await entity();
    const unknown = randomUUID();
    const attempts: [string, 'MATURITY_ASSESSMENT' | 'ACCOMPANIMENT' | 'COFINANCING_APPLICATION', string][] = [
      [who.representative, 'MATURITY_ASSESSMENT', 'SUBMIT'],
      [coordinator, 'MATURITY_ASSESSMENT', 'VALIDATE'],
      [coordinator, 'MATURITY_ASSESSMENT', 'REJECT'],
      [coordinator, 'ACCOMPANIMENT', 'ADMIT'],
      [coordinator, 'ACCOMPANIMENT', 'ASSIGN_ADVISOR'],
      [who.member, 'ACCOMPANIMENT', 'ACCEPT_ROADMAP'],
      [who.representative, 'COFINANCING_APPLICATION', 'SIGN_AGREEMENT'],
      [coordinator, 'COFINANCING_APPLICATION', 'CLOSE'],
    ];
    await nothingWritten([], async () => {
      for (const [token, process, event] of attempts) {
        const res = await sendEvent(app, token, process, unknown, event, { expectedVersion: 1, idempotencyKey: key() });
        const error = expectRefused(res, 'NOT_FOUND');
        expect(error.extensions).toEqual({ code: 'NOT_FOUND', caseId: toGlobalId('Case', unknown) });
        expect(error.message).toContain(unknown);
      }
    });
    const read = await execute(app.url, CaseDocument, { id: unknown }, { token: coordinator });
    expect(read).toEqual({ status: 200, data: { case: null } });
  });

  it('answers BAD_USER_INPUT for a malformed id in a mutation, and null for it in case(id)', async () => {
    const { who } = await entity();
    const malformed = [
      'not-a-uuid',
      '12345',
      '',
      ' ',
      "x' or '1'='1",
      '0000000000004000800000000000000',
      `${randomUUID()}0`,
      randomUUID().replace(/-/g, ''),
    ];
    await nothingWritten([], async () => {
      for (const id of malformed) {
        for (const [token, process, event] of [
          [who.representative, 'MATURITY_ASSESSMENT', 'SUBMIT'],
          [coordinator, 'ACCOMPANIMENT', 'DECLINE'],
          [coordinator, 'ACCOMPANIMENT', 'ASSIGN_ADVISOR'],
        ] as const) {
          const res = await sendEvent(app, token, process, id, event);
          const error = expectRefused(res, 'BAD_USER_INPUT');
          expect([id, error.extensions]).toEqual([
            id,
            {
              code: 'BAD_USER_INPUT',
              problems: [{ path: 'input.caseId', code: 'INVALID_FORMAT', message: 'debe ser un identificador válido' }],
            },
          ]);
        }
        const read = await execute(app.url, CaseDocument, { id }, { token: coordinator });
        expect([id, read]).toEqual([id, { status: 200, data: { case: null } }]);
      }
    });
  });
});

describe('events the current state does not accept', () => {
  it('answers INVALID_TRANSITION with the state and the events it accepts', async () => {
    const { who } = await entity();
    const id = await draftAssessment(who);
    await nothingWritten([id], async () => {
      for (const [token, event] of [
        [coordinator, 'VALIDATE'],
        [coordinator, 'START_REVIEW'],
        [coordinator, 'REQUEST_CHANGES'],
        [who.representative, 'RESUBMIT'],
      ] as const) {
        const error = expectRefused(await sendEvent(app, token, 'MATURITY_ASSESSMENT', id, event), 'INVALID_TRANSITION');
        expect(error.extensions).toEqual({
          code: 'INVALID_TRANSITION',
          state: 'draft',
          event,
          acceptedEvents: ['SUBMIT', 'WITHDRAW', 'CYCLE_CLOSED'],
        });
        expect(error.message).toBe(`El estado "Borrador" no acepta el evento ${event}; acepta: SUBMIT, WITHDRAW, CYCLE_CLOSED`);
      }
    });
  });

  it('says a final state accepts nothing', async () => {
    const { who } = await entity();
    const id = await validatedAssessment(app, who, programme.cycleId);
    await nothingWritten([id], async () => {
      for (const [token, event] of [
        [coordinator, 'REJECT'],
        [who.representative, 'WITHDRAW'],
        [who.representative, 'SUBMIT'],
      ] as const) {
        const error = expectRefused(await sendEvent(app, token, 'MATURITY_ASSESSMENT', id, event), 'INVALID_TRANSITION');
        expect(error.extensions).toEqual({ code: 'INVALID_TRANSITION', state: 'validated', event, acceptedEvents: [] });
        expect(error.message).toContain('ninguno (estado final)');
      }
    });
  });
});

describe('payloads', () => {
  /** An assessment under review: the coordinator may send it REQUEST_CHANGES or REJECT with a note. */
  async function underReview() {
    const { who } = await entity();
    const id = await draftAssessment(who);
    for (const event of ['SUBMIT', 'START_REVIEW']) await drive(app, who, 'MATURITY_ASSESSMENT', id, event);
    return id;
  }

  it('refuses wrong types in variables with HTTP 400 BAD_USER_INPUT, in Spanish, before anything runs', async () => {
    const id = await underReview();
    const note = 'mutation($input: RequestAssessmentChangesInput!) { requestAssessmentChanges(input: $input) { replayed } }';
    const action = 'mutation($input: CaseActionInput!) { validateAssessment(input: $input) { replayed } }';
    await nothingWritten([id], async () => {
      let error = expectRejectedRequest(
        await executeText(app.url, note, { input: { caseId: id, note: 123 } }, { token: coordinator }),
        'BAD_USER_INPUT',
      );
      expect(error.message).toBe(
        'La variable "$input" trae un valor inválido en "input.note" (123): un String debe ser un texto entre comillas (recibido 123)',
      );
      expect(error.extensions!.problems).toEqual([{ path: 'input.note', code: 'INVALID_TYPE', message: 'debe ser un texto' }]);

      error = expectRejectedRequest(
        await executeText(app.url, action, { input: { caseId: id, expectedVersion: '3' } }, { token: coordinator }),
        'BAD_USER_INPUT',
      );
      expect(error.message).toBe(
        'La variable "$input" trae un valor inválido en "input.expectedVersion" ("3"): un Int debe ser un número entero (recibido "3")',
      );

      error = expectRejectedRequest(await executeText(app.url, note, { input: { caseId: id } }, { token: coordinator }), 'BAD_USER_INPUT');
      expect(error.message).toMatch(
        /^La variable "\$input" trae un valor inválido \(.*\): falta el campo obligatorio "note" \(de tipo "String!"\)\.$/,
      );
      expect(error.extensions!.problems).toEqual([{ path: 'input.note', code: 'REQUIRED', message: 'es obligatorio' }]);

      error = expectRejectedRequest(
        await executeText(app.url, note, { input: { caseId: id, note: null } }, { token: coordinator }),
        'BAD_USER_INPUT',
      );
      expect(error.message).toContain('input.note');

      error = expectRejectedRequest(
        await executeText(app.url, action, { input: { caseId: id, expectedVersion: 2.5 } }, { token: coordinator }),
        'BAD_USER_INPUT',
      );
      expect(error.message).toContain('input.expectedVersion');
    });
  });

  it('refuses the same wrong types written in the document with HTTP 400 BAD_USER_INPUT at their paths, in Spanish', async () => {
    const id = await underReview();
    await nothingWritten([id], async () => {
      let error = expectRejectedRequest(
        await executeText(app.url, `mutation { requestAssessmentChanges(input: { caseId: "${id}", note: 123 }) { replayed } }`, undefined, {
          token: coordinator,
        }),
        'BAD_USER_INPUT',
      );
      expect(error.message).toBe('El argumento "input" trae un valor inválido en "input.note": debe ser un texto');
      expect(error.extensions!.problems).toEqual([{ path: 'input.note', code: 'INVALID_TYPE', message: 'debe ser un texto' }]);
      error = expectRejectedRequest(
        await executeText(
          app.url,
          `mutation { validateAssessment(input: { caseId: "${id}", expectedVersion: "3" }) { replayed } }`,
          undefined,
          { token: coordinator },
        ),
        'BAD_USER_INPUT',
      );
      expect(error.message).toBe('El argumento "input" trae un valor inválido en "input.expectedVersion": debe ser un número entero');
      error = expectRejectedRequest(
        await executeText(app.url, `mutation { requestAssessmentChanges(input: { caseId: "${id}" }) { replayed } }`, undefined, {
          token: coordinator,
        }),
        'BAD_USER_INPUT',
      );
      expect(error.message).toBe('El argumento "input" trae un valor inválido en "input.note": es obligatorio');
      expect(error.extensions!.problems).toEqual([{ path: 'input.note', code: 'REQUIRED', message: 'es obligatorio' }]);
    });
  });

  it('refuses a note that is too short, a version below 1 and a short idempotency key as BAD_USER_INPUT', async () => {
    const id = await underReview();
    await nothingWritten([id], async () => {
      for (const event of ['REQUEST_CHANGES', 'REJECT']) {
        const error = expectRefused(
          await sendEvent(app, coordinator, 'MATURITY_ASSESSMENT', id, event, { payload: { note: 'ab' } }),
          'BAD_USER_INPUT',
        );
        expect(error.extensions).toEqual({
          code: 'BAD_USER_INPUT',
          problems: [{ path: 'input.note', code: 'TOO_SHORT', message: 'debe tener entre 3 y 5000 caracteres' }],
        });
      }
      let error = expectRefused(
        await sendEvent(app, coordinator, 'MATURITY_ASSESSMENT', id, 'VALIDATE', { expectedVersion: 0 }),
        'BAD_USER_INPUT',
      );
      expect(error.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        problems: [{ path: 'input.expectedVersion', code: 'OUT_OF_RANGE', message: 'debe ser 1 o mayor' }],
      });
      error = expectRefused(
        await sendEvent(app, coordinator, 'MATURITY_ASSESSMENT', id, 'VALIDATE', { idempotencyKey: 'corta' }),
        'BAD_USER_INPUT',
      );
      expect(error.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        problems: [{ path: 'input.idempotencyKey', code: 'TOO_SHORT', message: 'debe tener entre 8 y 200 caracteres' }],
      });
    });
  });

  it('refuses a note of only spaces as BAD_USER_INPUT that says a note is required', async () => {
    const id = await underReview();
    await nothingWritten([id], async () => {
      const error = expectRefused(
        await sendEvent(app, coordinator, 'MATURITY_ASSESSMENT', id, 'REJECT', { payload: { note: '     ' } }),
        'BAD_USER_INPUT',
      );
      expect(error.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        event: 'REJECT',
        problems: [
          { path: 'input.note', code: 'REQUIRED', message: 'debe incluir una nota (motivos o comentario) de al menos 3 caracteres' },
        ],
      });
      // The runtime has a Spanish reason for the machine's hasNote guard (guardMessages).
      expect(error.message).toBe('El evento REJECT debe incluir una nota (motivos o comentario) de al menos 3 caracteres');
    });
  });
});

describe('stale versions', () => {
  it('answers CONFLICT with the current version when expectedVersion is not it', async () => {
    const { who } = await entity();
    const id = await draftAssessment(who);
    await nothingWritten([id], async () => {
      const error = expectRefused(
        await sendEvent(app, who.representative, 'MATURITY_ASSESSMENT', id, 'SUBMIT', { expectedVersion: 5 }),
        'CONFLICT',
      );
      // The error names the case by its key (the id sent was its global id).
      expect(error.extensions).toEqual({ code: 'CONFLICT', caseId: id, expectedVersion: 5, currentVersion: 1 });
    });
    // Answering the questionnaire (required before submitting) does not change the case's version.
    await answerAssessment(app, who.member, id);
    const submitted = await sendEvent(app, who.representative, 'MATURITY_ASSESSMENT', id, 'SUBMIT', { expectedVersion: 1 });
    expect(submitted.result).toMatchObject({ case: { state: 'submitted', version: 2 } });
    await nothingWritten([id], async () => {
      // The version the client read before the submission is now stale.
      const error = expectRefused(
        await sendEvent(app, coordinator, 'MATURITY_ASSESSMENT', id, 'START_REVIEW', { expectedVersion: 1, idempotencyKey: key() }),
        'CONFLICT',
      );
      expect(error.extensions).toEqual({ code: 'CONFLICT', caseId: id, expectedVersion: 1, currentVersion: 2 });
    });
  });
});

describe('programme rules', () => {
  it('lets an application start on a closed call but refuses its submission with CALL_NOT_OPEN', async () => {
    const programmeNow = await execute(app.url, ProgrammeDocument, undefined, { token: coordinator });
    expect(programmeNow.data!.calls.edges.map((e) => e.node).find((c) => c.id === closedCallId)).toMatchObject({ open: false });
    const { who } = await entity();
    await validatedAssessment(app, who, programme.cycleId);
    const id = await draftApplication(who, closedCallId);
    // A complete application within the call's rules: the closed call is the only reason left.
    await fillApplication(app, who.member, id);
    await nothingWritten([id], async () => {
      const error = expectRefused(
        await sendEvent(app, who.representative, 'COFINANCING_APPLICATION', id, 'SUBMIT', { expectedVersion: 1 }),
        'PRECONDITION_FAILED',
      );
      expect(error.extensions).toEqual({
        code: 'PRECONDITION_FAILED',
        rule: 'APPLICATION_NOT_SUBMITTABLE',
        reasons: [
          { code: 'CALL_NOT_OPEN', message: expect.stringContaining('la convocatoria "Convocatoria CTI cerrada" no está abierta') },
        ],
      });
      expect(error.message).toContain('Convocatoria CTI cerrada');
    });
  });

  it('refuses an accompaniment request for a roadmap or a project, or an application, without a validated assessment', async () => {
    const { code, who } = await entity();
    const refuse = async () => {
      for (const res of [
        await execute(app.url, RequestAccompanimentDocument, { input: requestInput('ROADMAP') }, { token: who.member }),
        await execute(
          app.url,
          RequestAccompanimentDocument,
          { input: { ...requestInput('PROJECT_FORMULATION'), idempotencyKey: key() } },
          { token: who.representative },
        ),
        await execute(app.url, StartApplicationDocument, { input: { callId: programme.callId } }, { token: who.member }),
        await execute(
          app.url,
          StartApplicationDocument,
          { input: { callId: programme.callId, idempotencyKey: key() } },
          { token: who.representative },
        ),
      ]) {
        const error = expectRefused(res, 'PRECONDITION_FAILED');
        expect(error.extensions).toEqual({ code: 'PRECONDITION_FAILED', rule: 'VALIDATED_ASSESSMENT_REQUIRED', entityCode: code });
      }
    };
    await nothingWritten([], refuse, code);
    expect((await rowCounts(code)).casesOfEntity).toBe(0);
    // An assessment that is only submitted is not enough either.
    const id = await draftAssessment(who);
    await drive(app, who, 'MATURITY_ASSESSMENT', id, 'SUBMIT');
    await nothingWritten([id], refuse, code);
    expect((await rowCounts(code)).casesOfEntity).toBe(1);
  });

  it('accepts a request for help to apply the model (ASSESSMENT_SUPPORT) without a validated assessment', async () => {
    const { code, who } = await entity();
    const before = await rowCounts(code);
    const res = await execute(app.url, RequestAccompanimentDocument, { input: requestInput('ASSESSMENT_SUPPORT') }, { token: who.member });
    expect(res.errors).toBeUndefined();
    expect(res.data!.requestAccompaniment.case).toMatchObject({ state: 'requested', version: 1 });
    expect(await rowCounts(code)).toMatchObject({ casesOfEntity: 1, requests: before.requests + 1 });
  });

  it('refuses a second open assessment for the same entity and cycle with ONE_OPEN_CASE', async () => {
    const { code, who } = await entity();
    const id = await draftAssessment(who);
    await nothingWritten(
      [id],
      async () => {
        for (const [token, idempotencyKey] of [
          [who.member, undefined],
          [who.representative, key()],
        ] as const) {
          const res = await execute(app.url, StartAssessmentDocument, { input: { cycleId: programme.cycleId, idempotencyKey } }, { token });
          const error = expectRefused(res, 'PRECONDITION_FAILED');
          expect(error.extensions).toEqual({ code: 'PRECONDITION_FAILED', rule: 'ONE_OPEN_CASE', process: 'MATURITY_ASSESSMENT' });
        }
      },
      code,
    );
    expect((await rowCounts(code)).casesOfEntity).toBe(1);
  });

  it('refuses any case for an área no municipalizada with ENTITY_NOT_ELIGIBLE', async () => {
    const record = readDivipola().find((r) => r.code === NON_MUNICIPALIZED);
    expect(record).toMatchObject({ code: NON_MUNICIPALIZED, kind: TerritorialEntityKind.NON_MUNICIPALIZED_AREA });
    const listed = await execute(app.url, TerritorialEntityDocument, { code: NON_MUNICIPALIZED }, { token: coordinator });
    expect(listed.data!.territorialEntity).toMatchObject({
      code: NON_MUNICIPALIZED,
      kind: 'NON_MUNICIPALIZED_AREA',
      eligibleToApply: false,
    });

    const who = await actors(app, NON_MUNICIPALIZED);
    await nothingWritten(
      [],
      async () => {
        for (const res of [
          await execute(app.url, StartAssessmentDocument, { input: { cycleId: programme.cycleId } }, { token: who.member }),
          await execute(
            app.url,
            StartAssessmentDocument,
            { input: { cycleId: programme.cycleId, idempotencyKey: key() } },
            { token: who.representative },
          ),
          await execute(app.url, RequestAccompanimentDocument, { input: requestInput('ROADMAP') }, { token: who.member }),
          // Not even help to apply the model, which needs no assessment.
          await execute(app.url, RequestAccompanimentDocument, { input: requestInput('ASSESSMENT_SUPPORT') }, { token: who.member }),
          await execute(app.url, StartApplicationDocument, { input: { callId: programme.callId } }, { token: who.representative }),
        ]) {
          const error = expectRefused(res, 'PRECONDITION_FAILED');
          expect(error.extensions).toEqual({ code: 'PRECONDITION_FAILED', rule: 'ENTITY_NOT_ELIGIBLE' });
          expect(error.message).toContain('EL ENCANTO');
        }
      },
      NON_MUNICIPALIZED,
    );
    expect((await rowCounts(NON_MUNICIPALIZED)).casesOfEntity).toBe(0);
  });
});

describe('an accompaniment request’s content', () => {
  const REQUEST_READ = `query R($id: ID!) { case(id: $id) { accompaniment { request { topic dimensions description contactPersonId modality } } } }`;
  const requestOf = async (token: string, id: string) =>
    dataOf<{ case: { accompaniment: { request: { contactPersonId: string } & Record<string, unknown> } } }>(
      await executeText(app.url, REQUEST_READ, { id }, { token }),
    ).case.accompaniment.request;
  const personOf = async (subject: string) => String((await app.system.orm.em.getKnex()('person').where({ subject }).first('id')).id);

  it('refuses unknown or repeated dimensions, a blank description and a contact of another entity, all at once, writing nothing', async () => {
    const { code, who } = await entity();
    await validatedAssessment(app, who, programme.cycleId);
    const other = await entity();
    await actors(app, other.code);
    const stranger = await personOf(`entity_member.${other.code}@test`);
    await nothingWritten(
      [],
      async () => {
        const error = expectRefused(
          await execute(
            app.url,
            RequestAccompanimentDocument,
            {
              input: requestInput('ROADMAP', {
                dimensions: ['PERSONAS', 'NO_ES_UNA_DIMENSION', 'PERSONAS'],
                // Long enough for the input type, blank once trimmed.
                description: ' '.repeat(25),
                contactPersonId: stranger,
              }),
            },
            { token: who.member },
          ),
          'BAD_USER_INPUT',
        );
        expect(error.extensions!.problems).toEqual([
          {
            path: 'input.dimensions[1]',
            code: 'UNKNOWN',
            message: expect.stringContaining('el modelo no tiene la dimensión NO_ES_UNA_DIMENSION'),
          },
          { path: 'input.dimensions[2]', code: 'DUPLICATE', message: 'la dimensión PERSONAS está repetida' },
          { path: 'input.description', code: 'TOO_SHORT', message: 'describa lo que necesita en al menos 20 caracteres' },
          {
            path: 'input.contactPersonId',
            code: 'UNKNOWN',
            message: 'la persona de contacto debe ser una persona activa del directorio con membresía vigente en la entidad',
          },
        ]);
        // A description under 20 characters is refused by the input type itself, before anything runs.
        const short = expectRefused(
          await execute(
            app.url,
            RequestAccompanimentDocument,
            { input: requestInput('ROADMAP', { description: 'Ayuda' }) },
            { token: who.member },
          ),
          'BAD_USER_INPUT',
        );
        expect(short.extensions!.problems).toEqual([
          { path: 'input.description', code: 'TOO_SHORT', message: expect.stringContaining('20') },
        ]);
      },
      code,
    );
    expect((await rowCounts(code)).casesOfEntity).toBe(1);
  });

  it('writes the request as asked: the contact defaults to the requester, or is another person of the entity', async () => {
    const { code, who } = await entity();
    await validatedAssessment(app, who, programme.cycleId);
    const representative = await personOf(`entity_representative.${code}@test`);
    const res = await execute(
      app.url,
      RequestAccompanimentDocument,
      {
        input: requestInput('PROJECT_FORMULATION', { contactPersonId: representative, modality: 'IN_PERSON', dimensions: ['GOBERNANZA'] }),
      },
      { token: who.member },
    );
    expect(res.errors).toBeUndefined();
    const request = await requestOf(who.member, res.data!.requestAccompaniment.case.id);
    expect(request).toEqual({
      topic: 'PROJECT_FORMULATION',
      dimensions: ['GOBERNANZA'],
      description: requestInput().description,
      contactPersonId: expect.any(String),
      modality: 'IN_PERSON',
    });
    expect(fromGlobalId(request.contactPersonId)?.key ?? request.contactPersonId).toBe(representative);

    const other = await entity();
    const own = await execute(
      app.url,
      RequestAccompanimentDocument,
      { input: requestInput('ASSESSMENT_SUPPORT') },
      { token: other.who.member },
    );
    expect(own.errors).toBeUndefined();
    const { contactPersonId } = await requestOf(other.who.member, own.data!.requestAccompaniment.case.id);
    expect(fromGlobalId(contactPersonId)?.key ?? contactPersonId).toBe(await personOf(`entity_member.${other.code}@test`));
  });
});

describe('a typed mutation on a case of another process', () => {
  it('is BAD_USER_INPUT naming the caseId argument', async () => {
    const { who } = await entity();
    const assessment = await validatedAssessment(app, who, programme.cycleId);
    const application = await draftApplication(who);
    await nothingWritten([assessment, application], async () => {
      for (const [token, process, event, id, label] of [
        [who.representative, 'MATURITY_ASSESSMENT', 'SUBMIT', application, 'Autodiagnóstico del Modelo de Madurez'],
        [who.representative, 'MATURITY_ASSESSMENT', 'WITHDRAW', application, 'Autodiagnóstico del Modelo de Madurez'],
        [who.member, 'ACCOMPANIMENT', 'ACCEPT_ROADMAP', application, 'Solicitud de acompañamiento técnico'],
        [who.representative, 'COFINANCING_APPLICATION', 'SUBMIT', assessment, 'Postulación a cofinanciación'],
      ] as const) {
        const error = expectRefused(await sendEvent(app, token, process, id, event, { idempotencyKey: key() }), 'BAD_USER_INPUT');
        // The message names the case by its key (the id sent was its global id).
        expect(error.message).toBe(`El trámite ${fromGlobalId(id)!.key} no pertenece al proceso "${label}"`);
        expect(error.extensions).toEqual({
          code: 'BAD_USER_INPUT',
          problems: [{ path: 'input.caseId', code: 'NOT_ALLOWED', message: error.message }],
        });
      }
    });
  });
});

describe('idempotency keys', () => {
  it('refuses a key reused for a different request as BAD_USER_INPUT, and replays the same request', async () => {
    const { code, who } = await entity();
    await validatedAssessment(app, who, programme.cycleId);
    const id = await draftApplication(who);
    await fillApplication(app, who.member, id);
    const k = key();
    const first = await sendEvent(app, who.representative, 'COFINANCING_APPLICATION', id, 'SUBMIT', { idempotencyKey: k });
    expect(first.result).toMatchObject({ replayed: false, case: { state: 'submitted', version: 2 } });

    await nothingWritten(
      [id],
      async () => {
        const reused = [
          await sendEvent(app, who.representative, 'COFINANCING_APPLICATION', id, 'WITHDRAW', { idempotencyKey: k }),
          await execute(
            app.url,
            RequestAccompanimentDocument,
            { input: { ...requestInput('ROADMAP'), idempotencyKey: k } },
            { token: who.representative },
          ),
          await execute(
            app.url,
            StartAssessmentDocument,
            { input: { cycleId: programme.cycleId, idempotencyKey: k } },
            { token: who.representative },
          ),
        ];
        for (const res of reused) {
          const error = expectRefused(res, 'BAD_USER_INPUT');
          expect(error.extensions).toEqual({
            code: 'BAD_USER_INPUT',
            problems: [{ path: 'input.idempotencyKey', code: 'DUPLICATE', message: error.message }],
          });
        }
        // The very same request is a replay: the first result, nothing done again.
        const again = await sendEvent(app, who.representative, 'COFINANCING_APPLICATION', id, 'SUBMIT', { idempotencyKey: k });
        expect(again.result).toMatchObject({
          replayed: true,
          case: { id, state: 'submitted', version: 2 },
          entry: { seq: 2, event: 'SUBMIT' },
        });
      },
      code,
    );
  });

  it('refuses a key reused with the typed mutation of another process, as it would without the key', async () => {
    // submitAssessment and submitApplication both send SUBMIT: the same key, case and event type,
    // but not the same request (and without a key the second is BAD_USER_INPUT for the process).
    const { who } = await entity();
    const id = await draftAssessment(who);
    const k = key();
    await answerAssessment(app, who.member, id);
    const first = await sendEvent(app, who.representative, 'MATURITY_ASSESSMENT', id, 'SUBMIT', { idempotencyKey: k });
    expect(first.result).toMatchObject({ replayed: false, case: { state: 'submitted' } });
    const withoutKey = await sendEvent(app, who.representative, 'COFINANCING_APPLICATION', id, 'SUBMIT');
    expect(expectRefused(withoutKey, 'BAD_USER_INPUT').extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ path: 'input.caseId', code: 'NOT_ALLOWED' }],
    });

    const withKey = await sendEvent(app, who.representative, 'COFINANCING_APPLICATION', id, 'SUBMIT', { idempotencyKey: k });
    expect({ code: errorCode(withKey), data: withKey.data ?? null }).toEqual({ code: 'BAD_USER_INPUT', data: null });
  });
});

describe('the programme calendar', () => {
  const openCycle = (token: string, year: number, opensAt: Date, closesAt: Date) =>
    execute(app.url, OpenCycleDocument, { input: { year, opensAt: opensAt.toISOString(), closesAt: closesAt.toISOString() } }, { token });
  const callInput = (overrides: Record<string, unknown> = {}) => ({
    title: 'Convocatoria de entradas inválidas',
    opensAt: new Date(Date.now() + DAY).toISOString(),
    closesAt: new Date(Date.now() + 30 * DAY).toISOString(),
    totalBudget: 1_000_000_000,
    capPerApplication: 100_000_000,
    minCounterpartPercent: 10,
    ...overrides,
  });
  const createCallText = 'mutation($input: CreateCallInput!) { createCall(input: $input) { id } }';

  it('refuses a cycle that closes before (or when) it opens, writing no cycle', async () => {
    const opensAt = new Date(Date.UTC(2041, 0, 1));
    await nothingWritten([], async () => {
      for (const closesAt of [new Date(Date.UTC(2040, 11, 31)), opensAt]) {
        const error = expectRefused(await openCycle(coordinator, 2041, opensAt, closesAt), 'BAD_USER_INPUT');
        expect(error.extensions).toEqual({
          code: 'BAD_USER_INPUT',
          problems: [{ path: 'input.closesAt', code: 'INCONSISTENT', message: 'debe ser posterior a opensAt' }],
        });
        expect(error.message).toBe('closesAt debe ser posterior a opensAt');
      }
    });
    const cycles = await execute(app.url, ProgrammeDocument, undefined, { token: coordinator });
    expect(cycles.data!.cycles.edges.map((e) => e.node).map((c) => c.year)).not.toContain(2041);
  });

  it('refuses a call whose cap exceeds its budget, or whose budget is not a whole number, writing no call', async () => {
    await nothingWritten([], async () => {
      let error = expectRefused(
        await executeText(
          app.url,
          createCallText,
          { input: callInput({ totalBudget: 1000, capPerApplication: 1001 }) },
          { token: coordinator },
        ),
        'BAD_USER_INPUT',
      );
      expect(error.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        problems: [{ path: 'input.capPerApplication', code: 'OVER_LIMIT', message: 'no puede superar totalBudget' }],
      });
      expect(error.message).toBe('capPerApplication no puede superar totalBudget');

      error = expectRejectedRequest(
        await executeText(app.url, createCallText, { input: callInput({ totalBudget: 1_000_000_000.5 }) }, { token: coordinator }),
        'BAD_USER_INPUT',
      );
      const notPesos = 'debe ser un número entero de pesos colombianos (sin decimales, sin comillas y de a lo sumo 15 cifras)';
      expect(error.message).toBe(
        `La variable "$input" trae un valor inválido en "input.totalBudget" (1000000000.5): no es un valor en pesos válido: ${notPesos}`,
      );
      expect(error.extensions!.problems).toEqual([
        { path: 'input.totalBudget', code: 'INVALID_FORMAT', message: `no es un valor en pesos válido: ${notPesos}` },
      ]);
      error = expectRejectedRequest(
        await executeText(app.url, createCallText, { input: callInput({ totalBudget: '1000000000' }) }, { token: coordinator }),
        'BAD_USER_INPUT',
      );
      expect(error.message).toBe(
        `La variable "$input" trae un valor inválido en "input.totalBudget" ("1000000000"): no es un valor en pesos válido: ${notPesos}`,
      );
      error = expectRejectedRequest(
        await executeText(app.url, createCallText, { input: callInput({ totalBudget: 2 ** 53 }) }, { token: coordinator }),
        'BAD_USER_INPUT',
      );
      expect(error.message).toContain('input.totalBudget');
      expect(error.message).toContain('no es un valor en pesos válido');
      error = expectRejectedRequest(
        await executeText(app.url, createCallText, { input: callInput({ capPerApplication: 100_000_000.25 }) }, { token: coordinator }),
        'BAD_USER_INPUT',
      );
      expect(error.message).toBe(
        `La variable "$input" trae un valor inválido en "input.capPerApplication" (100000000.25): no es un valor en pesos válido: ${notPesos}`,
      );

      error = expectRefused(
        await executeText(app.url, createCallText, { input: callInput({ totalBudget: 0, capPerApplication: 0 }) }, { token: coordinator }),
        'BAD_USER_INPUT',
      );
      expect(error.extensions!.problems).toEqual(
        expect.arrayContaining([
          { path: 'input.totalBudget', code: 'OUT_OF_RANGE', message: 'debe ser mayor que cero' },
          { path: 'input.capPerApplication', code: 'OUT_OF_RANGE', message: 'debe ser mayor que cero' },
        ]),
      );
    });
  });

  it('refuses a second cycle for the same year with ONE_CYCLE_PER_YEAR', async () => {
    const opensAt = new Date(Date.UTC(2042, 0, 1));
    const closesAt = new Date(Date.UTC(2042, 11, 31));
    const first = await openCycle(coordinator, 2042, opensAt, closesAt);
    expect(first.errors).toBeUndefined();
    await nothingWritten([], async () => {
      for (const [year, from, to] of [
        [2042, opensAt, closesAt],
        [2042, new Date(Date.UTC(2042, 5, 1)), new Date(Date.UTC(2042, 6, 1))],
        [new Date().getUTCFullYear(), new Date(), new Date(Date.now() + DAY)],
      ] as const) {
        const error = expectRefused(await openCycle(coordinator, year, from, to), 'PRECONDITION_FAILED');
        expect(error.extensions).toEqual({ code: 'PRECONDITION_FAILED', rule: 'ONE_CYCLE_PER_YEAR' });
        expect(error.message).toBe(`Ya existe la vigencia ${year}`);
      }
    });
    const cycles = await execute(app.url, ProgrammeDocument, undefined, { token: coordinator });
    expect(cycles.data!.cycles.edges.map((e) => e.node).filter((c) => c.year === 2042)).toEqual([
      { id: first.data!.openCycle.id, year: 2042, open: false },
    ]);
  });

  it('refuses the calendar mutations to an entity user as FORBIDDEN', async () => {
    const { who } = await entity();
    await nothingWritten([], async () => {
      for (const token of [who.representative, who.member]) {
        expectRefused(await openCycle(token, 2043, new Date(Date.UTC(2043, 0, 1)), new Date(Date.UTC(2043, 11, 31))), 'FORBIDDEN');
        expectRefused(await executeText(app.url, createCallText, { input: callInput() }, { token }), 'FORBIDDEN');
        expectRefused(
          await executeText(app.url, 'mutation($id: ID!) { closeCycle(id: $id) { expired } }', { id: programme.cycleId }, { token }),
          'FORBIDDEN',
        );
      }
    });
    const cycles = await execute(app.url, ProgrammeDocument, undefined, { token: coordinator });
    expect(cycles.data!.cycles.edges.map((e) => e.node).find((c) => c.id === programme.cycleId)).toMatchObject({ open: true });
  });

  it('answers null for cycle(id) and call(id), and NOT_FOUND for closeCycle, with an id that is not one (even on PostgreSQL’s uuid columns)', async () => {
    for (const id of ['not-a-uuid', randomUUID()]) {
      const res = await executeText(
        app.url,
        'query($id: ID!) { cycle(id: $id) { id } call(id: $id) { id } }',
        { id },
        { token: coordinator },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data).toEqual({ cycle: null, call: null });
      await nothingWritten([], async () => {
        const error = expectRefused(
          await executeText(app.url, 'mutation($id: ID!) { closeCycle(id: $id) { expired } }', { id }, { token: coordinator }),
          'NOT_FOUND',
        );
        expect(error.message).toBe(`No existe la vigencia ${id}`);
      });
    }
  });
});
