import type { RouteObject } from 'react-router';

/** The territorial entity's screens, part 2: /acompanamiento, /cofinanciacion and /seguimiento. */
export const entityProcessRoutes: RouteObject[] = [];
