import type { StepsFactory } from './accompaniment-steps';

/** PLACEHOLDER-FOR-HELPER: the session part's steps. */
export const sessionSteps: StepsFactory = () => [];
