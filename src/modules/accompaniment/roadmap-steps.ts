import type { StepsFactory } from './accompaniment-steps';

/** PLACEHOLDER-FOR-HELPER: the roadmap part's steps. */
export const roadmapSteps: StepsFactory = () => [];
