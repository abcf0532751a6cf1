import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { projectRoot } from '../../core/paths';
import { csvCell } from './plan-file';
import type { FittedPlan } from './seed/fit-bogota-plan';

/**
 * The demo's action plan: Bogotá's Política Territorio Inteligente (CONPES D.C. 29 de 2023) as its
 * 2024-1 follow-up report prints it, with what the report does not print reconstructed by
 * `seed/fit-bogota-plan.ts` (`npm run fit:bogota`) into `seed/bogota-plan-fitted.json`: 26 product
 * weights, the targets of the years other than 2024, the values reported, the responsible sectors.
 * The fitted plan, measured by the system's own method at June 30, 2024, gives back the report's
 * figures: every product's PAHV and PAA, each objective's gap, 43.9 % of progress against an ideal of
 * 50.48 % (a gap of −6.56 points). Every value carries its source ("report" or "reconstructed") in
 * the JSON, and the plan's description says which values are reconstructed.
 */

/** Read from the sources in the built service too (data files are not copied to dist/). */
export const BOGOTA_ANNEX_FILE = join(projectRoot(), 'src/modules/follow-up/seed/bogota-action-plan-2024.csv');
export const BOGOTA_FITTED_FILE = join(projectRoot(), 'src/modules/follow-up/seed/bogota-plan-fitted.json');

export const BOGOTA_PLAN_TITLE = 'Política Pública Bogotá Territorio Inteligente (CONPES D.C. 29 de 2023) — plan de acción';

/** A value of the demo plan as the entity reported it and the coordination accepted it. */
export interface DemoReport {
  productCode: string;
  period: string;
  value: number;
  /** The day it was reported: its report's submission (YYYY-MM-DD). */
  reportedOn: string;
  submittedOn: string;
  /** The day its report was accepted: it counts in the official measurement from then. */
  acceptedOn: string;
  /** Printed in the report, or reconstructed by the fit. */
  source: 'report' | 'reconstructed';
}

export function bogotaFittedPlan(): FittedPlan {
  return JSON.parse(readFileSync(BOGOTA_FITTED_FILE, 'utf8')) as FittedPlan;
}

/**
 * What the plan's description says (ActionPlan.description): where its figures come from, which are
 * reconstructed and how, and which reading of the report's semáforo the demo follows.
 */
export function bogotaPlanDescription(plan: FittedPlan = bogotaFittedPlan()): string {
  const reconstructedWeights = plan.products.filter((p) => p.weight.source === 'reconstructed').length;
  return [
    'Plan de acción de la Política Pública Distrital Bogotá Territorio Inteligente (Documento CONPES D.C. 29 de 2023), tomado del ' +
      'Informe de seguimiento 2024-1 de la Secretaría Distrital de Planeación (corte: 30 de junio de 2024), para demostración.',
    `Del informe: los pesos de los ${plan.objectives.length} objetivos y de ${plan.products.length - reconstructedWeights} productos, ` +
      'las metas de 2024, el PAHV y el PAA de cada producto (anexo 1), el avance de 2024 de 3.1.1 y algunas metas y valores de 2023 ' +
      '(1.1.5, 7.1.1 y 7.1.4, sección 9).',
    `Valores reconstruidos (el informe no los publica): los pesos de los otros ${reconstructedWeights} productos, las metas de 2023 y de ` +
      '2025 a 2032, los valores reportados de 2023, el sector responsable de cada producto y los nombres de los objetivos. Los calcula ' +
      `el script de ajuste ${plan.fitScript} (npm run fit:bogota) para que la medición oficial al 30 de junio de 2024 dé las cifras ` +
      'publicadas: avance de 43,9 %, trayectoria ideal de 50,48 % y brecha de −6,56 puntos; la brecha de cada objetivo a menos de ' +
      '0,02 puntos de la publicada. Valor por valor, con su origen, en src/modules/follow-up/seed/bogota-plan-fitted.json.',
    'Semáforo: la demostración sigue el anexo y la sección 9 del informe: 8 productos en cumplimiento bajo (22 %), 7 en sobre ejecución ' +
      '(19 %), 18 en cumplimiento alto y 3 sin dato (juntos, el 58 % que la sección 5 llama alto). La sección 5 llama «medio» a ese 22 %, ' +
      'pero ningún PAHV del anexo está entre 51 % y 75 %.',
    'El PAV de 0 % que el anexo imprime para 3.1.3 no se reproduce: con el método, un valor de 2024 haría contar toda la meta de 2024 ' +
      'y la brecha del objetivo 3 sería −5,76 en lugar de −3,7; se reporta solo su valor de 2023.',
  ].join('\n\n');
}

