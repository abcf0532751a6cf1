import type { RouteObject } from 'react-router';

import { screen } from '../lazy';

/** The Ministry's case work: /tablero (the caseload board) and /casos/:id (one case, its history, diagram and actions). */
export const caseRoutes: RouteObject[] = [
  { path: '/tablero', ...screen(() => import('./Board')) },
  { path: '/casos/:id', ...screen(() => import('./CasePage')) },
];
