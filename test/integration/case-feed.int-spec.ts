import pino from 'pino';

import { Role } from '../../src/core/auth/principal';
import { fromGlobalId } from '../../src/core/graphql/global-ids';
import { CaseFeed } from '../../src/core/workflow/case-feed';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { actors, municipalities, openProgramme } from '../support/workflow';

let app: TestSystem;

beforeAll(async () => {
  app = await startTestSystem();
});
afterAll(() => app?.stop());

/**
 * The positions `caseChanged` resumes from (case_history.global_seq), stamped after the commit by
 * any number of processes at once: a reader must never see a position appear below one it has
 * already seen, or it would skip that change for good.
 */
describe('the case feed', () => {
  it('numbers committed changes 1, 2, 3… while transitions commit and two processes stamp at once: what a reader sees is always a prefix', async () => {
    const { coordinator } = await actors(app, '05001');
    const { cycleId } = await openProgramme(app, coordinator);
    const { cases, directory, caseEvents } = app.system.api.services;
    const knex = app.system.orm.em.getKnex();
    const logger = pino({ level: 'silent' });
    // Two processes' feeds (the API's own is idle: nobody follows it here).
    const feeds = [new CaseFeed(knex, caseEvents, logger), new CaseFeed(knex, caseEvents, logger)];
    const draft = { process: 'MATURITY_ASSESSMENT', cycleId: fromGlobalId(cycleId)?.key ?? cycleId, callId: null } as const;
    const codes = await municipalities(app, 40);

    let writing = true;
    const stamping = feeds.map(async (feed) => {
      while (writing) await feed.stamp();
    });
    const seen: number[] = [];
    const reading = (async () => {
      while (writing) {
        const rows: { global_seq: unknown }[] = await knex('case_history').whereNotNull('global_seq').select('global_seq');
        const positions = rows.map((r) => Number(r.global_seq)).sort((a, b) => a - b);
        // Every position from 1 to the highest visible one is visible: none can appear below later.
        expect(positions).toEqual(positions.map((_, i) => i + 1));
        seen.push(positions.length);
      }
    })();
    await Promise.all(
      codes.map((code) =>
        cases.open({ subject: `member@${code}`, role: Role.ENTITY_MEMBER, entityCode: code }, directory, `test-${code}`, draft, null),
      ),
    );
    writing = false;
    await Promise.all([...stamping, reading]);
    await feeds[0].stamp();

    const rows: { case_id: string; seq: unknown; global_seq: unknown }[] = await knex('case_history').select(
      'case_id',
      'seq',
      'global_seq',
    );
    const positions = rows.map((r) => Number(r.global_seq)).sort((a, b) => a - b);
    expect(positions).toEqual(rows.map((_, i) => i + 1));
    const [{ last }] = await knex('case_history_sequence').select('last');
    expect(Number(last)).toBe(rows.length);
    // The reader saw the numbering grow while the transitions were committing.
    expect(seen.length).toBeGreaterThan(1);
  });

  it('delivers to a follower the changes committed after it started, in order, each once', async () => {
    const feed = app.system.api.services.caseFeed;
    const follower = feed.follow();
    const from = await follower.from;
    const { cases, directory } = app.system.api.services;
    const codes = (await municipalities(app, 45)).slice(40);
    const [{ cycle_id: cycleId }] = await app.system.orm.em.getKnex()('workflow_case').select('cycle_id').limit(1);
    const draft = { process: 'MATURITY_ASSESSMENT', cycleId: cycleId as string, callId: null } as const;
    await Promise.all(
      codes.map((code) =>
        cases.open({ subject: `member@${code}`, role: Role.ENTITY_MEMBER, entityCode: code }, directory, `test-${code}`, draft, null),
      ),
    );
    const got: number[] = [];
    for (const _ of codes) got.push((await follower.changes.next()).value!.position);
    expect(got).toEqual(codes.map((_, i) => from + i + 1));
    expect(new Set((await feed.read(from, { limit: 10 })).map((c) => c.entityCode))).toEqual(new Set(codes));
    await follower.changes.return!();
    expect(feed.listenerCount()).toBe(0);
  });
});