/** The plan as the import reads it (CSV with `;`, a `sector` column), and the values the entity reported. */
export function bogotaDemoPlan(plan: FittedPlan = bogotaFittedPlan()): {
  title: string;
  description: string;
  csv: string;
  reports: DemoReport[];
} {
  const years = Array.from({ length: plan.endYear - plan.startYear + 1 }, (_, i) => plan.startYear + i);
  const names = new Map(plan.objectives.map((o) => [o.code, o.name.value]));
  const header = ['objetivo', 'nombre_objetivo', 'producto', 'nombre_producto', 'indicador', 'sector', 'peso', 'anualizacion'];
  const lines = [[...header, ...years.map((y) => `meta_${y}`)].join(';')];
  const reports: DemoReport[] = [];
  for (const p of plan.products) {
    lines.push(
      [
        p.objective,
        names.get(p.objective) ?? '',
        p.code,
        p.name.value,
        p.indicator,
        p.sector.value,
        p.weight.value,
        p.annualizationText,
        ...years.map((y) => p.targets[String(y)]?.value ?? ''),
      ]
        .map(csvCell)
        .join(';'),
    );
    for (const v of p.values)
      reports.push({
        productCode: p.code,
        period: v.period,
        value: v.value,
        reportedOn: v.submittedOn,
        submittedOn: v.submittedOn,
        acceptedOn: v.acceptedOn,
        source: v.source,
      });
  }
  return { title: BOGOTA_PLAN_TITLE, description: bogotaPlanDescription(plan), csv: lines.join('\n') + '\n', reports };
}

/** An improvement action of the demo (Bogotá report §9, "acciones para mejorar"). */
export interface DemoImprovementAction {
  productCode: string;
  /** The semáforo that calls for it at the cut. */
  triggeredBy: 'BAJO' | 'SOBRE_EJECUCION';
  action: string;
  responsible: string;
  dueOn: string;
  status: 'PENDING' | 'IN_PROGRESS';
  /** Where it stood when the report was published (October 2024). */
  statusNote: string | null;
}

/** When the report (and so its improvement actions) was published. */
export const BOGOTA_REPORT_PUBLISHED_ON = '2024-10-15';

/**
 * The §9 products' improvement actions, from what the report says each sector will do: the 8 in low
 * compliance with their plans to catch up, the 7 over-executed with the report's recommendation to
 * check whether the over-execution is temporary and, if not, to propose adjusting the target.
 * Due days: "II semestre de 2024" is December 31, 2024; "primer trimestre de 2025" (the Secretaría
 * Distrital de Planeación's window for adjustment proposals) is March 31, 2025. Statuses as the
 * report leaves them: in progress where it tells of work under way, pending otherwise.
 */
