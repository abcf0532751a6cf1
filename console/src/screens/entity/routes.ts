import type { RouteObject } from 'react-router';

import { screen } from '../lazy';

/**
 * The territorial entity's screens, part 1: /ruta (Mi ruta), /autodiagnostico (the maturity
 * questionnaire) and /notificaciones (everyone's).
 */
export const entityRoutes: RouteObject[] = [
  { path: '/ruta', ...screen(() => import('./Journey')) },
  { path: '/autodiagnostico', ...screen(() => import('./Assessment')) },
  { path: '/notificaciones', ...screen(() => import('./Notifications')) },
];
