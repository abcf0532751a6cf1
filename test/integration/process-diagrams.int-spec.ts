import { Role } from '../../src/core/auth/principal';
import { mermaidText } from '../../src/core/workflow/definition';
import { dataOf, executeText } from '../support/http';
import { startTestSystem, type TestSystem } from '../support/test-system';

/**
 * `processDefinitions { mermaid }` through the API: node ids are the state names (a client
 * highlights `Case.state` by id), states and edges carry the Spanish labels the same query gives,
 * written so Mermaid reads them back as they are.
 */

let app: TestSystem;

beforeAll(async () => {
  app = await startTestSystem();
});
afterAll(() => app?.stop());

const QUERY = `query Diagrams {
  processDefinitions(allVersions: true) {
    process version initialState mermaid
    states { name label final events }
    events { type label }
  }
}`;

interface Definition {
  process: string;
  version: number;
  initialState: string;
  mermaid: string;
  states: { name: string; label: string; final: boolean; events: string[] }[];
  events: { type: string; label: string }[];
}

describe('processDefinitions { mermaid }', () => {
  it('draws every version with state names as node ids and the Spanish labels of its states and events', async () => {
    const token = await app.token(Role.ENTITY_MEMBER, '05001');
    const defs = dataOf<{ processDefinitions: Definition[] }>(await executeText(app.url, QUERY, {}, { token })).processDefinitions;
    expect(defs.length).toBeGreaterThanOrEqual(5);
    for (const d of defs) {
      const lines = d.mermaid.trimEnd().split('\n');
      expect(lines[0]).toBe('stateDiagram-v2');
      expect(lines).toContain(`  [*] --> ${d.initialState}`);
      // One description line per state: its name, then its label as the same query gives it.
      for (const s of d.states) {
        expect(lines.filter((l) => l.startsWith(`  ${s.name}: `))).toEqual([`  ${s.name}: ${mermaidText(s.label)}`]);
        if (s.final) expect(lines).toContain(`  ${s.name} --> [*]`);
      }
      // Each edge leaves a state by one of the events it accepts, labelled as that event is; no code is shown.
      const names = new Set(d.states.map((s) => s.name));
      const label = new Map(d.events.map((e) => [e.type, mermaidText(e.label)]));
      for (const line of lines.filter((l) => l.includes(' --> ') && !l.includes('[*]'))) {
        const [, from, to, text] = /^ {2}(\S+) --> (\S+): (.+)$/.exec(line) ?? [];
        expect(names.has(from) && names.has(to)).toBe(true);
        const accepted = d.states.find((s) => s.name === from)!.events.map((e) => label.get(e));
        if (!accepted.includes(text)) throw new Error(`${d.process} v${d.version}: ${line} no es un evento de ${from}`);
      }
      for (const e of d.events) expect(d.mermaid).not.toMatch(new RegExp(`: ${e.type}$`, 'm'));
    }
    // The plan review's approved state has a colon in its label: written as Mermaid's entity code.
    const planReview = defs.find((d) => d.process === 'PLAN_REVIEW')!;
    expect(planReview.states.find((s) => s.name === 'approved')!.label).toBe('Aprobada: versión vigente del plan');
    expect(planReview.mermaid).toContain('\n  approved: Aprobada#58; versión vigente del plan\n');
  });

  it('needs a token', async () => {
    const res = await executeText(app.url, QUERY, {});
    expect(res.data ?? null).toBeNull();
    expect(res.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
