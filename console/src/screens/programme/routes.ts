import type { RouteObject } from 'react-router';

/** The programme's screens: /convocatorias (calls and committee), /indice, /personas and /informes. */
export const programmeRoutes: RouteObject[] = [];
