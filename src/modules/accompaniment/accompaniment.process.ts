import type { AccompanimentEvent } from '../../../workflows/accompaniment/accompaniment.machine';
import type { AccompanimentV2Event } from '../../../workflows/accompaniment/accompaniment.v2.machine';

import type { EventSender } from '../../core/auth/policy';
import { BadUserInputError } from '../../core/errors/app-error';
import { ProblemCode } from '../../core/errors/problems';
import type { AppServices } from '../../core/graphql/context';
import type { ProcessRules } from '../../core/workflow/ports';
import { noteGuardMessages } from '../cases/guard-messages';
import { Cycle } from '../cycles/cycle.entity';
import type { AccompanimentStep, StepsFactory } from './accompaniment-steps';
import { accompanimentAssignments, checkAdvisor } from './advisor-assignment';

/**
 * Changes of an accompaniment's records that are not steps of its machine (`WorkflowRuntime.amend`):
 * a commitment marked done, by the side that owes it, possibly after the case ended.
 */
export const ACCOMPANIMENT_AMENDMENTS = ['COMPLETE_ENTITY_COMMITMENT', 'COMPLETE_MINISTRY_COMMITMENT'] as const;
export type AccompanimentAmendment = (typeof ACCOMPANIMENT_AMENDMENTS)[number];

type AnyAccompanimentEvent = AccompanimentEvent['type'] | AccompanimentV2Event['type'];

/** Who sends each event of the ACCOMPANIMENT machines (both versions) and records each amendment. */
export const accompanimentSenders: Record<AnyAccompanimentEvent | AccompanimentAmendment, EventSender> = {
  ADMIT: 'COORDINATOR',
  DECLINE: 'COORDINATOR',
  ASSIGN_ADVISOR: 'COORDINATOR',
  SCHEDULE_SESSION: 'ASSIGNEE',
  RESCHEDULE_SESSION: 'ASSIGNEE',
  CANCEL_SESSION: 'ASSIGNEE',
  RECORD_SESSION: 'ASSIGNEE',
  START_DIAGNOSIS: 'ASSIGNEE',
  SAVE_FINDINGS: 'ASSIGNEE',
  START_FORMULATION: 'ASSIGNEE',
  SAVE_ROADMAP: 'ASSIGNEE',
  DELIVER_ROADMAP: 'ASSIGNEE',
  FINISH_SUPPORT: 'ASSIGNEE',
  REQUEST_ADJUSTMENTS: 'ENTITY',
  ACCEPT_ROADMAP: 'ENTITY',
  ANSWER_SURVEY: 'ENTITY',
  CLOSE_WITHOUT_SURVEY: 'SYSTEM',
  WITHDRAW: 'REPRESENTATIVE',
  COMPLETE_ENTITY_COMMITMENT: 'ENTITY',
  COMPLETE_MINISTRY_COMMITMENT: 'ASSIGNEE',
};

/** The mutation that sends each event (AccompanimentResolver and the parts' resolvers); see ProcessRules.mutations. */
export const accompanimentMutations: Record<AnyAccompanimentEvent | AccompanimentAmendment, string | null> = {
  ADMIT: 'admitAccompaniment',
  DECLINE: 'declineAccompaniment',
  ASSIGN_ADVISOR: 'assignAdvisor',
  SCHEDULE_SESSION: 'scheduleAccompanimentSession',
  RESCHEDULE_SESSION: 'rescheduleAccompanimentSession',
  CANCEL_SESSION: 'cancelAccompanimentSession',
  RECORD_SESSION: 'recordAccompanimentSession',
  START_DIAGNOSIS: 'startDiagnosis',
  SAVE_FINDINGS: 'saveDiagnosisFindings',
  START_FORMULATION: 'startFormulation',
  SAVE_ROADMAP: 'saveRoadmap',
  DELIVER_ROADMAP: 'deliverRoadmap',
  FINISH_SUPPORT: 'finishAssessmentSupport',
  REQUEST_ADJUSTMENTS: 'requestRoadmapAdjustments',
  ACCEPT_ROADMAP: 'acceptRoadmap',
  ANSWER_SURVEY: 'answerAccompanimentSurvey',
  CLOSE_WITHOUT_SURVEY: null,
  WITHDRAW: 'withdrawAccompaniment',
  COMPLETE_ENTITY_COMMITMENT: 'completeAccompanimentCommitment',
  COMPLETE_MINISTRY_COMMITMENT: 'completeAccompanimentCommitment',
};

/**
 * A request carries a topic and checks the programme's rule by it (a validated assessment of the
 * current or previous cycle, except to get help applying the model) when its content is written
 * (accompaniment-request.ts); new cases take version 2, so version 1 cases exist only from before. The ministry's term to answer is its cycle's, when the cycle sets one.
 * The content of each version 2 step is written by the part that owns it (`parts`).
 */
export function accompanimentProcess(services: AppServices, parts: readonly StepsFactory[]): ProcessRules {
  const steps: AccompanimentStep[] = parts.flatMap((make) => make(services));
  const stepsOf = (type: string) => steps.filter((s) => s.event === type);
  return {
    senders: accompanimentSenders,
    mutations: accompanimentMutations,
    guardMessages: {
      ...noteGuardMessages,
      namesAdvisor: { path: 'input.advisor', code: ProblemCode.REQUIRED, message: 'debe indicar el usuario del asesor o asesora' },
      isAssessmentSupport: {
        path: 'input.caseId',
        code: ProblemCode.NOT_ALLOWED,
        message: 'solo un acompañamiento de apoyo al autodiagnóstico (ASSESSMENT_SUPPORT) termina sin hoja de ruta',
      },
      buildsRoadmap: {
        path: 'input.caseId',
        code: ProblemCode.NOT_ALLOWED,
        message: 'un acompañamiento de apoyo al autodiagnóstico (ASSESSMENT_SUPPORT) no tiene diagnóstico ni hoja de ruta',
      },
      scoreInRange: { path: 'input.score', code: ProblemCode.OUT_OF_RANGE, message: 'la calificación va de 1 a 5' },
    },
    // A request is born with its content (its topic decides the machine's path and the assessment rule).
    async beforeOpen(_db, _actor, _draft, _now, init) {
      if (typeof init?.input?.topic !== 'string')
        throw new BadUserInputError('Una solicitud de acompañamiento dice para qué se pide: falta su tema', {
          path: 'input.topic',
          code: ProblemCode.REQUIRED,
        });
    },
    async beforeEvent(db, actor, kase, event, now) {
      if (event.type === 'ASSIGN_ADVISOR') await checkAdvisor(db(), event.advisor, 'input.advisor');
      if (kase.machineVersion < 2) return;
      for (const s of stepsOf(event.type)) await s.before?.(db, actor, kase, event, now);
    },
    async afterEvent(db, actor, after, event, at) {
      if (after.machineVersion < 2) return;
      for (const s of stepsOf(event.type)) await s.after?.(db, actor, after, event, at);
    },
    assignments: accompanimentAssignments,
    async termOf(db, kase, spec) {
      if (spec.kind !== 'ACCOMPANIMENT_RESPONSE' || !kase.cycleId) return undefined;
      const days = (await db().findOne(Cycle, { id: kase.cycleId }, { fields: ['accompanimentResponseDays'] }))?.accompanimentResponseDays;
      return days == null ? undefined : { days, calendar: spec.calendar };
    },
  };
}
