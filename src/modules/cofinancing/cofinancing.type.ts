import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

import { Connection } from '../../core/graphql/connection';
import type { WorkflowCase } from '../../core/workflow/case.entity';
import { componentLabel, COMPONENTS, type Component } from './cofinancing-defaults';
import type { CofinancingApplication } from './cofinancing.entity';
import { percentOf, PesosScalar } from './money';

export enum CofinancingComponent {
  EQUIPMENT = 'EQUIPMENT',
  TECHNOLOGICAL_SERVICES = 'TECHNOLOGICAL_SERVICES',
  WORK_TEAM = 'WORK_TEAM',
  TRAINING = 'TRAINING',
}
registerEnumType(CofinancingComponent, {
  name: 'CofinancingComponent',
  description: `Componentes cofinanciables con recursos FUTIC: ${COMPONENTS.map((c) => `${c} (${componentLabel[c]})`).join('; ')}.`,
});

export enum ApplicationOrderBy {
  CREATED_AT_ASC = 'CREATED_AT_ASC',
  SCORE_DESC = 'SCORE_DESC',
}
registerEnumType(ApplicationOrderBy, {
  name: 'ApplicationOrderBy',
  description: 'SCORE_DESC: mayor puntaje primero (las no evaluadas al final).',
});

export enum DecisionOutcome {
  APPROVED = 'APPROVED',
  WAITLISTED = 'WAITLISTED',
  REJECTED = 'REJECTED',
}
registerEnumType(DecisionOutcome, { name: 'DecisionOutcome' });

@ObjectType('BudgetLine', {
  description: 'Línea del presupuesto: un componente con su aporte FUTIC y su contrapartida, en pesos.',
  simpleResolvers: true,
})
export class BudgetLineType {
  @Field(() => Int, { description: 'Posición (desde 1), como la entidad la escribió.' })
  position!: number;

  @Field(() => CofinancingComponent)
  component!: CofinancingComponent;

  @Field()
  componentLabel!: string;

  @Field()
  description!: string;

  @Field(() => PesosScalar)
  futicAmount!: number;

  @Field(() => PesosScalar)
  counterpartAmount!: number;

  @Field(() => PesosScalar)
  total!: number;
}

@ObjectType('ApplicationTotals', { description: 'Sumas calculadas por el servidor a partir de las líneas.', simpleResolvers: true })
export class ApplicationTotalsType {
  @Field(() => PesosScalar, { description: 'Recursos solicitados al Fondo Único de TIC.' })
  futic!: number;

  @Field(() => PesosScalar)
  counterpart!: number;

  @Field(() => PesosScalar)
  total!: number;
}

@ObjectType('EligibilityCheck', { description: 'Verificación de un requisito habilitante por la coordinación.', simpleResolvers: true })
export class EligibilityCheckType {
  @Field()
  itemId!: string;

  @Field()
  text!: string;

  @Field(() => Boolean, { nullable: true, description: 'null: aún sin verificar.' })
  met!: boolean | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => String, { nullable: true })
  checkedBy!: string | null;

  @Field(() => Date, { nullable: true })
  checkedAt!: Date | null;
}

@ObjectType('CriterionScore', { simpleResolvers: true })
export class CriterionScoreType {
  @Field()
  criterionId!: string;

  @Field(() => Int, { description: '0 a 100.' })
  score!: number;

  @Field()
  justification!: string;
}

@ObjectType('Evaluation', {
  description: 'La evaluación de un evaluador asignado: su declaración de conflicto de interés y sus calificaciones.',
  simpleResolvers: true,
})
export class EvaluationType {
  @Field()
  evaluator!: string;

  @Field()
  assignedAt!: Date;

  @Field(() => Boolean, { nullable: true, description: 'null: aún no declara; true: excluido de la evaluación y del promedio.' })
  conflict!: boolean | null;

  @Field(() => String, { nullable: true })
  conflictNote!: string | null;

  @Field(() => Date, { nullable: true })
  declaredAt!: Date | null;

