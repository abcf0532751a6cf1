import type { RouteObject } from 'react-router';

import { screen } from '../lazy';

/** The territorial entity's screens, part 2: /acompanamiento, /cofinanciacion and /seguimiento. */
export const entityProcessRoutes: RouteObject[] = [
  { path: '/acompanamiento', ...screen(() => import('./AccompanimentScreen')) },
  { path: '/acompanamiento/:caseId', ...screen(() => import('./AccompanimentCase')) },
  { path: '/cofinanciacion', ...screen(() => import('./ApplicationScreen')) },
  { path: '/cofinanciacion/:caseId', ...screen(() => import('./ApplicationForm')) },
  { path: '/seguimiento', ...screen(() => import('./FollowUpScreen')) },
];
