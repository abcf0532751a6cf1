import { Ctx, Field, FieldResolver, ID, ObjectType, registerEnumType, Resolver, Root } from 'type-graphql';

import { processLabel, type ProcessId } from '../../../workflows/registry';

import { ForbiddenError } from '../../core/errors/app-error';
import type { GraphQLContext } from '../../core/graphql/context';
import type { WorkflowCase } from '../../core/workflow/case.entity';
import { TerritorialEntityType } from '../territorial-entities/territorial-entity.type';
import { canReadJourney } from './case.policy';
import { CaseType, Side } from './case.type';

export enum JourneyStepCode {
  START_ASSESSMENT = 'START_ASSESSMENT',
  ACT_ON_CASE = 'ACT_ON_CASE',
  AWAIT_MINISTRY = 'AWAIT_MINISTRY',
  REQUEST_ACCOMPANIMENT_OR_APPLY = 'REQUEST_ACCOMPANIMENT_OR_APPLY',
}
registerEnumType(JourneyStepCode, {
  name: 'JourneyStepCode',
  description: 'El siguiente paso de una entidad en su camino CTI.',
  valuesConfig: {
    START_ASSESSMENT: { description: 'Iniciar el autodiagnóstico en la vigencia abierta (no tiene uno validado).' },
    ACT_ON_CASE: { description: 'Actuar en un trámite que espera a la entidad (caseId dice cuál).' },
    AWAIT_MINISTRY: { description: 'Esperar: la siguiente acción es del Ministerio o del asesor asignado (caseId dice en qué trámite).' },
    REQUEST_ACCOMPANIMENT_OR_APPLY: {
      description: 'Con el autodiagnóstico validado y nada pendiente: solicitar acompañamiento o postularse a una convocatoria.',
    },
  },
});

@ObjectType('JourneyStep', { description: 'Lo que sigue para la entidad.', simpleResolvers: true })
class JourneyStep {
  @Field(() => JourneyStepCode, { description: 'Qué paso es, para elegir la pantalla o la acción.' })
  code!: JourneyStepCode;

  @Field({ description: 'El paso explicado en español, listo para mostrar.' })
  description!: string;

  @Field(() => ID, { nullable: true, description: 'El trámite en el que hay que actuar o esperar, si lo hay.' })
  caseId!: string | null;
}

@ObjectType('Journey', {
  description: 'Dónde está la entidad en su camino CTI: el último trámite de cada proceso y el siguiente paso.',
  simpleResolvers: true,
})
class Journey {
  @Field(() => CaseType, { nullable: true, description: 'El autodiagnóstico más reciente.' })
  assessment!: CaseType | null;

  @Field(() => CaseType, { nullable: true, description: 'La solicitud de acompañamiento más reciente.' })
  advisory!: CaseType | null;

  @Field(() => CaseType, { nullable: true, description: 'La postulación a cofinanciación más reciente.' })
  application!: CaseType | null;

  @Field(() => JourneyStep, { description: 'Lo que la entidad debe hacer (o esperar) ahora.' })
  nextStep!: JourneyStep;
}

/** The three processes of Resolución 1117 a journey follows (follow-up is read on the entity's plans). */
type JourneyProcess = Extract<ProcessId, 'MATURITY_ASSESSMENT' | 'ACCOMPANIMENT' | 'COFINANCING_APPLICATION'>;

function nextStep(latest: Record<JourneyProcess, CaseType | null>, everValidated: boolean): JourneyStep {
  const order: JourneyProcess[] = ['COFINANCING_APPLICATION', 'ACCOMPANIMENT', 'MATURITY_ASSESSMENT'];
  const open = order.map((p) => latest[p]).filter((c): c is CaseType => c !== null && !c.final);
  const entityTurn = open.find((c) => c.owner === Side.ENTITY);
  if (entityTurn) {
    return {
      code: JourneyStepCode.ACT_ON_CASE,
      description: `${processLabel[entityTurn.process as ProcessId]}: está en "${entityTurn.stateLabel}" y es el turno de la entidad.`,
      caseId: entityTurn.id,
    };
  }
  if (!everValidated && (!latest.MATURITY_ASSESSMENT || latest.MATURITY_ASSESSMENT.final)) {
    return {
      code: JourneyStepCode.START_ASSESSMENT,
      description:
        'Inicie el autodiagnóstico del Modelo de Madurez en la vigencia abierta: es el requisito para el acompañamiento y la cofinanciación.',
      caseId: null,
    };
  }
  const waiting = open[0];
  if (waiting) {
    return {
      code: JourneyStepCode.AWAIT_MINISTRY,
      description: `${processLabel[waiting.process as ProcessId]}: está en "${waiting.stateLabel}"; la siguiente acción es del Ministerio o del asesor asignado.`,
      caseId: waiting.id,
    };
  }
  return {
    code: JourneyStepCode.REQUEST_ACCOMPANIMENT_OR_APPLY,
    description:
      'Con el autodiagnóstico validado, puede solicitar acompañamiento técnico o postularse a una convocatoria de cofinanciación abierta.',
    caseId: null,
  };
}

@Resolver(() => TerritorialEntityType)
export class JourneyResolver {
  @FieldResolver(() => Journey, {
    // Nullable so that a refusal answers null here, with its error at this path, and keeps the entity.
    nullable: true,
    description:
      'El camino de la entidad en un vistazo. Solo para la coordinación, auditoría y los usuarios de la propia entidad; para los demás, null y un error FORBIDDEN en este campo.',
  })
  async journey(@Root() entity: TerritorialEntityType, @Ctx() ctx: GraphQLContext): Promise<Journey | null> {
    if (!canReadJourney(ctx.principal, entity.code)) {
      throw new ForbiddenError('Solo la propia entidad, la coordinación y la auditoría pueden ver el camino de una entidad');
    }
    const rows = await ctx.loaders.casesOfEntity.load(entity.code);
    const latestRow = (p: ProcessId): WorkflowCase | undefined => rows.find((r) => r.process === p);
    const toType = (r: WorkflowCase | undefined) => (r ? ctx.services.cases.toType(r) : null);
    const latest: Record<JourneyProcess, CaseType | null> = {
      MATURITY_ASSESSMENT: toType(latestRow('MATURITY_ASSESSMENT')),
      ACCOMPANIMENT: toType(latestRow('ACCOMPANIMENT')),
      COFINANCING_APPLICATION: toType(latestRow('COFINANCING_APPLICATION')),
    };
    const everValidated = rows.some((r) => r.process === 'MATURITY_ASSESSMENT' && r.state === 'validated');
    return {
      assessment: latest.MATURITY_ASSESSMENT,
      advisory: latest.ACCOMPANIMENT,
      application: latest.COFINANCING_APPLICATION,
      nextStep: nextStep(latest, everValidated),
    };
  }
}
