import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/knex';

import { BadUserInputError, PreconditionFailedError } from '../../core/errors/app-error';
import { problemsText } from '../../core/text';
import type { WorkflowEvent } from '../../core/workflow/ports';
import type { StepsFactory } from './accompaniment-steps';
import { DiagnosisFinding } from './accompaniment.entity';
import { checkFindings, diagnosisOf, dimensionNamesOf, startDiagnosis, writeFindings, type FindingData } from './diagnosis.service';
import {
  commentProblems,
  draftLines,
  lineProblems,
  linesOf,
  writeComments,
  writeLines,
  type LineCommentData,
  type LineData,
} from './roadmap.service';

/*
 * The diagnosis and roadmap part of a version 2 accompaniment, run in the transition's
 * transaction: the resolvers put the validated data (and the new lines' ids) in the event, so the
 * history records what changed, and these steps check it against the case and write it.
 */

const findingsOf = (event: WorkflowEvent) => (Array.isArray(event.findings) ? (event.findings as FindingData[]) : []);
const linesIn = (event: WorkflowEvent) => (Array.isArray(event.lines) ? (event.lines as LineData[]) : []);
const commentsOf = (event: WorkflowEvent) => (Array.isArray(event.comments) ? (event.comments as LineCommentData[]) : []);

/** Drafts the roadmap from the diagnosis when the formulation starts, unless the case already has lines. */
async function draftRoadmap(em: EntityManager, caseId: string, at: Date): Promise<void> {
  if ((await linesOf(em, caseId)).length) return;
  const diagnosis = await diagnosisOf(em, caseId);
  if (!diagnosis) return;
  const findings = await em.find(DiagnosisFinding, { caseId });
  const draft = draftLines(diagnosis.prefill, new Map(findings.map((f) => [f.dimensionCode, f.text])));
  const lines = draft.map((l) => ({ ...l, id: randomUUID() }));
  await writeLines(em, caseId, lines, at, true);
}

export const roadmapSteps: StepsFactory = (services) => [
  {
    event: 'START_DIAGNOSIS',
    // After the machine's guard (only a roadmap or project topic gets here), so an assessment-support
    // case is refused by the guard's reason, not by the missing assessment.
    async after(db, _actor, kase, _event, at) {
      await startDiagnosis(db(), { models: services.models, cti: services.cti }, kase.id, kase.entityCode, at);
    },
  },
  {
    event: 'SAVE_FINDINGS',
    async before(db, _actor, kase, event) {
      await checkFindings(db(), services.models, kase.id, findingsOf(event));
    },
    async after(db, actor, kase, event, at) {
      await writeFindings(db(), kase.id, findingsOf(event), actor.subject, at);
    },
  },
  {
    event: 'START_FORMULATION',
    async after(db, _actor, kase, _event, at) {
      await draftRoadmap(db(), kase.id, at);
    },
  },
  {
    event: 'SAVE_ROADMAP',
    async before(db, _actor, kase, event) {
      const em = db();
      const existing = new Set((await linesOf(em, kase.id)).map((l) => l.id));
      // The resolver gave new lines their ids: only the ones it was sent with must exist already.
      const sent = linesIn(event).map((l) => ({ ...l, id: (event.keptLineIds as string[] | undefined)?.includes(l.id) ? l.id : null }));
      const problems = lineProblems(sent, existing, await dimensionNamesOf(em, services.models, kase.id));
      if (problems.length) throw new BadUserInputError(`No se guardó la hoja de ruta: ${problemsText(problems)}`, { problems });
    },
    async after(db, _actor, kase, event, at) {
      await writeLines(db(), kase.id, linesIn(event), at);
    },
  },
  {
    event: 'DELIVER_ROADMAP',
    async before(db, _actor, kase) {
      if (!(await linesOf(db(), kase.id)).length)
        throw new PreconditionFailedError(
          'ROADMAP_EMPTY',
          'La hoja de ruta no tiene líneas de acción: agréguelas con saveRoadmap antes de entregarla',
          { caseId: kase.id },
        );
    },
  },
  {
    event: 'REQUEST_ADJUSTMENTS',
    async before(db, _actor, kase, event) {
      // The lines delivered are the case's lines: they cannot change until the entity answers.
      const lines = new Set((await linesOf(db(), kase.id)).map((l) => l.id));
      const problems = commentProblems(commentsOf(event), lines);
      if (problems.length) throw new BadUserInputError(`No se pidieron los ajustes: ${problemsText(problems)}`, { problems });
    },
    async after(db, actor, kase, event, at) {
      await writeComments(db(), kase.id, String(event.note ?? ''), commentsOf(event), actor.subject, at);
    },
  },
];
