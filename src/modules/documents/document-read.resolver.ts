import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';

import { Action } from '../../core/auth/policy';
import type { GraphQLContext } from '../../core/graphql/context';
import { PersonType } from '../people/person.type';
import { DocumentAccess } from './document-access';
import type { DocumentLink } from './document-links';
import { DocumentType } from './document.type';

/** The link of a document object, made once per object (so `downloadUrl` and `downloadUrlExpiresAt` agree). */
const links = new WeakMap<DocumentType, Promise<DocumentLink | null>>();

function linkOf(doc: DocumentType, ctx: GraphQLContext): Promise<DocumentLink | null> {
  let link = links.get(doc);
  if (!link) {
    link = ctx.services.documentReads.linkFor(ctx.principal, DocumentAccess.of(ctx), doc.row);
    links.set(doc, link);
  }
  return link;
}

/**
 * Reading documents: one by id (the reader's own rule, so `node(id:)` applies it too), and the
 * fields resolved for whoever asks: the download link signed for them, the uploader as the people
 * directory lets them see people, and the earlier version. Documents are read under the cases'
 * read action: they are the evidence of cases, and a GUEST or someone yet to accept the privacy
 * notice is refused by it.
 */
@Resolver(() => DocumentType)
export class DocumentReadResolver {
  @Authorized(Action.ReadCases)
  @Query(() => DocumentType, {
    nullable: true,
    description:
      'Un documento; null si no existe o si quien consulta no puede leerlo (la coordinación y los auditores leen todos; una entidad, los suyos; un asesor o evaluador, los de los trámites que tiene asignados; quien lo subió, el suyo mientras no se adjunte).',
  })
  document(@Arg('id', () => ID, { description: 'El id del documento.' }) id: string, @Ctx() ctx: GraphQLContext) {
    return ctx.services.documentReads.find(ctx.principal, ctx.documentLoaders, DocumentAccess.of(ctx), id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Enlace de descarga firmado para quien consulta y para este documento, válido unos minutos (downloadUrlExpiresAt): se abre como un enlace normal, sin token. Null si el documento no está disponible (en verificación, rechazado o borrado). Vencido, se pide de nuevo este campo.',
  })
  async downloadUrl(@Root() doc: DocumentType, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    return (await linkOf(doc, ctx))?.url ?? null;
  }

  @FieldResolver(() => Date, { nullable: true, description: 'Hasta cuándo sirve downloadUrl; null si no hay enlace.' })
  async downloadUrlExpiresAt(@Root() doc: DocumentType, @Ctx() ctx: GraphQLContext): Promise<Date | null> {
    return (await linkOf(doc, ctx))?.expiresAt ?? null;
  }

  @FieldResolver(() => PersonType, {
    nullable: true,
    description: 'Quién lo subió; null si quien consulta no puede ver a esa persona en el directorio.',
  })
  uploadedBy(@Root() doc: DocumentType, @Ctx() ctx: GraphQLContext): Promise<PersonType | null> {
    return ctx.services.peopleService.find(ctx.principal, ctx.peopleLoaders, doc.row.uploadedBy);
  }

  @FieldResolver(() => DocumentType, {
    nullable: true,
    description: 'La versión anterior que este documento reemplaza; null si no reemplaza otra o si quien consulta no puede leerla.',
  })
  async replaces(@Root() doc: DocumentType, @Ctx() ctx: GraphQLContext): Promise<DocumentType | null> {
    if (!doc.row.replacesId) return null;
    return ctx.services.documentReads.find(ctx.principal, ctx.documentLoaders, DocumentAccess.of(ctx), doc.row.replacesId);
  }
}
