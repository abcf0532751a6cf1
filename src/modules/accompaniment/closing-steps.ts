import type { StepsFactory } from './accompaniment-steps';

/** PLACEHOLDER-FOR-HELPER: the closing part's steps. */
export const closingSteps: StepsFactory = () => [];
