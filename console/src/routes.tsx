import type { RouteObject } from 'react-router';

import { caseRoutes } from './screens/cases/routes';
import SignIn, { SignInCallback } from './screens/common/SignIn';
import { entityProcessRoutes } from './screens/entity/process-routes';
import { entityRoutes } from './screens/entity/routes';
import { screen } from './screens/lazy';
import { programmeRoutes } from './screens/programme/routes';
import { Home, Shell } from './shell';

/**
 * The console's paths (Spanish; none under the API's own prefixes, src/core/http/console.ts).
 * Screens check nothing themselves: what a person may see is what the API answers them.
 */
export const routes: RouteObject[] = [
  { path: '/entrar', element: <SignIn /> },
  { path: '/entrar/callback', element: <SignInCallback /> },
  {
    element: <Shell />,
    children: [
      { index: true, element: <Home /> },
      { path: '/sin-rol', ...screen(() => import('./screens/common/NoRole')) },
      ...entityRoutes,
      ...entityProcessRoutes,
      ...caseRoutes,
      ...programmeRoutes,
      { path: '*', ...screen(() => import('./screens/common/NotFound')) },
    ],
  },
];
