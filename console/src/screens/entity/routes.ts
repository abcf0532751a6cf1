import type { RouteObject } from 'react-router';

/**
 * The territorial entity's screens, part 1: /ruta (Mi ruta), /autodiagnostico (the maturity
 * questionnaire) and /notificaciones (everyone's).
 */
export const entityRoutes: RouteObject[] = [];
