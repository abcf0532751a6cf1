// Which case updates are legally significant, and so mailed at once whatever a person's preferences:
// read from the machines' declared terms, so this list is what the machines say today.
import { MACHINE_VERSIONS } from '../../workflows/registry';

import { statesOf } from '../../src/core/workflow/definition';
import { isLegallySignificant } from '../../src/modules/notifications/deliver-notification.job';
import { MANDATORY_KINDS } from '../../src/modules/notifications/recipients';

function mandatoryEvents(machine: (typeof MACHINE_VERSIONS)[number]['machine']): string[] {
  const found = new Set<string>();
  for (const state of statesOf(machine).values()) {
    for (const t of state.transitions) {
      for (const target of t.targets.length ? t.targets : [state.name]) {
        if (isLegallySignificant(machine, { event: t.event, fromState: state.name, toState: target })) found.add(t.event);
      }
    }
  }
  return [...found].sort();
}

describe('legally significant notices', () => {
  it.each(MACHINE_VERSIONS.map((v) => [`${v.process} v${v.version}`, v] as const))('%s', (_name, v) => {
    const expected: Record<string, string[]> = {
      // Desistimiento-like expiry: the draft expires with its cycle.
      MATURITY_ASSESSMENT: ['CYCLE_CLOSED'],
      // The answer to a request is the ministry's term and is flagged overdue, never expires the case.
      // Version 2: the entity's survey term closes the case when it lapses, so entering it (the
      // roadmap accepted, the support finished) and its lapse are mailed.
      ACCOMPANIMENT: v.version === 1 ? [] : ['ACCEPT_ROADMAP', 'CLOSE_WITHOUT_SURVEY', 'FINISH_SUPPORT'],
      // Corrections requested (subsanación) and its desistimiento; an approval opens the signature term, whose lapse ends it.
      COFINANCING_APPLICATION:
        v.version === 1
          ? ['AGREEMENT_TERM_EXPIRED', 'APPROVE', 'CORRECTIONS_TERM_EXPIRED', 'REQUEST_CORRECTIONS']
          : ['AGREEMENT_TERM_EXPIRED', 'APPROVE', 'CORRECTIONS_TERM_EXPIRED', 'PROMOTE', 'REQUEST_CORRECTIONS'],
      // Follow-up's terms are flagged overdue, never end a case: nothing there is mailed regardless of preferences.
      PLAN_REVIEW: [],
      PROGRESS_REPORT: [],
    };
    expect(mandatoryEvents(v.machine)).toEqual(expected[v.process]);
  });

  it('a term about to expire and a term overrun are mailed whatever the preferences', () => {
    expect([...MANDATORY_KINDS].sort()).toEqual(['DEADLINE_OVERDUE', 'DEADLINE_REMINDER']);
  });

  it('an extension or an event that stays in its state is not one', () => {
    const cofinancing = MACHINE_VERSIONS.find((v) => v.process === 'COFINANCING_APPLICATION')!.machine;
    expect(
      isLegallySignificant(cofinancing, { event: 'EXTEND_TERM', fromState: 'correctionsRequested', toState: 'correctionsRequested' }),
    ).toBe(false);
    expect(isLegallySignificant(cofinancing, { event: 'CREATED', fromState: null, toState: 'draft' })).toBe(false);
  });
});
