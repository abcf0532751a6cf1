import type { RequestHandler } from 'express';
import type { Logger } from 'pino';

import type { AppServices } from '../../core/graphql/context';
import { InvitationStatus } from './invitation.type';
import { bogotaTime } from './send-invitation.job';

/** Nothing but this document's own markup: no script, no style, no image, no form, not framed. */
const CSP = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const escape = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function page(title: string, body: string[]): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="es">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    '<meta name="robots" content="noindex, nofollow">',
    `<title>${escape(title)}</title>`,
    '</head>',
    '<body>',
    `<h1>${escape(title)}</h1>`,
    ...body,
    '<p>Estrategia Ciudades y Territorios Inteligentes, Ministerio de Tecnologías de la Información y las Comunicaciones.</p>',
    '</body>',
    '</html>',
  ].join('\n');
}

/**
 * GET /invitaciones/:code, the link an invitation mails: a small Spanish page saying what the
 * invitation is (role, entity, expiry; never the invited address or the inviter's) or that it
 * can no longer be used, and how to accept it (sign in, then `acceptInvitation`). 404 for an
 * unknown code. The code is in the address: the page is never cached and sends no Referer.
 */
export function invitationPage(services: AppServices, logger: Logger): RequestHandler {
  return async (req, res) => {
    res.set({
      'Content-Security-Policy': CSP,
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
      'X-Content-Type-Options': 'nosniff',
      'Content-Type': 'text/html; charset=utf-8',
    });
    try {
      await services.clock.sync();
      const code = String(req.params.code ?? '');
      const facts = await services.invitations.page(code);
      if (!facts) {
        res
          .status(404)
          .send(
            page('Invitación no encontrada', [
              '<p>Este enlace de invitación no existe o fue reemplazado por uno más reciente (cuando una invitación se reenvía, el enlace anterior deja de servir).</p>',
              '<p>Pida a quien le invitó que le reenvíe la invitación.</p>',
            ]),
          );
        return;
      }
      const what = `${facts.roleLabel}${facts.entityName ? ` de ${facts.entityKindLabel?.toLowerCase() ?? 'la entidad'} de ${facts.entityName}` : ' del Ministerio TIC'}`;
      const intro = `<p>Invitación a la plataforma Ciudades y Territorios Inteligentes como <strong>${escape(what)}</strong>.</p>`;
      if (facts.status !== InvitationStatus.PENDING) {
        const why: Record<string, string> = {
          [InvitationStatus.ACCEPTED]: 'Esta invitación ya fue aceptada: el enlace sirve una sola vez.',
          [InvitationStatus.REVOKED]: 'Esta invitación fue revocada.',
          [InvitationStatus.EXPIRED]: `Esta invitación venció el ${bogotaTime(facts.expiresAt)}.`,
        };
        res
          .status(410)
          .send(
            page('Invitación no disponible', [
              intro,
              `<p>${escape(why[facts.status])}</p>`,
              '<p>Si aún la necesita, pida que se la reenvíen.</p>',
            ]),
          );
        return;
      }
      const mutation = `mutation { acceptInvitation(input: { code: "${code}" }) { role roleLabel entityCode startedAt } }`;
      res.status(200).send(
        page('Invitación pendiente', [
          intro,
          `<p>Vence el ${escape(bogotaTime(facts.expiresAt))} y sirve una sola vez.</p>`,
          '<h2>Cómo aceptarla</h2>',
          // Relative to this page, so a proxy that mounts the service under a prefix keeps it working.
          `<p><a href="../sin-rol?codigo=${encodeURIComponent(code)}">Acéptela en la consola web</a>: ingrese con su cuenta del proveedor de identidad (su correo verificado debe ser la dirección a la que llegó la invitación), acepte el aviso de privacidad si aún no lo ha hecho, y confirme la invitación.</p>`,
          '<p>Desde otra aplicación, con la API GraphQL:</p>',
          '<ol>',
          '<li>Ingrese a la plataforma con su cuenta del proveedor de identidad; su correo verificado debe ser la dirección a la que llegó la invitación.</li>',
          '<li>Lea y acepte el aviso de privacidad (Ley 1581 de 2012) si aún no lo ha hecho: <code>me { privacyNotice { version text } }</code> y <code>acceptPrivacyNotice</code>.</li>',
          '<li>Envíe, con su token, esta operación a la API GraphQL (<code>POST /graphql</code>):</li>',
          '</ol>',
          `<pre><code>${escape(mutation)}</code></pre>`,
          '<p>Al aceptarla, su membresía anterior, si tiene una, termina.</p>',
        ]),
      );
    } catch (err) {
      logger.error({ err }, 'error interno en la página de una invitación');
      res.status(500).send(page('Error', ['<p>Error interno del servidor. Intente de nuevo más tarde.</p>']));
    }
  };
}
