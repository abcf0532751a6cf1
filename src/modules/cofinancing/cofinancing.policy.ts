import { isAssignedEvaluator, isSender, seesEverything, type Actor, type CaseAccess } from '../../core/auth/policy';
import { ENTITY_ROLES, Role } from '../../core/auth/principal';
import type { HistoryEntryView, ProcessRules } from '../../core/workflow/ports';

/** Whether the actor may write an application's content (title, budget): any user of its entity (the state decides when). */
export function canEditApplication(actor: Actor, c: CaseAccess): boolean {
  return c.process === 'COFINANCING_APPLICATION' && isSender(actor, c, 'ENTITY');
}

/**
 * Ordering a call's applications by score: those who see every score (ministry, auditors) and the
 * entity (it sees only its own); not evaluators, for whom the order would reveal scores of
 * applications they may not see scored (a conflict, or before submitting their own).
 */
export function canOrderByScore(p: Actor): boolean {
  return p.role !== Role.EVALUATOR && p.role !== Role.ADVISOR;
}

/** A call still in draft: coordinators (who prepare it) and auditors only; published calls are public. */
export function canReadDraftCalls(p: Actor): boolean {
  return seesEverything(p);
}

/** How far a cofinancing application's evaluation panel got, from its machine's context. */
export function panelOf(context: Readonly<Record<string, unknown>>): { conflicted: string[]; evaluated: string[] } {
  const { conflicted, evaluated } = context as { conflicted?: string[]; evaluated?: string[] };
  return { conflicted: conflicted ?? [], evaluated: evaluated ?? [] };
}

/**
 * How much of an application's technical evaluation an actor sees: every evaluation and the average
 * (ministry, auditors; an evaluator without a conflict once their own is submitted, so the others'
 * scores cannot anchor theirs), only their own (an evaluator before submitting), only their own and
 * no score at all (EXCLUDED: one who declared a conflict never sees the others' scores), or the
 * final score alone (the entity, once evaluation is complete).
 */
export type EvaluationView = 'ALL' | 'OWN' | 'EXCLUDED' | 'SCORE' | 'NONE';
export function evaluationView(
  p: Actor,
  c: CaseAccess,
  panel: { conflicted: readonly string[]; evaluated: readonly string[] },
): EvaluationView {
  if (seesEverything(p)) return 'ALL';
  if (isAssignedEvaluator(p, c)) {
    if (panel.conflicted.includes(p.subject)) return 'EXCLUDED';
    return panel.evaluated.includes(p.subject) ? 'ALL' : 'OWN';
  }
  if (ENTITY_ROLES.has(p.role as Role) && p.entityCode === c.entityCode) return 'SCORE';
  return 'NONE';
}

/** The evaluation panel's events (a seat's reassignment too): their payloads (names, conflict reasons, scores) and actors are not for everyone. */
const PANEL_EVENTS = new Set(['ASSIGN_EVALUATORS', 'DECLARE_CONFLICT', 'SUBMIT_EVALUATION', 'REMOVE_EVALUATOR', 'REASSIGN']);

/**
 * The panel is as private in the history as in `evaluations`: evaluators see each other act but
 * not their declarations or scores; the entity sees that the evaluation moved, not who evaluated,
 * who was assigned or removed, or why. One's own entries are always visible.
 */
export const panelHistoryView: NonNullable<ProcessRules['historyView']> = (actor, kase) => {
  const view = evaluationView(actor, kase, panelOf(kase.context));
  if (view === 'ALL') return null;
  return (entry: HistoryEntryView) => {
    if (!PANEL_EVENTS.has(entry.event) || entry.actorSubject === actor.subject) return;
    const judgement = entry.event === 'DECLARE_CONFLICT' || entry.event === 'SUBMIT_EVALUATION';
    if (view === 'OWN' || view === 'EXCLUDED') {
      if (judgement) entry.payload = {};
      return;
    }
    entry.payload = {};
    if (judgement) entry.actorSubject = 'evaluador(a) del panel';
  };
};