export const BOGOTA_IMPROVEMENT_ACTIONS: readonly DemoImprovementAction[] = [
  {
    productCode: '3.1.1',
    triggeredBy: 'BAJO',
    action:
      'Desarrollar en el II semestre de 2024 las 6 actividades restantes del plan de acción 2024 del modelo de operación de formación y prevención en ciberseguridad (10 de las 12 programadas cumplen la meta; 4 hechas en el I semestre), para subsanar el rezago de 2023.',
    responsible: 'Sector Gestión Pública — Alta Consejería Distrital de TIC',
    dueOn: '2024-12-31',
    status: 'IN_PROGRESS',
    statusNote: '4 de las 10 actividades necesarias desarrolladas en el I semestre de 2024.',
  },
  {
    productCode: '3.1.3',
    triggeredBy: 'BAJO',
    action:
      'Expedir el acto administrativo que establece el marco político e institucional de seguridad digital, con base en el artículo 228.1 del Acuerdo 927 de 2024 (CSIRT Distrital), y poner en funcionamiento dos de sus tres instancias.',
    responsible: 'Sector Gestión Pública — Alta Consejería Distrital de TIC',
    dueOn: '2024-12-31',
    status: 'IN_PROGRESS',
    statusNote: 'Sancionado el Acuerdo 927 de 2024 (Plan Distrital de Desarrollo), instrumento base del acto administrativo.',
  },
  {
    productCode: '5.1.2',
    triggeredBy: 'BAJO',
    action:
      'Acordar con la Subdirección Técnica de Desarrollo Institucional de la Secretaría General un plan de trabajo conjunto para construir el marco de referencia de los PETI, con la información recolectada en las entidades del Distrito.',
    responsible: 'Sector Gestión Pública — Alta Consejería Distrital de TIC y Secretaría General',
    dueOn: '2024-12-31',
    status: 'IN_PROGRESS',
    statusNote: 'Información recolectada en todas las entidades del Distrito y mesas de trabajo realizadas en el I semestre de 2024.',
  },
  {
    productCode: '5.1.4',
    triggeredBy: 'BAJO',
    action:
      'Completar el diagnóstico y la propuesta de implementación de la Unidad de Gerencia de Territorio Inteligente (PMO) y de modificación de la estructura de la Alta Consejería Distrital de TIC, según el artículo 229 del Plan Distrital de Desarrollo.',
    responsible: 'Sector Gestión Pública — Alta Consejería Distrital de TIC con la Dirección Distrital de Desarrollo Institucional',
    dueOn: '2025-06-30',
    status: 'IN_PROGRESS',
    statusNote: 'Diagnóstico inicial y ejercicio de benchmarking de PMO hechos; trabajo articulado con la Secretaría General iniciado.',
  },
  {
    productCode: '6.1.1',
    triggeredBy: 'BAJO',
    action:
      'Presentar a la Secretaría Distrital de Planeación la propuesta de ajuste del alcance del producto, realineado con la estrategia de datos del Distrito (Decreto 575 de 2023).',
    responsible: 'Sector Gestión Pública — Alta Consejería Distrital de TIC y Comisión Distrital de Datos',
    dueOn: '2025-03-31',
    status: 'PENDING',
    statusNote: null,
  },
  {
    productCode: '6.1.2',
    triggeredBy: 'BAJO',
    action:
      'Solicitar el cambio del producto para ajustarlo al Plan de Desarrollo «Bogotá camina segura» y presentar la solución tecnológica al Comité Distrital de Datos (Decreto 575 de 2023).',
    responsible: 'Sector Gestión Pública — Alta Consejería Distrital de TIC',
    dueOn: '2025-03-31',
    status: 'IN_PROGRESS',
    statusNote: 'Solicitud de información a 62 entidades del Distrito, con respuesta de 55 en promedio; datos en análisis.',
  },
  {
    productCode: '7.1.2',
    triggeredBy: 'BAJO',
    action:
      'Concretar con aliados del Plan Distrital de Desarrollo 2024-2027 la puesta en funcionamiento de la plataforma virtual de formación y visibilización científica y tecnológica.',
    responsible: 'Sector Educación — Agencia Distrital para la Educación Superior, la Ciencia y la Tecnología (Atenea)',
    dueOn: '2024-12-31',
    status: 'IN_PROGRESS',
    statusNote: 'Acciones de articulación con otras entidades en curso para identificar aliados.',
  },
  {
    productCode: '7.1.3',
    triggeredBy: 'BAJO',
    action:
      'Formalizar alianzas con empresas, universidades y entidades públicas para la formación en competencias y la transferencia de conocimiento, con el plan de trabajo de las mesas del Codecti.',
    responsible: 'Sector Educación — Atenea y Secretaría de Educación del Distrito',
    dueOn: '2024-12-31',
    status: 'IN_PROGRESS',
    statusNote: 'Plan de trabajo en elaboración en las mesas de Talento Humano y de Transferencia Tecnológica del Codecti.',
  },
  ...(
    [
      ['1.1.5', 'Sector Gestión Pública — Alta Consejería Distrital de TIC', '3 articulaciones en 2023 frente a 2 programadas'],
      ['2.1.2', 'Sector Desarrollo Económico — Secretaría Distrital de Desarrollo Económico', 'la meta de 2023 sobre ejecutada'],
      ['4.1.4', 'Sector Gestión Pública — Secretaría General', 'la meta de 2023 sobre ejecutada'],
      ['6.1.5', 'Sector Gestión Pública — Alta Consejería Distrital de TIC', 'la meta de 2023 sobre ejecutada'],
      ['7.1.1', 'Sector Educación — Atenea', '14.887 beneficiarios frente a 7.000 programados en 2023'],
      ['7.1.4', 'Sector Educación — Atenea con la Secretaría de Gobierno', 'la meta de 10 iniciativas de 2023 superada'],
      ['7.1.6', 'Sector Gobierno — Secretaría Distrital de Gobierno', 'el nivel final de asistencia técnica alcanzado en 2023'],
    ] as const
  ).map(([productCode, responsible, why]): DemoImprovementAction => ({
    productCode,
    triggeredBy: 'SOBRE_EJECUCION',
    action: `Analizar si la sobre ejecución (${why}) es temporal o afecta de manera continua la implementación y, si es lo segundo, presentar a la Secretaría Distrital de Planeación una propuesta de ajuste de las metas.`,
    responsible,
    dueOn: '2025-03-31',
    status: 'PENDING',
    statusNote: null,
  })),
];
