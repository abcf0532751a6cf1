import { createMachine } from 'xstate';

import { MACHINE_VERSIONS } from '../../workflows/registry';

import { mermaidText, toMermaid } from '../../src/core/workflow/definition';

/**
 * Before lexing, Mermaid replaces each entity code `#<code>;` with a placeholder without `;`
 * (`encodeEntities`), and it writes the character back when it renders. Its stateDiagram lexer
 * then takes a description as `:` followed by `[^:\n;]+` to the end of the line. So each generated
 * line, once encoded, must be `id: text` or `id --> id: text` with no `:`, `;` or newline in the
 * text, and decoding the entity codes must give back the label.
 */
const encoded = (line: string) => line.replace(/#(\w+);/g, '\u{FB02}°°$1¶ß');
const STATE_LINE = /^ {2}([A-Za-z][A-Za-z0-9_]*): ([^:\n;]+)$/;
const EDGE_LINE = /^ {2}([A-Za-z][A-Za-z0-9_]*) --> ([A-Za-z][A-Za-z0-9_]*): ([^:\n;]+)$/;
const MARKER_LINE = /^ {2}(\[\*\] --> \w+|\w+ --> \[\*\])$/;
const decoded = (text: string) => text.replace(/\u{FB02}°°(\d+)¶ß/gu, (_, code: string) => String.fromCharCode(Number(code)));
const stateOf = (line: string) => STATE_LINE.exec(encoded(line));
const edgeOf = (line: string) => EDGE_LINE.exec(encoded(line));
const readable = (line: string) => !!stateOf(line) || !!edgeOf(line) || MARKER_LINE.test(line);

const awkward = createMachine({
  id: 'AWKWARD',
  initial: 'draft',
  states: {
    draft: {
      meta: { label: 'Borrador: "versión" #1; 100 % listo', owner: 'ENTITY' },
      on: { SUBMIT: 'underReview', NOTE: {} },
    },
    underReview: {
      meta: { label: 'En revisión\n(línea nueva) <b>&{}`', owner: 'MINISTRY' },
      on: { APPROVE: 'done', UNLABELLED: 'done' },
    },
    done: { type: 'final', meta: { label: 'Aprobada', owner: 'NONE' } },
  },
});
const labels = {
  SUBMIT: 'Radicar: "ya" ; sí',
  NOTE: 'Anotar #7%% sin cambiar',
  APPROVE: 'Aprobar (acción)',
};

describe('toMermaid', () => {
  const text = toMermaid(awkward, labels);
  const lines = text.trimEnd().split('\n');

  it('writes each state with its name as the id and its Spanish label, escaped so that Mermaid reads it back as it is', () => {
    expect(lines[0]).toBe('stateDiagram-v2');
    const states = lines.flatMap((l) => {
      const m = stateOf(l);
      return m ? [[m[1], decoded(m[2])]] : [];
    });
    expect(states).toEqual([
      ['draft', 'Borrador: "versión" #1; 100 % listo'],
      ['underReview', 'En revisión (línea nueva) <b>&{}`'],
      ['done', 'Aprobada'],
    ]);
    // Accents stay as they are (UTF-8), not as entity codes.
    expect(text).toContain('  draft: Borrador#58; #34;versión#34; #35;1#59; 100 #37; listo\n');
  });

  it('labels each edge with the event’s Spanish label (its code when it has none), a transition without a target as a self-loop', () => {
    const edges = lines.flatMap((l) => {
      const m = edgeOf(l);
      return m ? [[m[1], m[2], decoded(m[3])]] : [];
    });
    expect(edges).toEqual([
      ['draft', 'underReview', 'Radicar: "ya" ; sí'],
      ['draft', 'draft', 'Anotar #7%% sin cambiar'],
      ['underReview', 'done', 'Aprobar (acción)'],
      ['underReview', 'done', 'UNLABELLED'],
    ]);
    expect(lines).toEqual(expect.arrayContaining(['  [*] --> draft', '  done --> [*]']));
    // Every line is one Mermaid reads: a state, an edge, or a start or end marker.
    const other = lines.slice(1).filter((l) => !readable(l));
    expect(other).toEqual([]);
  });

  it('refuses a state name Mermaid would read as a keyword or that is not a plain identifier', () => {
    const named = (name: string) =>
      createMachine({ id: 'BAD', initial: name, states: { [name]: { type: 'final', meta: { label: 'x', owner: 'NONE' } } } });
    expect(() => toMermaid(named('defaultState'))).toThrow('no sirve como id de Mermaid');
    expect(() => toMermaid(named('note'))).toThrow('no sirve como id de Mermaid');
    expect(() => toMermaid(named('en-revision'))).toThrow('no sirve como id de Mermaid');
    expect(toMermaid(named('noteTaken'))).toContain('  noteTaken: x\n');
  });

  it('draws every shipped machine version with Mermaid-safe lines, and every label decodes to the label itself', () => {
    for (const v of MACHINE_VERSIONS) {
      const diagram = toMermaid(v.machine, v.eventLabels);
      for (const line of diagram.trimEnd().split('\n').slice(1)) {
        if (!readable(line)) throw new Error(`${v.process} v${v.version}: línea que Mermaid no leería: ${line}`);
      }
      const edgeLabels = new Set(diagram.split('\n').flatMap((l) => edgeOf(l)?.slice(3, 4).map(decoded) ?? []));
      for (const label of edgeLabels) expect(Object.values(v.eventLabels)).toContain(label);
    }
    // A shipped label with a colon, drawn with its entity code.
    const planReview = MACHINE_VERSIONS.find((v) => v.process === 'PLAN_REVIEW')!;
    expect(toMermaid(planReview.machine, planReview.eventLabels)).toContain('  approved: Aprobada#58; versión vigente del plan\n');
  });
});

describe('mermaidText', () => {
  it('keeps letters, accents and punctuation Mermaid does not read as syntax', () => {
    expect(mermaidText('Subsanación solicitada (Ley 1755), art. 17 — ñandú')).toBe('Subsanación solicitada (Ley 1755), art. 17 — ñandú');
  });
});