  @Field(() => Float, { nullable: true, description: 'Puntaje ponderado de este evaluador (0 a 100, dos decimales).' })
  score!: number | null;

  @Field(() => [CriterionScoreType])
  scores!: CriterionScoreType[];

  @Field(() => Date, { nullable: true })
  submittedAt!: Date | null;
}

@ObjectType('CommitteeDecision', { simpleResolvers: true })
export class DecisionType {
  @Field(() => DecisionOutcome)
  outcome!: DecisionOutcome;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field()
  decidedAt!: Date;

  @Field()
  decidedBy!: string;
}

@ObjectType('FundReservation', { description: 'Recursos de la convocatoria reservados por la aprobación.', simpleResolvers: true })
export class ReservationType {
  @Field(() => PesosScalar)
  amount!: number;

  @Field()
  reservedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Cuándo se liberaron (retiro, o convenio no firmado en término).' })
  releasedAt!: Date | null;

  @Field(() => String, { nullable: true })
  releaseReason!: string | null;
}

@ObjectType('Agreement', { description: 'Convenio firmado por el representante legal.', simpleResolvers: true })
export class AgreementType {
  @Field(() => String, { nullable: true })
  number!: string | null;

  @Field()
  signedBy!: string;

  @Field()
  signedAt!: Date;
}

@ObjectType('Disbursement', { description: 'Cuota del cronograma de desembolsos.', simpleResolvers: true })
export class DisbursementType {
  @Field(() => Int)
  instalment!: number;

  @Field({ description: 'AAAA-MM-DD' })
  dueOn!: string;

  @Field(() => PesosScalar)
  amount!: number;

  @Field(() => String, { nullable: true, description: 'AAAA-MM-DD del pago; null: pendiente.' })
  paidOn!: string | null;

  @Field(() => String, { nullable: true })
  reference!: string | null;
}

/** A cofinancing application as the API shows it; `kase` stays inside (it decides what the viewer sees). */
@ObjectType('CofinancingApplication', { description: 'Postulación a una convocatoria de cofinanciación (su trámite es `case`).' })
export class ApplicationType {
  @Field(() => ID, { description: 'El id del trámite de la postulación.' })
  id!: string;

  @Field(() => ID)
  callId!: string;

  @Field(() => String, { nullable: true, description: 'null hasta que la entidad guarda la postulación.' })
  title!: string | null;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => [String], { description: 'Dimensiones CTI que aborda (ids del modelo de madurez).' })
  dimensions!: string[];

  @Field(() => ApplicationTotalsType)
  totals!: ApplicationTotalsType;

  @Field(() => Float, { description: 'Contrapartida en porcentaje del total (dos decimales; 0 sin presupuesto).' })
  counterpartShare!: number;

  @Field(() => Date, { nullable: true, description: 'Primera radicación.' })
  submittedAt!: Date | null;

  kase!: WorkflowCase;
  scoreHundredths!: number | null;
  row!: CofinancingApplication | null;

  static from(kase: WorkflowCase, row: CofinancingApplication | null): ApplicationType {
    const futic = row?.futicTotal ?? 0;
    const counterpart = row?.counterpartTotal ?? 0;
    return Object.assign(new ApplicationType(), {
      id: kase.id,
      callId: kase.callId!,
      title: row?.title ?? null,
      description: row?.description ?? null,
      dimensions: row?.dimensions ?? [],
      totals: { futic, counterpart, total: futic + counterpart },
      counterpartShare: percentOf(counterpart, futic + counterpart),
      submittedAt: row?.submittedAt ?? null,
      kase,
      scoreHundredths: row?.scoreHundredths ?? null,
      row,
    });
  }
}

export const componentOf = (c: string): { component: CofinancingComponent; componentLabel: string } => ({
  component: c as CofinancingComponent,
  componentLabel: componentLabel[c as Component] ?? c,
});

@ObjectType('CofinancingApplicationConnection')
export class ApplicationConnection extends Connection(ApplicationType, 'CofinancingApplication') {}
