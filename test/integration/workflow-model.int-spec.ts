import { getSimplePaths } from 'xstate/graph';

import { MACHINE_VERSIONS, type ProcessId } from '../../workflows/registry';

import { eventsOf } from '../../src/core/workflow/definition';
import { CaseDocument, RequestAccompanimentDocument, StartApplicationDocument, StartAssessmentDocument } from '../graphql/generated';
import { execute } from '../support/http';
import { filedReport, proposedPlan } from '../support/progress-reports';
import { startTestSystem, type TestSystem } from '../support/test-system';
import { actors, drive, machineEventFor, municipalities, openProgramme, validatedAssessment } from '../support/workflow';

/**
 * Model-based: every simple path of every machine from its initial state (XState's graph
 * utilities), driven through the real HTTP API by whoever the policy says sends each event
 * (system events through the runtime). After each path, the case's history is the path.
 */
let app: TestSystem;
let programme: { cycleId: string; callId: string };
let coordinator: string;
let entities: string[];

beforeAll(async () => {
  app = await startTestSystem();
  coordinator = (await actors(app, '05001')).coordinator;
  programme = await openProgramme(app, coordinator);
  entities = await municipalities(app, 200);
});
afterAll(() => app?.stop());

/** New cases start on the latest version of their machine. */
const latestOf = (process: ProcessId) => MACHINE_VERSIONS.filter((v) => v.process === process).at(-1)!;

function pathsOf(process: ProcessId) {
  const { machine } = latestOf(process);
  const events = eventsOf(machine).map((type) => machineEventFor(process, type));
  return getSimplePaths(machine, { input: { entityCode: '00000' }, events: events as never }).map((p) => ({
    events: p.steps.map((s) => s.event.type).filter((t) => !t.startsWith('xstate.')),
    states: p.steps.map((s) => String(s.state.value)),
    final: String(p.state.value),
  }));
}

async function open(process: ProcessId, who: Awaited<ReturnType<typeof actors>>): Promise<string> {
  if (process === 'MATURITY_ASSESSMENT') {
    const res = await execute(app.url, StartAssessmentDocument, { input: { cycleId: programme.cycleId } }, { token: who.member });
    return res.data!.startAssessment.case.id;
  }
  // A period's report of an approved plan, filed by the representative.
  if (process === 'PROGRESS_REPORT') return filedReport(app, who);
  // The first version of a plan the representative imports, in the coordination's review.
  if (process === 'PLAN_REVIEW') return (await proposedPlan(app, who)).reviewCase;
  await validatedAssessment(app, who, programme.cycleId);
  if (process === 'ACCOMPANIMENT') {
    const res = await execute(app.url, RequestAccompanimentDocument, {}, { token: who.member });
    return res.data!.requestAccompaniment.case.id;
  }
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
      const caseId = await open(process, who);
      for (const [i, event] of path.events.entries()) {
        const step = await drive(app, who, process, caseId, event);
        expect(step.case.state).toBe(path.states[i + 1]);
      }
      const res = await execute(app.url, CaseDocument, { id: caseId }, { token: coordinator });
      const kase = res.data!.case!;
      expect(kase.state).toBe(path.final);
      expect(kase.version).toBe(path.events.length + 1);
      expect(kase.history.map((h) => h.event)).toEqual(['CREATED', ...path.events]);
      expect(kase.history.map((h) => h.toState)).toEqual(path.states);
      expect(kase.history.map((h) => h.fromState)).toEqual([null, ...path.states.slice(0, -1)]);
    }
  });
});
