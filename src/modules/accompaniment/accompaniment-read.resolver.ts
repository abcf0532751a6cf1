import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { AccompanimentTopic } from '../../../workflows/accompaniment/accompaniment.v2.machine';

import type { GraphQLContext } from '../../core/graphql/context';
import { CaseType } from '../cases/case.type';
import { AccompanimentRequestType, AccompanimentType } from './accompaniment.type';

/**
 * `case { accompaniment }`: the case is already readable by the caller (the case's own resolver
 * checked it), so its content is too; a case of another process has none.
 */
@Resolver(() => CaseType)
export class CaseAccompanimentResolver {
  @FieldResolver(() => AccompanimentType, {
    nullable: true,
    description:
      'El contenido del acompañamiento técnico (solicitud, sesiones, compromisos, diagnóstico, hoja de ruta, encuesta); null si el trámite es de otro proceso.',
  })
  accompaniment(@Root() kase: CaseType): AccompanimentType | null {
    if (kase.process !== 'ACCOMPANIMENT') return null;
    return Object.assign(new AccompanimentType(), {
      caseId: kase.id,
      entityCode: kase.entityCode,
      assignee: kase.assignee,
      state: kase.state,
    });
  }
}

@Resolver(() => AccompanimentType)
export class AccompanimentRequestResolver {
  @FieldResolver(() => AccompanimentRequestType, {
    nullable: true,
    description: 'Lo que la entidad pidió; null en las solicitudes de la versión 1 del proceso, que no tenían contenido.',
  })
  async request(@Root() root: AccompanimentType, @Ctx() ctx: GraphQLContext): Promise<AccompanimentRequestType | null> {
    const row = await ctx.accompaniment.requests.load(root.caseId);
    if (!row) return null;
    const contact = await ctx.peopleLoaders.persons.load(row.contactPersonId);
    return Object.assign(new AccompanimentRequestType(), {
      ...row,
      topic: row.topic as AccompanimentTopic,
      contactName: contact?.name ?? null,
      contactEmail: contact?.contactEmail ?? null,
    });
  }
}
