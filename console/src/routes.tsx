import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';

import SignIn, { SignInCallback } from './screens/common/SignIn';
import { Home, Shell } from './shell';

/** A screen loaded on first visit: each screen is its own chunk (the first load carries only the shell). */
const screen = (load: () => Promise<{ default: ComponentType }>): Pick<RouteObject, 'lazy'> => ({
  lazy: async () => ({ Component: (await load()).default }),
});

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
      { path: '*', ...screen(() => import('./screens/common/NotFound')) },
    ],
  },
];
