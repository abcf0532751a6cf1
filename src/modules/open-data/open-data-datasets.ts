import type { EntityManager } from '@mikro-orm/knex';

import { chunks } from '../../core/collections';
import { bogotaDay } from '../../core/time/business-calendar';
import type { Cycle } from '../cycles/cycle.entity';
import { partsOf, type CtiIndexService } from '../maturity/cti-index.service';
import { cycleProgress } from '../maturity/cycle-progress';
import type { ModelCatalog } from '../maturity/model-catalog';
import type { DirectorySnapshot } from '../territorial-entities/territorial-entity.service';
import type { ProgrammeFigures } from '../transparency/programme-figures';
import type { Column, DataRecord, DatasetContent } from './open-data-format';

/** The file stem of a cycle's Índice: `indice-cti-<year>`. */
export const indexDatasetId = (year: number): string => `indice-cti-${year}`;
export const FIGURES_DATASET = 'cifras-programa';
export const CATALOG_KEY = 'catalogo.jsonld';
export const CATALOG_DATASET = 'catalogo';

const column = (name: string, title: string, description: string, datatype: Column['datatype']): Column => ({
  name,
  title,
  description,
  datatype,
});

/** The dimension score column of a dimension of the model (`puntaje_gobernanza`). */
export const dimensionColumn = (dimensionId: string): string =>
  `puntaje_${dimensionId
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')}`;

/**
 * A published cycle's Índice CTI as a dataset: every validated assessment in rank order (index
 * descending, DIVIPOLA code on ties) with its dimension scores, and its progress against the
 * entity's previous published cycle (maturity's `cycleProgress`, the same figures the API gives).
 */
export async function indexDataset(
  em: EntityManager,
  deps: { cti: CtiIndexService; models: ModelCatalog; directory: DirectorySnapshot },
  cycle: Pick<Cycle, 'id' | 'year' | 'indexPublishedAt'>,
): Promise<DatasetContent> {
  const { model } = await deps.models.ofCycle(em, cycle.id);
  const page = await deps.cti.page(em, cycle.id, { first: 1_000_000, orderBy: 'INDEX_DESC', filter: null });
  const rows = page.edges.map((e) => e.node);
  const scores = new Map<string, Map<string, number>>();
  for (const slice of chunks(
    rows.map((r) => r.caseId),
    1000,
  )) {
    for (const [caseId, list] of await partsOf(em, slice)) {
      scores.set(caseId, new Map(list.filter((p) => p.kind === 'DIMENSION').map((p) => [p.partId, p.score])));
    }
  }
  const progress = await cycleProgress(em, cycle.id);
  const dimensions = model.definition.dimensions;
  const columns: Column[] = [
    column('vigencia', 'Vigencia', 'Año de la vigencia del Índice CTI.', 'integer'),
    column('puesto', 'Puesto', 'Puesto en el Índice de la vigencia (los empates comparten puesto: 1, 2, 2, 4).', 'integer'),
    column('codigo_divipola', 'Código DIVIPOLA', 'Código DIVIPOLA (DANE) de la entidad territorial.', 'string'),
    column('entidad', 'Entidad territorial', 'Nombre de la entidad territorial.', 'string'),
    column('tipo_entidad', 'Tipo de entidad', 'Alcaldía, Gobernación o Área no municipalizada.', 'string'),
    column('codigo_departamento', 'Código del departamento', 'Código DIVIPOLA del departamento de la entidad.', 'string'),
    column('departamento', 'Departamento', 'Nombre del departamento de la entidad.', 'string'),
    column('indice', 'Índice CTI', 'Índice de madurez de la entidad, de 0 a 100.', 'decimal'),
    column('nivel', 'Nivel de madurez', 'Número del nivel de madurez (1 el más bajo).', 'integer'),
    column('nivel_nombre', 'Nombre del nivel', 'Nombre del nivel de madurez.', 'string'),
    ...dimensions.map((d) =>
      column(dimensionColumn(d.id), `Puntaje de ${d.name}`, `Puntaje de la dimensión ${d.name}, de 0 a 100.`, 'decimal'),
    ),
    column(
      'vigencia_anterior',
      'Vigencia anterior',
      'La vigencia publicada más reciente en la que la entidad participó antes (vacía en su primera participación).',
      'integer',
    ),
    column('indice_anterior', 'Índice anterior', 'Índice de la entidad en la vigencia anterior.', 'decimal'),
    column('puesto_anterior', 'Puesto anterior', 'Puesto de la entidad en la vigencia anterior.', 'integer'),
    column('cambio_indice', 'Cambio del índice', 'Índice menos índice anterior, en puntos.', 'decimal'),
    column(
      'cambio_puesto',
      'Cambio de puesto',
      'Puesto anterior menos puesto actual: positivo si la entidad subió en la clasificación.',
      'integer',
    ),
    column(
      'primera_participacion',
      'Primera participación',
      'true si la entidad no tiene un autodiagnóstico validado en ninguna vigencia publicada anterior.',
      'boolean',
    ),
  ];
  const records: DataRecord[] = rows.map((r) => {
    const entity = deps.directory.find(r.entityCode);
    const own = scores.get(r.caseId) ?? new Map<string, number>();
    const p = progress.entries.get(r.entityCode);
    return {
      vigencia: cycle.year,
      puesto: r.rank,
      codigo_divipola: r.entityCode,
      entidad: entity?.name ?? r.entityName,
      tipo_entidad: entity?.kindLabel ?? r.entityKind,
      codigo_departamento: r.departmentCode,
      departamento: deps.directory.departmentName(r.departmentCode) ?? r.departmentCode,
      indice: r.indexScore,
      nivel: r.level,
      nivel_nombre: model.level(r.level)?.name ?? String(r.level),
      ...Object.fromEntries(dimensions.map((d) => [dimensionColumn(d.id), own.get(d.id) ?? null])),
      vigencia_anterior: p?.previousCycleYear ?? null,
      indice_anterior: p?.previousIndex ?? null,
      puesto_anterior: p?.previousRank ?? null,
      cambio_indice: p?.indexChange ?? null,
      cambio_puesto: p?.rankChange ?? null,
      primera_participacion: p ? p.firstParticipation : null,
    };
  });
  return {
    id: indexDatasetId(cycle.year),
    title: `Índice CTI ${cycle.year}: madurez de ciudades y territorios inteligentes`,
    description:
      `Índice de madurez de Ciudades y Territorios Inteligentes (CTI) de la vigencia ${cycle.year}: puesto, índice, nivel y ` +
      'puntaje por dimensión de cada entidad territorial con autodiagnóstico validado, y su cambio frente a su participación ' +
      'anterior. Publicado por el Ministerio TIC; los puntajes de un Índice publicado son definitivos.',
    keywords: [
      'Índice CTI',
      'ciudades inteligentes',
      'territorios inteligentes',
      'madurez digital',
      'Gobierno Digital',
      String(cycle.year),
    ],
    frequency: 'ANNUAL',
    temporal: { start: `${cycle.year}-01-01`, end: `${cycle.year}-12-31` },
    columns,
    records,
  };
}

