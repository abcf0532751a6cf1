import type { EntityManager } from '@mikro-orm/knex';
import { UnrecoverableError } from 'bullmq';

import { WorkflowCase } from '../../core/workflow/case.entity';
import { AccompanimentDiagnosis, AccompanimentRequest, DiagnosisFinding, RoadmapDelivery } from '../accompaniment/accompaniment.entity';
import { comparisonLabels, comparisonOf, type ComparisonGroup } from '../accompaniment/diagnosis-comparison';
import type { DiagnosisPrefill } from '../accompaniment/diagnosis.service';
import { horizonLabel, modelOfCycle, priorityLabel, topicLabel, type DeliveredLine } from '../accompaniment/roadmap-delivered';
import { componentLabel, type Component } from '../cofinancing/cofinancing-defaults';
import { partsOf, type CtiIndexService } from '../maturity/cti-index.service';
import type { ModelCatalog } from '../maturity/model-catalog';
import { Person } from '../people/person.entity';
import type { DirectorySnapshot } from '../territorial-entities/territorial-entity.service';
import type { RoadmapData, RoadmapReportLine, ScoreGroup } from './report-data';

/** A comparison group as the PDF takes it (a withheld one keeps only its name: count 0, index null). */
const scoreGroup = (label: string, g: ComparisonGroup): ScoreGroup => ({
  label,
  count: g.count,
  index: g.index,
  dimensions: Object.fromEntries(g.dimensions.map((d) => [d.code, d.score])),
});

/**
 * A delivered roadmap as its PDF shows it: the delivery's lines as delivered, the entity and the
 * advisor, the advisor's findings, and the diagnosis: the scores of the validated assessment the
 * accompaniment starts from (the diagnosis's, else the request's) against the averages of the
 * validated assessments of its department and of the nation in the same cycle. Those averages are
 * the ones the diagnosis froze when it started (with the entity's scores as they were then), so
 * every delivery shows the same; only a case without them (no diagnosis, or one started before
 * they were frozen) has them computed now.
 */
export async function roadmapData(
  em: EntityManager,
  deps: { cti: CtiIndexService; models: ModelCatalog },
  caseId: string,
  round: number,
  directory: DirectorySnapshot,
): Promise<RoadmapData> {
  const [delivery, kase, request, diagnosis, findings] = await Promise.all([
    em.findOne(RoadmapDelivery, { caseId, round }),
    em.findOne(WorkflowCase, { id: caseId }, { fields: ['id', 'entityCode', 'departmentCode', 'cycleId'] }),
    em.findOne(AccompanimentRequest, { caseId }),
    em.findOne(AccompanimentDiagnosis, { caseId }),
    em.find(DiagnosisFinding, { caseId }),
  ]);
  if (!delivery || !kase) throw new UnrecoverableError('la entrega de la hoja de ruta ya no existe');
  const advisor = await em.findOne(Person, { subject: delivery.deliveredBy }, { fields: ['name'] });

  const assessmentCaseId = diagnosis?.assessmentCaseId ?? request?.assessmentCaseId ?? null;
  const score: { cycle_id: string; index_score: number | string; department_code: string } | undefined = assessmentCaseId
    ? await em.getKnex()('assessment_score').where({ case_id: assessmentCaseId }).first('cycle_id', 'index_score', 'department_code')
    : undefined;
  const model = await modelOfCycle(em, deps.models, score?.cycle_id ?? kase.cycleId);
  const dimensions = model.definition.dimensions.map((d) => ({ id: d.id, name: d.name }));
  const entity = directory.find(kase.entityCode);
  const entityName = entity?.name ?? kase.entityCode;
  const departmentName = directory.departmentName(kase.departmentCode) ?? kase.departmentCode;

  let scores: RoadmapData['scores'] = null;
  const prefill = diagnosis ? (diagnosis.prefill as unknown as DiagnosisPrefill) : null;
  const frozen = prefill?.comparison ?? null;
  if (score && assessmentCaseId) {
    const cycle = (await em.getKnex()('cycle').where({ id: score.cycle_id }).first('year')) as { year: number } | undefined;
    const entityGroup = async (): Promise<ScoreGroup> => {
      if (frozen && prefill)
        return {
          label: entityName,
          count: 1,
          index: prefill.index,
          dimensions: Object.fromEntries(prefill.dimensions.map((d) => [d.code, d.score])),
        };
      const own = ((await partsOf(em, [assessmentCaseId])).get(assessmentCaseId) ?? []).filter((p) => p.kind === 'DIMENSION');
      return {
        label: entityName,
        count: 1,
        index: Number(score.index_score),
        dimensions: Object.fromEntries(own.map((p) => [p.partId, p.score])),
      };
    };
    const comparison = frozen ?? (await comparisonOf(em, deps.cti, { cycleId: score.cycle_id, departmentCode: score.department_code }));
    const labels = comparisonLabels(directory.departmentName(comparison.departmentCode) ?? departmentName);
    scores = {
      cycleYear: Number(cycle?.year ?? 0),
      comparedAt: frozen ? diagnosis!.createdAt : null,
      entity: await entityGroup(),
      department: scoreGroup(labels.department, comparison.department),
      national: scoreGroup(labels.national, comparison.national),
    };
  }

  const order = new Map(dimensions.map((d, i) => [d.id, i]));
  const lines: RoadmapReportLine[] = (delivery.lines as unknown as DeliveredLine[])
    .slice()
    .sort((a, b) => a.position - b.position)
    .map((l) => ({
      position: l.position,
      dimensionCode: l.dimensionCode,
      dimensionName: l.dimensionName || model.dimensionNames.get(l.dimensionCode) || l.dimensionCode,
      title: l.title,
      description: l.description,
      priorityLabel: priorityLabel[l.priority] ?? l.priority,
      horizonLabel: horizonLabel[l.horizon] ?? l.horizon,
      responsible: l.responsible,
      estimatedCost: Number(l.estimatedCost),
      componentLabel: l.component ? (componentLabel[l.component as Component] ?? l.component) : null,
    }));

  return {
    entityCode: kase.entityCode,
    entityName,
    departmentName,
    advisorName: advisor?.name ?? delivery.deliveredBy,
    topicLabel: topicLabel[request?.topic ?? ''] ?? 'Acompañamiento técnico',
    round,
    deliveredAt: delivery.deliveredAt,
    dimensions,
    scores,
    findings: findings
      .slice()
      .sort((a, b) => (order.get(a.dimensionCode) ?? 99) - (order.get(b.dimensionCode) ?? 99))
      .map((f) => ({ dimensionName: model.dimensionNames.get(f.dimensionCode) ?? f.dimensionCode, text: f.text })),
    lines,
  };
}
