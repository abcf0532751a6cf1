/**
 * What Bogotá's 2024-1 follow-up report states (the figures the fit must give back, what its text
 * says of some products, the sectors §6 implies) and the shape of the fitted plan written to
 * bogota-plan-fitted.json. Data only: the fit is fit-bogota-plan.ts.
 */
import type { Annualization, Semaforo } from '../measurement';

// ---------------------------------------------------------------------------------------------
// What the report states.

/** The figures Bogotá's 2024-1 report prints, at its cut. */
export const STATED = {
  cut: '2024-06-30',
  startYear: 2023,
  endYear: 2032,
  /** §4 (and DOMAIN): each objective's weight, in points. */
  objectiveWeights: { '1': 15, '2': 13, '3': 10, '4': 12, '5': 16, '6': 18, '7': 16 } as Record<string, number>,
  /** §4: the products the report names, with their weights. */
  productWeights: {
    '1.1.5': 4,
    '3.1.1': 3,
    '3.1.3': 5,
    '4.1.2': 2,
    '5.1.2': 4,
    '5.1.4': 4,
    '6.1.1': 2,
    '6.1.2': 3,
    '7.1.4': 2,
    '7.1.6': 2,
  } as Record<string, number>,
  /** §4: each objective's gap, in points. */
  objectiveGaps: { '1': 0.2, '2': 0, '3': -3.7, '4': -0.04, '5': -2.4, '6': -2.59, '7': 2.03 } as Record<string, number>,
  /** §3: the policy's progress, ideal trajectory and gap, in points. */
  overall: { progress: 43.9, ideal: 50.48, gap: -6.56 },
  /** §5 and §9: products per band of the semáforo. */
  distribution: { SOBRE_EJECUCION: 7, ALTO: 18, MEDIO: 0, BAJO: 8, SIN_DATO: 3 } as Record<Semaforo | 'SIN_DATO', number>,
};

/** How far the measurement may be from what the report prints (issue 21). */
export const TOLERANCE = { objectiveGap: 0.05, progress: 0.05, ideal: 0.05, gap: 0.1 };

/** The smallest weight a reconstructed product gets, in points. */
export const MIN_WEIGHT = 0.5;

/** The days the reconstructed values were reported and accepted (the demo files them so). */
export const REPORTING = {
  '2023': { submittedOn: '2024-01-31', acceptedOn: '2024-02-05' },
  '2024': { submittedOn: '2024-06-28', acceptedOn: '2024-06-28' },
} as Record<string, { submittedOn: string; acceptedOn: string }>;

/** What the report's text adds to the annex (§9), per product. */
export const FROM_TEXT: Record<string, { target2023?: number; value2023?: number; name?: string }> = {
  '1.1.5': {
    target2023: 2,
    value2023: 3,
    name: 'Articulaciones de oferta de formación en inclusión digital en poblaciones vulnerables pertenecientes a los enfoques diferencial, poblacional y de género para ampliar habilidades en el uso de las TIC, garantizando un acceso eficaz a información, trámites y servicios de Estado y a la economía digital',
  },
  '2.1.2': {
    name: 'Beneficiarios de la estrategia para el fortalecimiento de competencias organizacionales relacionadas con innovación, tecnologías emergentes y de 4 R.I.',
  },
  '3.1.1': {
    name: 'Modelo de operación que integre procesos públicos y privados de formación y prevención en ciberseguridad y protección de datos dirigida a la ciudadanía, entidades públicas y privadas',
  },
  '5.1.2': {
    name: 'Marco de referencia para la planificación, ejecución e integración de los Planes Estratégicos de Tecnologías de la Información y las Comunicaciones (PETI) en torno al desarrollo de Bogotá como Territorio inteligente',
  },
  '6.1.2': {
    name: 'Solución tecnológica que le permita a la Administración Central Distrital la captura, integración, análisis, consulta, entrega y visualización de datos e información histórica de las personas y los hogares beneficiarios de los servicios e interacciones que tengan estos con la Administración',
  },
  '6.1.5': {
    name: 'Plataforma omnicanal que integre y permita el acceso a la información y/o transacción de servicios, trámites, beneficios, pago de servicios públicos, de impuestos y otros servicios de ciudad, soportada en un sistema integrado de datos para aumentar la eficiencia en la gestión y en la gerencia de ciudad',
  },
  '7.1.1': {
    target2023: 7000,
    value2023: 14887,
    name: 'Beneficiarios de un programa con fondos para la promoción del acceso a cursos de formación posmedia en tecnologías asociadas al desarrollo de ciudades inteligentes en alianza con empresas y otros aliados estratégicos',
  },
  '7.1.2': {
    name: 'Ciudadanía que accede a plataforma virtual para la formación y visibilización científica y tecnológica, orientada al mejoramiento de las capacidades y la divulgación mediática del talento local de los territorios inteligentes',
  },
  '7.1.3': {
    name: 'Alianzas con empresas privadas, universidades, instituciones de formación técnica y entidades públicas, para la formación en competencias y servicios de transferencia de conocimiento, que garantice la transición hacia los nuevos requerimientos de las ciudades inteligentes',
  },
  '7.1.4': { target2023: 10 },
};

