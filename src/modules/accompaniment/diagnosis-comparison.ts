import type { EntityManager } from '@mikro-orm/knex';

import type { CtiIndexService, GroupAverage } from '../maturity/cti-index.service';

/*
 * The averages a diagnosis is compared with: the validated assessments of the assessment's
 * department and of the nation in the assessment's cycle, as the Índice computes them. They are
 * frozen in the diagnosis when it starts (its prefill), so every delivery of the roadmap shows the
 * same figures: recomputed at each delivery, two averages over n and n + 1 assessments would give
 * away the scores of the entity validated in between, which are not public before the Índice is.
 */

/**
 * The fewest validated assessments (the entity's included) an average is shown from: with two, the
 * average and the entity's own scores would give away the other entity's, which is not public
 * until the cycle's Índice is published. The reports module prints the same rule.
 */
export const MIN_COMPARISON_GROUP = 3;

/** One average: withheld (count 0, index null, no dimensions) when fewer than MIN_COMPARISON_GROUP assessments make it. */
export interface ComparisonGroup {
  count: number;
  index: number | null;
  /** In the order the Índice gives them. */
  dimensions: { code: string; score: number }[];
}

/**
 * What `DiagnosisPrefill.comparison` holds: figures only. The groups' names come from the
 * directory when read (`comparisonLabels`): the diagnosis starts inside the transition's
 * transaction, where the directory is not read (on SQLite a reload would wait for its connection).
 */
export interface DiagnosisComparison {
  /** The cycle of the assessment, whose validated assessments are averaged. */
  cycleId: string;
  /** The assessment's department. */
  departmentCode: string;
  department: ComparisonGroup;
  national: ComparisonGroup;
}

const shown = (g: GroupAverage | undefined): ComparisonGroup =>
  g && g.count >= MIN_COMPARISON_GROUP
    ? { count: g.count, index: g.index, dimensions: g.dimensions.map((d) => ({ code: d.dimensionId, score: d.score })) }
    : { count: 0, index: null, dimensions: [] };

/** The groups' names as the PDF and the API print them: "Promedio de Antioquia", "Promedio nacional". */
export const comparisonLabels = (departmentName: string) => ({
  department: `Promedio de ${departmentName}`,
  national: 'Promedio nacional',
});

/**
 * The department's and the nation's averages for an assessment of `cycleId` in `departmentCode`,
 * from the cycle's scores as they stand (the Índice's aggregates), each withheld under
 * MIN_COMPARISON_GROUP. Read in the caller's transaction when it has one.
 */
export async function comparisonOf(
  em: EntityManager,
  cti: CtiIndexService,
  assessment: { cycleId: string; departmentCode: string },
): Promise<DiagnosisComparison> {
  const aggregates = await cti.aggregates(em, assessment.cycleId);
  return {
    cycleId: assessment.cycleId,
    departmentCode: assessment.departmentCode,
    department: shown(aggregates.departments.find((g) => g.key === assessment.departmentCode)),
    national: shown(aggregates.national),
  };
}
