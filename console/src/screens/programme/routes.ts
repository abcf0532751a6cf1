import type { RouteObject } from 'react-router';

import { screen } from '../lazy';

/** The programme's screens: /convocatorias (calls and committee), /indice, /personas and /informes. */
export const programmeRoutes: RouteObject[] = [
  { path: '/convocatorias', ...screen(() => import('./Calls')) },
  { path: '/convocatorias/:id', ...screen(() => import('./Call')) },
  { path: '/indice', ...screen(() => import('./CtiIndex')) },
  { path: '/personas', ...screen(() => import('./People')) },
  { path: '/informes', ...screen(() => import('./Reports')) },
];
