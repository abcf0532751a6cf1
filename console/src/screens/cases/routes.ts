import type { RouteObject } from 'react-router';

/** The Ministry's case work: /tablero (the caseload board) and /casos/:id (one case, its history, diagram and actions). */
export const caseRoutes: RouteObject[] = [];