/** The objectives' names: the report does not print them (reconstructed from their products). */
export const OBJECTIVE_NAMES: Record<string, string> = {
  '1': 'Reducir la brecha digital',
  '2': 'Fortalecer las capacidades de innovación y tecnologías emergentes',
  '3': 'Enfrentar los riesgos de seguridad digital',
  '4': 'Impulsar la innovación pública',
  '5': 'Fortalecer la gobernanza del territorio inteligente',
  '6': 'Usar datos y tecnología para la toma de decisiones',
  '7': 'Desarrollar talento y apropiación tecnológica',
};

/**
 * Each product's responsible sector, reconstructed so §6 holds: Hábitat, Movilidad and Hacienda with
 * no product low or over-executed; Desarrollo Económico and Gobierno one over-executed each;
 * Educación 4 products, 2 low and 2 over-executed; Gestión Pública the most, 6 low and 3
 * over-executed. Chosen by what the products are (Agencia Atenea and the Secretaría de Educación are
 * Educación; the Alta Consejería TIC and the Secretaría General are Gestión Pública; IDECA is Catastro,
 * Hacienda; local mayors' offices are Gobierno; the fare system is Movilidad).
 */
export const SECTORS: Record<string, string> = {
  '1.1.1': 'Gestión Pública',
  '1.1.2': 'Hábitat',
  '1.1.3': 'Hábitat',
  '1.1.4': 'Gestión Pública',
  '1.1.5': 'Gestión Pública',
  '2.1.1': 'Desarrollo Económico',
  '2.1.2': 'Desarrollo Económico',
  '2.1.3': 'Desarrollo Económico',
  '3.1.1': 'Gestión Pública',
  '3.1.2': 'Gestión Pública',
  '3.1.3': 'Gestión Pública',
  '4.1.1': 'Gestión Pública',
  '4.1.2': 'Desarrollo Económico',
  '4.1.3': 'Gestión Pública',
  '4.1.4': 'Gestión Pública',
  '4.1.5': 'Hacienda',
  '5.1.1': 'Gestión Pública',
  '5.1.2': 'Gestión Pública',
  '5.1.3': 'Gestión Pública',
  '5.1.4': 'Gestión Pública',
  '5.1.5': 'Gobierno',
  '6.1.1': 'Gestión Pública',
  '6.1.2': 'Gestión Pública',
  '6.1.3': 'Gestión Pública',
  '6.1.4': 'Gestión Pública',
  '6.1.5': 'Gestión Pública',
  '6.1.6': 'Hacienda',
  '6.1.7': 'Hacienda',
  '6.1.8': 'Movilidad',
  '7.1.1': 'Educación',
  '7.1.2': 'Educación',
  '7.1.3': 'Educación',
  '7.1.4': 'Educación',
  '7.1.5': 'Gestión Pública',
  '7.1.6': 'Gobierno',
  '7.1.7': 'Gobierno',
};

/** §6's statements, per sector: products low (bajo) and over-executed (sobre ejecución), and how many in all. */
export const SECTOR_STATEMENTS: Record<string, { bajo: number; sobre: number; products?: number; most?: true }> = {
  Hábitat: { bajo: 0, sobre: 0 },
  Movilidad: { bajo: 0, sobre: 0 },
  Hacienda: { bajo: 0, sobre: 0 },
  'Desarrollo Económico': { bajo: 0, sobre: 1 },
  Gobierno: { bajo: 0, sobre: 1 },
  Educación: { bajo: 2, sobre: 2, products: 4 },
  'Gestión Pública': { bajo: 6, sobre: 3, most: true },
};

// ---------------------------------------------------------------------------------------------
// The fitted plan, as written to bogota-plan-fitted.json.

/** Where a value comes from: printed in the report, or reconstructed by this script. */
export type Source = 'report' | 'reconstructed';

export interface Sourced<T> {
  value: T;
  source: Source;
}

export interface FittedValue {
  period: string;
  value: number;
  source: Source;
  /** The day the entity submitted it and the day the coordination accepted it (demo dates, reconstructed). */
  submittedOn: string;
  acceptedOn: string;
}

export interface FittedProduct {
  code: string;
  objective: string;
  name: Sourced<string>;
  indicator: string;
  annualization: Annualization;
  /** As the annex writes it (Suma, Creciente, Constante). */
  annualizationText: string;
  weight: Sourced<number>;
  sector: Sourced<string>;
  /** The report gives no baselines. */
  baseline: null;
  /** Target per year (Creciente: cumulative levels). */
  targets: Record<string, Sourced<number>>;
  values: FittedValue[];
  /** The annex's cells as printed. */
  annex: { target2024: string; pav: string; pahv: string; paa: string };
  /** How the reconstructed values were chosen. */
  notes: string[];
}

export interface FittedPlan {
  about: string;
  source: string;
  fitScript: string;
  cut: string;
  startYear: number;
  endYear: number;
  periodicity: 'ANNUAL';
  stated: typeof STATED;
  /** What the fit aimed at (the stated figures made consistent with each other, see the header). */
  aims: { progress: number; ideal: number; gap: number; objectiveGaps: Record<string, number> };
  objectives: { code: string; name: Sourced<string>; weight: Sourced<number> }[];
  products: FittedProduct[];
  /** What the system's measurement gives for the fitted plan at the cut. */
  measured: {
    progress: number;
    ideal: number;
    gap: number;
    objectives: { code: string; weight: number; progress: number; ideal: number; gap: number }[];
  };
}
