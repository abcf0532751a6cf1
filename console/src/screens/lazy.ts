import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';

/** A screen loaded on first visit: each screen is its own chunk (the first load carries only the shell). */
export const screen = (load: () => Promise<{ default: ComponentType }>): Pick<RouteObject, 'lazy'> => ({
  lazy: async () => ({ Component: (await load()).default }),
});
