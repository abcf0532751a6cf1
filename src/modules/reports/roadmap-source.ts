import type { EntityManager } from '@mikro-orm/knex';
import { UnrecoverableError } from 'bullmq';

import { WorkflowCase } from '../../core/workflow/case.entity';
import { AccompanimentDiagnosis, AccompanimentRequest, DiagnosisFinding, RoadmapDelivery } from '../accompaniment/accompaniment.entity';
import { horizonLabel, modelOfCycle, priorityLabel, topicLabel, type DeliveredLine } from '../accompaniment/roadmap-delivered';
import { componentLabel, type Component } from '../cofinancing/cofinancing-defaults';
import { partsOf, type CtiIndexService, type GroupAverage } from '../maturity/cti-index.service';
import type { ModelCatalog } from '../maturity/model-catalog';
import { Person } from '../people/person.entity';
import type { DirectorySnapshot } from '../territorial-entities/territorial-entity.service';
import type { RoadmapData, RoadmapReportLine, ScoreGroup } from './report-data';

/**
 * The fewest validated assessments (the entity's included) an average is shown from: with two, the
 * average and the entity's own scores would give away the other entity's, which is not public
 * until the cycle's Índice is published.
 */
export const MIN_COMPARISON_GROUP = 3;

/** A group too small to show: no figures, only its name (the PDF says it is not shown). */
const withheld = (label: string): ScoreGroup => ({ label, count: 0, index: null, dimensions: {} });

const group = (label: string, g: GroupAverage): ScoreGroup => ({
  label,
  count: g.count,
  index: g.index,
  dimensions: Object.fromEntries(g.dimensions.map((d) => [d.dimensionId, d.score])),
});

/**
 * A delivered roadmap as its PDF shows it: the delivery's lines as delivered, the entity and the
 * advisor, the advisor's findings, and the diagnosis: the scores of the validated assessment the
 * accompaniment starts from (the diagnosis's, else the request's) against the averages of the
 * validated assessments of its department and of the nation in the same cycle.
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
  if (score && assessmentCaseId) {
    const [parts, aggregates, cycle] = await Promise.all([
      partsOf(em, [assessmentCaseId]),
      deps.cti.aggregates(em, score.cycle_id),
      em.getKnex()('cycle').where({ id: score.cycle_id }).first('year') as Promise<{ year: number } | undefined>,
    ]);
    const own = (parts.get(assessmentCaseId) ?? []).filter((p) => p.kind === 'DIMENSION');
    const department = aggregates.departments.find((g) => g.key === score.department_code);
    scores = {
      cycleYear: Number(cycle?.year ?? 0),
      entity: {
        label: entityName,
        count: 1,
        index: Number(score.index_score),
        dimensions: Object.fromEntries(own.map((p) => [p.partId, p.score])),
      },
      department:
        department && department.count >= MIN_COMPARISON_GROUP
          ? group(`Promedio de ${directory.departmentName(department.key) ?? department.key}`, department)
          : withheld(`Promedio de ${departmentName}`),
      national:
        aggregates.national.count >= MIN_COMPARISON_GROUP ? group('Promedio nacional', aggregates.national) : withheld('Promedio nacional'),
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