const FIGURE_COLUMNS: Column[] = [
  column('fecha_corte', 'Fecha de corte', 'Día (hora de Colombia) en que se calcularon las cifras.', 'date'),
  column(
    'seccion',
    'Sección',
    'etapas: entidades por etapa de cada proceso; cofinanciacion: cofinanciación aprobada; planes: avance de los planes de acción públicos.',
    'string',
  ),
  column('indicador', 'Indicador', 'Código del indicador (ver indicador_nombre).', 'string'),
  column('indicador_nombre', 'Nombre del indicador', 'Qué mide el indicador.', 'string'),
  column('proceso', 'Proceso', 'Código del proceso (sección etapas).', 'string'),
  column('proceso_nombre', 'Nombre del proceso', 'Nombre del proceso (sección etapas).', 'string'),
  column('estado', 'Etapa', 'Código de la etapa del proceso (sección etapas).', 'string'),
  column('estado_nombre', 'Nombre de la etapa', 'Nombre de la etapa del proceso (sección etapas).', 'string'),
  column('codigo_departamento', 'Código del departamento', 'Código DIVIPOLA del departamento; vacío en los totales nacionales.', 'string'),
  column('departamento', 'Departamento', 'Nombre del departamento; vacío en los totales nacionales.', 'string'),
  column('componente', 'Componente', 'Código del componente financiable (sección cofinanciacion); vacío en los totales.', 'string'),
  column('componente_nombre', 'Nombre del componente', 'Nombre del componente financiable.', 'string'),
  column('codigo_divipola', 'Código DIVIPOLA de la entidad', 'Entidad dueña del plan de acción (sección planes).', 'string'),
  column('entidad', 'Entidad territorial', 'Nombre de la entidad dueña del plan de acción (sección planes).', 'string'),
  column(
    'plan',
    'Plan de acción',
    'Título del plan de acción que la entidad hizo público (sección planes). En el CSV, un título que empieza por =, +, -, @ lleva un apóstrofo delante para que una hoja de cálculo no lo tome por fórmula; el JSON lo da tal cual.',
    'string',
  ),
  column('objetivo', 'Objetivo', 'Código del objetivo del plan; vacío en el avance del plan completo.', 'string'),
  column('valor', 'Valor', 'El valor del indicador, en la unidad indicada.', 'decimal'),
  column('unidad', 'Unidad', 'entidades, casos, postulaciones, pesos o puntos porcentuales.', 'string'),
];

type FigureRow = Partial<Record<(typeof FIGURE_COLUMNS)[number]['name'], string | number | null>>;

