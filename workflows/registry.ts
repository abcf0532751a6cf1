import type { AnyStateMachine } from 'xstate';

import { accompanimentEventLabels, accompanimentMachineV1 } from './accompaniment/accompaniment.machine';
import { accompanimentMachineV2, accompanimentV2EventLabels } from './accompaniment/accompaniment.v2.machine';
import { assessmentEventLabels, assessmentMachineV1 } from './assessment/assessment.machine';
import {
  cofinancingEventLabels,
  cofinancingMachineV1,
  cofinancingMachineV2,
  cofinancingMachineV3,
} from './cofinancing/cofinancing.machine';
import { planReviewEventLabels, planReviewMachineV1 } from './follow-up/plan-review.machine';
import { progressReportEventLabels, progressReportMachineV1 } from './follow-up/progress-report.machine';

/**
 * The three processes of Resolución 1117 de 2022 an entity goes through, and the two of execution
 * follow-up: a plan version's review (the first version and every adjustment) and a period's
 * progress report.
 */
export const PROCESS_IDS = ['MATURITY_ASSESSMENT', 'ACCOMPANIMENT', 'COFINANCING_APPLICATION', 'PLAN_REVIEW', 'PROGRESS_REPORT'] as const;
export type ProcessId = (typeof PROCESS_IDS)[number];

export const processLabel: Record<ProcessId, string> = {
  MATURITY_ASSESSMENT: 'Autodiagnóstico del Modelo de Madurez',
  ACCOMPANIMENT: 'Solicitud de acompañamiento técnico',
  COFINANCING_APPLICATION: 'Postulación a cofinanciación',
  PLAN_REVIEW: 'Aprobación del plan de acción o de su propuesta de ajuste',
  PROGRESS_REPORT: 'Reporte de avance del plan de acción',
};

export interface MachineVersion {
  process: ProcessId;
  version: number;
  machine: AnyStateMachine;
  /** Spanish name of every event the machine accepts. */
  eventLabels: Record<string, string>;
}

/**
 * Every version of every machine. A case records the version it started on and is always
 * restored with it; new cases start on the latest. Add a version, never edit a published one.
 */
export const MACHINE_VERSIONS: readonly MachineVersion[] = [
  { process: 'MATURITY_ASSESSMENT', version: 1, machine: assessmentMachineV1, eventLabels: assessmentEventLabels },
  { process: 'ACCOMPANIMENT', version: 1, machine: accompanimentMachineV1, eventLabels: accompanimentEventLabels },
  { process: 'ACCOMPANIMENT', version: 2, machine: accompanimentMachineV2, eventLabels: accompanimentV2EventLabels },
  { process: 'COFINANCING_APPLICATION', version: 1, machine: cofinancingMachineV1, eventLabels: cofinancingEventLabels },
  { process: 'COFINANCING_APPLICATION', version: 2, machine: cofinancingMachineV2, eventLabels: cofinancingEventLabels },
  { process: 'COFINANCING_APPLICATION', version: 3, machine: cofinancingMachineV3, eventLabels: cofinancingEventLabels },
  { process: 'PLAN_REVIEW', version: 1, machine: planReviewMachineV1, eventLabels: planReviewEventLabels },
  { process: 'PROGRESS_REPORT', version: 1, machine: progressReportMachineV1, eventLabels: progressReportEventLabels },
];

export class WorkflowRegistry {
  private readonly versions = new Map<ProcessId, MachineVersion[]>();

  constructor(versions: readonly MachineVersion[] = MACHINE_VERSIONS) {
    for (const v of versions) this.register(v);
  }

  register(entry: MachineVersion): void {
    const list = this.versions.get(entry.process) ?? [];
    if (list.some((v) => v.version >= entry.version)) {
      throw new Error(`${entry.process}: la versión ${entry.version} no es posterior a las registradas`);
    }
    this.versions.set(entry.process, [...list, entry]);
  }

  latest(process: ProcessId): MachineVersion {
    const list = this.versions.get(process);
    if (!list?.length) throw new Error(`proceso sin máquina registrada: ${process}`);
    return list[list.length - 1];
  }

  get(process: ProcessId, version: number): MachineVersion {
    const found = this.versions.get(process)?.find((v) => v.version === version);
    if (!found) throw new Error(`${process} no tiene la versión ${version} registrada`);
    return found;
  }

  all(): MachineVersion[] {
    return [...this.versions.values()].flat();
  }
}
