import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';

import { Action } from '../../core/auth/policy';
import type { GraphQLContext } from '../../core/graphql/context';
import { PersonStatus } from '../people/person.entity';
import { PersonType } from '../people/person.type';
import { DocumentAccess } from './document-access';
import { DocumentDownloadConnection, DocumentDownloadsArgs, DocumentDownloadType } from './document-download.type';
import { DocumentType } from './document.type';

/** The audit trail of document downloads: for coordinators and auditors (control interno). */
@Resolver(() => DocumentDownloadType)
export class DocumentDownloadsResolver {
  @Authorized(Action.ReadDocumentDownloads)
  @Query(() => DocumentDownloadConnection, {
    description:
      'La trazabilidad de descargas de documentos, la más reciente primero, filtrada y paginada: de la coordinación y los auditores.',
  })
  documentDownloads(@Args() args: DocumentDownloadsArgs, @Ctx() ctx: GraphQLContext) {
    return ctx.services.documentReads.downloads(ctx.em, args);
  }

  @FieldResolver(() => DocumentType, { nullable: true, description: 'El documento descargado.' })
  async document(@Root() download: DocumentDownloadType, @Ctx() ctx: GraphQLContext): Promise<DocumentType | null> {
    return ctx.services.documentReads.find(ctx.principal, ctx.documentLoaders, DocumentAccess.of(ctx), download.row.documentId);
  }

  @FieldResolver(() => PersonType, { nullable: true, description: 'Quién lo descargó (la persona para la que se firmó el enlace).' })
  person(@Root() download: DocumentDownloadType, @Ctx() ctx: GraphQLContext): Promise<PersonType | null> {
    return ctx.services.peopleService.find(ctx.principal, ctx.peopleLoaders, download.row.personId);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'El usuario (claim sub) con que descargó; null si la persona fue anonimizada (Ley 1581 de 2012): queda su seudónimo en person.',
  })
  async subject(@Root() download: DocumentDownloadType, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    const person = await ctx.peopleLoaders.persons.load(download.row.personId);
    return !person || person.status === PersonStatus.ANONYMIZED ? null : download.row.subject;
  }
}
