import { PreconditionFailedError } from '../../core/errors/app-error';
import { ProblemCode, type Problem } from '../../core/errors/problems';
import type { ProcessRules } from '../../core/workflow/ports';
import { noteGuardMessages } from '../cases/guard-messages';
import { requireValidatedAssessment, validatedAssessmentProblem } from '../maturity/validated-assessment';
import type { ApplicationService } from './application.service';
import { CofinancingCall } from './call.entity';
import { requireCall, requireCallOpen } from './call.service';
import { panelHistoryView } from './cofinancing.policy';
import { cofinancingMutations, cofinancingSenders } from './cofinancing.senders';
import { panelAssignments } from './panel-assignment';

const once = (message: string): Problem => ({ path: 'input', code: ProblemCode.NOT_ALLOWED, message });
const removable: Problem = {
  path: 'input.evaluator',
  code: ProblemCode.NOT_ALLOWED,
  message: 'debe nombrar a un evaluador del panel que aún no haya radicado su evaluación',
};

const panelGuardMessages: Readonly<Record<string, Problem>> = {
  namesEvaluators: { path: 'input.evaluators', code: ProblemCode.REQUIRED, message: 'debe indicar al menos un evaluador o evaluadora' },
  declarable: once('solo lo envía una vez cada evaluador asignado'),
  evaluable: once('solo lo envía una vez un evaluador asignado que declaró no tener conflicto de interés'),
  declarationCompletesPanel: once('solo lo envía una vez cada evaluador asignado'),
  evaluationCompletesPanel: once('solo lo envía una vez un evaluador asignado que declaró no tener conflicto de interés'),
  removable,
  removalCompletesPanel: removable,
};

/**
 * An application is to a published call, by an entity with a validated assessment. From machine
 * version 2 the ApplicationService checks and writes what each event carries (budget, checklist,
 * evaluation, funds); version 1 cases only check the call's window and the assessment at SUBMIT.
 * The corrections, eligibility review and signature terms are the call's, when it sets them.
 */
export function cofinancingProcess(applications: ApplicationService): ProcessRules {
  return {
    senders: cofinancingSenders,
    mutations: cofinancingMutations,
    guardMessages: { ...noteGuardMessages, ...panelGuardMessages },
    historyView: panelHistoryView,
    assignments: panelAssignments,
    async beforeOpen(db, _actor, draft, now) {
      const em = db();
      const call = await requireCall(em, draft.callId);
      // Not by its title: the entity may not read a draft call.
      if (!call.publishedAt)
        throw new PreconditionFailedError('CALL_NOT_PUBLISHED', `La convocatoria ${call.id} aún no se ha publicado`, { callId: call.id });
      await requireValidatedAssessment(em, draft.entityCode, now);
    },
    async beforeEvent(db, actor, kase, event, now) {
      if (kase.machineVersion >= 2) {
        const assessment = () => (event.type === 'SUBMIT' ? validatedAssessmentProblem(db(), kase.entityCode, now) : Promise.resolve(null));
        await applications.beforeEvent(db, actor, kase, event, now, assessment);
      } else if (event.type === 'SUBMIT') {
        requireCallOpen(await requireCall(db(), kase.callId), now);
        await requireValidatedAssessment(db(), kase.entityCode, now);
      }
    },
    async afterEvent(db, actor, after, event, at) {
      if (after.machineVersion >= 2) await applications.afterEvent(db, actor, after, event, at);
    },
    async termOf(db, kase, spec) {
      if (spec.kind !== 'CORRECTIONS' && spec.kind !== 'AGREEMENT_SIGNATURE' && spec.kind !== 'ELIGIBILITY_REVIEW') return undefined;
      const call = kase.callId
        ? await db().findOne(
            CofinancingCall,
            { id: kase.callId },
            { fields: ['correctionsTermDays', 'correctionsTermMonths', 'eligibilityReviewTermDays', 'agreementTermDays'] },
          )
        : null;
      if (!call) return undefined;
      switch (spec.kind) {
        case 'CORRECTIONS':
          // Machine version 3 counts the term in months (Ley 1755 art. 17); a call may still set días
          // hábiles. Earlier versions keep the días hábiles they started with.
          if (kase.machineVersion >= 3 && call.correctionsTermMonths != null)
            return { days: call.correctionsTermMonths, calendar: 'month' };
          return call.correctionsTermDays == null ? undefined : { days: call.correctionsTermDays, calendar: 'business' };
        case 'ELIGIBILITY_REVIEW':
          return call.eligibilityReviewTermDays == null ? undefined : { days: call.eligibilityReviewTermDays, calendar: spec.calendar };
        default:
          return call.agreementTermDays == null ? undefined : { days: call.agreementTermDays, calendar: spec.calendar };
      }
    },
  };
}
