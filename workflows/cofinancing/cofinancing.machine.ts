/**
 * The cofinancing process: its events and labels, and every published version of its machine
 * (each in its own file, never edited once published).
 */
export { cofinancingEventLabels, type CofinancingEvent } from './cofinancing.shared';
export { cofinancingMachineV1 } from './cofinancing.v1.machine';
export { cofinancingMachineV2, panelComplete, type CofinancingContext, type EvaluationPanel } from './cofinancing.v2.machine';
export { cofinancingMachineV3 } from './cofinancing.v3.machine';
