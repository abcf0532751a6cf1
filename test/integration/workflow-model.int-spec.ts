import { getSimplePaths } from 'xstate/graph';

import type { AccompanimentTopic } from '../../workflows/accompaniment/accompaniment.v2.machine';
import { MACHINE_VERSIONS, type ProcessId } from '../../workflows/registry';

import { eventsOf, statesOf } from '../../src/core/workflow/definition';
import { CaseDocument, RequestAccompanimentDocument, StartApplicationDocument, StartAssessmentDocument } from '../graphql/generated';
import { requestInput } from '../support/accompaniment';
import { execute } from '../support/http';
import { filedReport, proposedPlan } from '../support/progress-reports';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { timeTravelEnv } from '../support/time-travel';
import { actors, drive, machineEventFor, municipalities, openProgramme, validatedAssessment } from '../support/workflow';

/**
 * Model-based: every simple path of every machine from its initial state (XState's graph
 * utilities), driven through the real HTTP API by whoever the policy says sends each event
 * (system events through the runtime). After each path, the case's history is the path, with the
 * same-state steps `drive` sent first where a step needs content (a session held before it is
 * recorded, a roadmap line before a delivery).
 */
// Dozens of paths per machine, each a case driven through HTTP (the cofinancing machine's take
// about 20 s on SQLite and more on PostgreSQL on a 2-core machine).
jest.setTimeout(240_000);

let app: TestSystem;
let programme: { cycleId: string; callId: string };
let coordinator: string;
let entities: string[];

beforeAll(async () => {
  // Recording a session moves the clock past its start.
  app = await startTestSystem(timeTravelEnv());
  coordinator = (await actors(app, '05001')).coordinator;
  programme = await openProgramme(app, coordinator);
  entities = await municipalities(app, 200);
});
afterAll(() => app?.stop());

/** New cases start on the latest version of their machine. */
const latestOf = (process: ProcessId) => MACHINE_VERSIONS.filter((v) => v.process === process).at(-1)!;

/**
 * The inputs each process's cases start with: an accompaniment's topic chooses its path (help to
 * apply the model ends without a diagnosis or a roadmap), so its paths are walked for both kinds.
 */
const inputsOf = (process: ProcessId): { topic?: AccompanimentTopic }[] =>
  process === 'ACCOMPANIMENT' ? [{ topic: 'ROADMAP' }, { topic: 'ASSESSMENT_SUPPORT' }] : [{}];

/**
 * An accompaniment's same-state steps change its content (a session, findings, the roadmap's
 * lines), each a new `revision` of the context: they are not steps of a path (the parts' own
 * suites walk them), only its moves from state to state are.
 */
const MOVES_ONLY: ReadonlySet<ProcessId> = new Set(['ACCOMPANIMENT']);

function pathsOf(process: ProcessId) {
  const { machine } = latestOf(process);
  const states = statesOf(machine);
  const all = eventsOf(machine).map((type) => machineEventFor(process, type));
  const moving = (snapshot: { value: unknown }) =>
    all.filter((e) => (states.get(String(snapshot.value))?.transitions ?? []).some((t) => t.event === e.type && t.targets.length > 0));
  return inputsOf(process).flatMap((input) =>
    getSimplePaths(machine, {
      input: { entityCode: '00000', ...input },
      events: (MOVES_ONLY.has(process) ? moving : all) as never,
    }).map((p) => ({
      input,
      events: p.steps.map((s) => s.event.type).filter((t) => !t.startsWith('xstate.')),
      states: p.steps.map((s) => String(s.state.value)),
      final: String(p.state.value),
    })),
  );
}

async function open(process: ProcessId, who: Awaited<ReturnType<typeof actors>>, input: { topic?: AccompanimentTopic }): Promise<string> {
  if (process === 'MATURITY_ASSESSMENT') {
    const res = await execute(app.url, StartAssessmentDocument, { input: { cycleId: programme.cycleId } }, { token: who.member });
    return res.data!.startAssessment.case.id;
  }
  // A period's report of an approved plan, filed by the representative.
  if (process === 'PROGRESS_REPORT') return filedReport(app, who);
  // The first version of a plan the representative imports, in the coordination's review.
  if (process === 'PLAN_REVIEW') return (await proposedPlan(app, who)).reviewCase;
  // Help to apply the model is requested without a validated assessment; everything else needs one.
  if (process === 'ACCOMPANIMENT') {
    const topic = input.topic ?? 'ROADMAP';
    if (topic !== 'ASSESSMENT_SUPPORT') await validatedAssessment(app, who, programme.cycleId);
    const res = await execute(app.url, RequestAccompanimentDocument, { input: requestInput(topic) }, { token: who.member });
    if (res.errors) throw new Error(`requestAccompaniment: ${res.errors[0].message}`);
    return res.data!.requestAccompaniment.case.id;
  }
  await validatedAssessment(app, who, programme.cycleId);
  const res = await execute(app.url, StartApplicationDocument, { input: { callId: programme.callId } }, { token: who.member });
  return res.data!.startApplication.case.id;
}

let next = 0;

describe.each([...new Set(MACHINE_VERSIONS.map((v) => v.process))])('%s machine', (process) => {
  const paths = pathsOf(process);

  it('has simple paths reaching every state', () => {
    const { machine } = latestOf(process);
    const reached = new Set(paths.map((p) => p.final));
    expect([...reached].sort()).toEqual(Object.keys(machine.root.states).sort());
  });

  it('takes every simple path through the API, and history equals the path', async () => {
    for (const path of paths) {
      const who = await actors(app, entities[next++]);
      const caseId = await open(process, who, path.input);
      // Each step of the path, after the same-state steps drive sent first in the state it leaves.
      const entries: { event: string; from: string; to: string }[] = [];
      for (const [i, event] of path.events.entries()) {
        const step = await drive(app, who, process, caseId, event);
        expect(step.case.state).toBe(path.states[i + 1]);
        for (const prepared of step.prepared) entries.push({ event: prepared, from: path.states[i], to: path.states[i] });
        entries.push({ event, from: path.states[i], to: path.states[i + 1] });
      }
      const res = await execute(app.url, CaseDocument, { id: caseId }, { token: coordinator });
      const kase = res.data!.case!;
      expect(kase.state).toBe(path.final);
      expect(kase.version).toBe(entries.length + 1);
      expect(kase.history.map((h) => h.event)).toEqual(['CREATED', ...entries.map((e) => e.event)]);
      expect(kase.history.map((h) => h.toState)).toEqual([path.states[0], ...entries.map((e) => e.to)]);
      expect(kase.history.map((h) => h.fromState)).toEqual([null, ...entries.map((e) => e.from)]);
    }
  });
});
