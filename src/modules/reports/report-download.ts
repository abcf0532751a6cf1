import type { RequestHandler } from 'express';
import type { Logger } from 'pino';

import { bearerToken, type TokenVerifier } from '../../core/auth/jwt';
import { Action, type Policy } from '../../core/auth/policy';
import { AppError, ErrorCode, routeStatusOf } from '../../core/errors/app-error';
import type { AppServices } from '../../core/graphql/context';
import { fromGlobalId } from '../../core/graphql/global-ids';
import { attachmentDisposition } from '../../core/http/content-disposition';
import type { Orm } from '../../core/orm/orm';
import { fileNameOf } from './report.service';

/**
 * GET /reports/:id/download with the bearer token of the API: the file of a finished report, to
 * those who may read it (the same rule as the `report` query: a report made for another view of
 * the data is 404). Errors answer GraphQL-shaped JSON, like the rest of the API.
 */
export function reportDownload(verifier: TokenVerifier, policy: Policy, services: AppServices, orm: Orm, logger: Logger): RequestHandler {
  return async (req, res) => {
    try {
      const token = bearerToken(req.headers.authorization);
      if (!token)
        throw new AppError(ErrorCode.UNAUTHENTICATED, 'Se requiere autenticación: envíe el encabezado Authorization: Bearer <token>');
      // The same door and rule as the `report` query: a GUEST, or someone yet to accept the privacy notice, downloads nothing.
      const principal = policy.authorize(await verifier.verify(token), Action.RequestReports);
      await services.clock.sync();
      const asked = fromGlobalId(String(req.params.id));
      const id = asked?.type === 'Report' ? asked.key : String(req.params.id);
      const { report, content } = await services.reports.file(orm.em.fork(), principal, id);
      res.status(200).set({
        'Content-Type': report.contentType ?? 'application/octet-stream',
        'Content-Length': String(content.length),
        'Content-Disposition': attachmentDisposition(fileNameOf(report)),
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(content);
    } catch (err) {
      if (err instanceof AppError) {
        const code = String(err.extensions.code);
        const rule = err.extensions.rule;
        res.status(routeStatusOf(code)).json({ errors: [{ message: err.message, extensions: { code, ...(rule ? { rule } : {}) } }] });
        return;
      }
      logger.error({ err }, 'error interno al descargar un informe');
      res.status(500).json({ errors: [{ message: 'Error interno del servidor', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    }
  };
}