/**
 * The programme figures (transparency's `programmeFigures`, computed once there) as one long
 * table, a row per figure: the columns that do not apply to a row's section are empty.
 */
export function figuresDataset(figures: ProgrammeFigures): DatasetContent {
  const cut = bogotaDay(figures.computedAt);
  const rows: FigureRow[] = [];
  for (const p of figures.stages) {
    const base = { seccion: 'etapas', proceso: p.process, proceso_nombre: p.label };
    rows.push({
      ...base,
      indicador: 'entidades_proceso',
      indicador_nombre: 'Entidades con algún trámite del proceso',
      valor: p.entities,
      unidad: 'entidades',
    });
    for (const s of p.states) {
      const stage = { ...base, estado: s.state, estado_nombre: s.label };
      rows.push({
        ...stage,
        indicador: 'entidades_etapa',
        indicador_nombre: 'Entidades cuyo trámite más reciente del proceso está en la etapa',
        valor: s.entities,
        unidad: 'entidades',
      });
      rows.push({
        ...stage,
        indicador: 'casos_etapa',
        indicador_nombre: 'Trámites del proceso en la etapa',
        valor: s.cases,
        unidad: 'casos',
      });
    }
  }
  const c = figures.cofinancing;
  const money = (place: FigureRow, futic: number, counterpart: number): FigureRow[] => [
    { ...place, indicador: 'recursos_futic', indicador_nombre: 'Recursos FUTIC aprobados', valor: futic, unidad: 'pesos' },
    {
      ...place,
      indicador: 'contrapartida',
      indicador_nombre: 'Contrapartida de las entidades aprobada',
      valor: counterpart,
      unidad: 'pesos',
    },
  ];
  const approved = (place: FigureRow, n: number): FigureRow => ({
    ...place,
    indicador: 'postulaciones_aprobadas',
    indicador_nombre: 'Postulaciones con cofinanciación aprobada',
    valor: n,
    unidad: 'postulaciones',
  });
  const national: FigureRow = { seccion: 'cofinanciacion' };
  rows.push(approved(national, c.applications), ...money(national, c.futicAmount, c.counterpartAmount));
  for (const k of c.components)
    rows.push(...money({ ...national, componente: k.component, componente_nombre: k.label }, k.futicAmount, k.counterpartAmount));
  for (const d of c.departments) {
    const place: FigureRow = { seccion: 'cofinanciacion', codigo_departamento: d.departmentCode, departamento: d.departmentName };
    rows.push(approved(place, d.applications), ...money(place, d.futicAmount, d.counterpartAmount));
    for (const k of d.components)
      rows.push(...money({ ...place, componente: k.component, componente_nombre: k.label }, k.futicAmount, k.counterpartAmount));
  }
  for (const plan of figures.plans) {
    const place: FigureRow = {
      seccion: 'planes',
      codigo_departamento: plan.departmentCode,
      departamento: plan.departmentName,
      codigo_divipola: plan.entityCode,
      entidad: plan.entityName,
      plan: plan.title,
    };
    const measured = (at: FigureRow, m: { progress: number; ideal: number; gap: number }): FigureRow[] => [
      {
        ...at,
        indicador: 'avance',
        indicador_nombre: 'Avance medido (reportes aceptados, método Bogotá)',
        valor: m.progress,
        unidad: 'puntos porcentuales',
      },
      {
        ...at,
        indicador: 'avance_ideal',
        indicador_nombre: 'Avance esperado a la fecha de corte',
        valor: m.ideal,
        unidad: 'puntos porcentuales',
      },
      {
        ...at,
        indicador: 'brecha',
        indicador_nombre: 'Avance medido menos avance esperado (negativo: rezago)',
        valor: m.gap,
        unidad: 'puntos porcentuales',
      },
    ];
    rows.push(...measured(place, plan));
    for (const o of plan.objectives) rows.push(...measured({ ...place, objetivo: o.code }, o));
  }
  return {
    id: FIGURES_DATASET,
    title: 'Cifras del programa de Ciudades y Territorios Inteligentes',
    description:
      'Cifras públicas del programa CTI (Ley 1712 de 2014): entidades en cada etapa de cada proceso, cofinanciación aprobada ' +
      'por departamento y componente en pesos, y avance de los planes de acción que sus entidades hicieron públicos. ' +
      'Una fila por cifra; las columnas que no aplican a la sección de la fila van vacías. Se recalculan cada día.',
    keywords: ['ciudades inteligentes', 'territorios inteligentes', 'cofinanciación', 'FUTIC', 'planes de acción', 'transparencia'],
    frequency: 'DAILY',
    temporal: null,
    columns: FIGURE_COLUMNS,
    records: rows.map((r) => ({
      fecha_corte: cut,
      ...Object.fromEntries(FIGURE_COLUMNS.slice(1).map((col) => [col.name, r[col.name] ?? null])),
    })),
  };
}
