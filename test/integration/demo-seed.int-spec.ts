import { mintToken } from '../../src/core/auth/jwt';
import { Role } from '../../src/core/auth/principal';
import { seedDemo } from '../../src/modules/cases/demo.seed';
import { CasesDocument, JourneyDocument, ProgrammeDocument } from '../graphql/generated';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execute, executeText } from '../support/http';
import { parseMail } from '../support/smtp-capture';
import { startTestSystem, type TestSystem } from '../support/test-system';

let app: TestSystem;

beforeAll(async () => {
  // With the worker, as `npm start` runs it: the demo's late terms are escalated and reminded.
  app = await startTestSystem({ RELAY_POLL_MS: '50', LOG_LEVEL: process.env.DEBUG_LOG ?? 'silent' }, { worker: true });
});

async function eventually<T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string, ms = 20_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > until) throw new Error(`no ocurrió a tiempo: ${what} (último valor: ${JSON.stringify(v)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
afterAll(() => app?.stop());

describe('the embedded default’s demo data', () => {
  it('opens a cycle and a call and puts a few entities at different points of their path, once', async () => {
    // 7 cases on the current cycle and call, 40 validated assessments of last year's published Índice.
    expect(await seedDemo(app.system.orm, app.system.api.services)).toEqual({ seeded: true, cases: 7 + 40 });
    expect(await seedDemo(app.system.orm, app.system.api.services)).toEqual({ seeded: false, cases: 0 });

    const coordinator = await app.token(Role.COORDINATOR);
    const programme = await execute(app.url, ProgrammeDocument, {}, { token: coordinator });
    expect(programme.data!.cycles).toHaveLength(2);
    expect(programme.data!.cycles[0].open).toBe(true);
    expect(programme.data!.cycles[1].open).toBe(false);
    expect(programme.data!.calls[0]).toMatchObject({ open: true, totalBudget: 40_000_000_000 });

    const current = await execute(app.url, CasesDocument, { first: 20, filter: { cycleId: programme.data!.cycles[0].id } }, { token: coordinator });
    const ofCall = await execute(app.url, CasesDocument, { first: 20, filter: { callId: programme.data!.calls[0].id } }, { token: coordinator });
    const cases = { data: { cases: { edges: [...current.data!.cases.edges, ...ofCall.data!.cases.edges] } } };
    expect(cases.data.cases.edges).toHaveLength(7);
    // Cases filed at the same (demo) instant have no order among them.
    const states = cases.data.cases.edges.map((e) => `${e.node.entityCode}:${e.node.process}:${e.node.state}`).sort();
    expect(states).toEqual([
      '08001:ACCOMPANIMENT:requested',
      '08001:MATURITY_ASSESSMENT:validated',
      '11001:ACCOMPANIMENT:diagnosis',
      '11001:COFINANCING_APPLICATION:correctionsRequested',
      '11001:MATURITY_ASSESSMENT:validated',
      '15:MATURITY_ASSESSMENT:draft',
      '76001:MATURITY_ASSESSMENT:changesRequested',
    ]);

    // The advisor whose token `npm start` prints works the Bogotá accompaniment.
    const advisor = await mintToken(app.config, { sub: 'asesor@mintic.gov.co', role: Role.ADVISOR });
    const assigned = await execute(app.url, CasesDocument, {}, { token: advisor });
    expect(assigned.data!.cases.edges.map((e) => e.node.state)).toEqual(['diagnosis']);

    // Medellín is left for a person to walk through.
    const medellin = await execute(app.url, JourneyDocument, { code: '05001' }, { token: await app.token(Role.ENTITY_MEMBER, '05001') });
    expect(medellin.data!.territorialEntity!.journey.nextStep.code).toBe('START_ASSESSMENT');
  });

  it('shows the coordinator which case is overdue and why, and sends Bogotá its reminder by mail under var/mail', async () => {
    const coordinator = await app.token(Role.COORDINATOR);
    const overdue = await eventually(
      () => executeText(app.url, `{ cases(filter: { overdue: true }) { edges { node { entityCode process state deadlines { kind status dueAt remaining overdue } } } } }`, {}, { token: coordinator }),
      (r) => (r.data as unknown as { cases: { edges: { node: { deadlines: { status: string }[] } }[] } }).cases.edges.some((e) => e.node.deadlines.some((d) => d.status === 'OVERDUE')),
      'el término de Barranquilla marcado como vencido',
    );
    const nodes = (overdue.data as unknown as { cases: { edges: { node: Record<string, unknown> }[] } }).cases.edges.map((e) => e.node);
    expect(nodes).toHaveLength(1);
    expect(nodes[0]).toMatchObject({ entityCode: '08001', process: 'ACCOMPANIMENT', state: 'requested' });
    expect((nodes[0].deadlines as Record<string, unknown>[])[0]).toMatchObject({ kind: 'ACCOMPANIMENT_RESPONSE', status: 'OVERDUE', overdue: true });
    expect((nodes[0].deadlines as { remaining: number }[])[0].remaining).toBeLessThan(0);

    const notifications = `{ notifications(first: 100) { unreadCount edges { node { kind title body } } } }`;
    const escalated = await eventually(
      () => executeText(app.url, notifications, {}, { token: coordinator }),
      (r) => JSON.stringify(r.data).includes('DEADLINE_OVERDUE'),
      'la notificación de término vencido para la coordinación',
    );
    expect(JSON.stringify(escalated.data)).toContain('BARRANQUILLA (08001)');

    const bogota = await mintToken(app.config, { sub: 'lider-tic@bogota.gov.co', role: Role.ENTITY_MEMBER, entityCode: '11001' });
    const reminded = await eventually(
      () => executeText(app.url, notifications, {}, { token: bogota }),
      (r) => JSON.stringify(r.data).includes('DEADLINE_REMINDER'),
      'el recordatorio de subsanación para Bogotá',
    );
    expect(JSON.stringify(reminded.data)).toContain('Subsanación de la postulación');
    const mailDir = join(app.config.varDir, 'mail');
    const mails = await eventually(
      async () => {
        try {
          return readdirSync(mailDir)
            .filter((f) => f.endsWith('.eml'))
            .map((f) => parseMail(readFileSync(join(mailDir, f), 'utf8')));
        } catch {
          return [] as ReturnType<typeof parseMail>[];
        }
      },
      (m) => m.some((mail) => mail.to.includes('tic.11001@') && mail.subject.startsWith('Recordatorio')),
      'el correo del recordatorio en var/mail',
    );
    const reminder = mails.find((mail) => mail.to.includes('tic.11001@') && mail.subject.startsWith('Recordatorio'))!;
    expect(reminder.subject).toContain('Subsanación de la postulación vence el');
    expect(reminder.text).toContain('BOGOTÁ, D.C. (11001)');
    expect(mails.some((mail) => mail.to === 'coordinacion.cti@mintic.gov.co' && mail.subject.startsWith('Término vencido'))).toBe(true);
  });
});
