import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

import { Connection } from '../../core/graphql/connection';
import { DateScalar } from '../../core/graphql/scalars';
import type { WorkflowCase } from '../../core/workflow/case.entity';
import { CaseEvent } from '../cases/case.enums';
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
  description: 'Componentes cofinanciables con recursos FUTIC.',
  valuesConfig: Object.fromEntries(COMPONENTS.map((c) => [c, { description: `${componentLabel[c]}.` }])),
});

export enum ApplicationOrderBy {
  CREATED_AT_ASC = 'CREATED_AT_ASC',
  SCORE_DESC = 'SCORE_DESC',
}
registerEnumType(ApplicationOrderBy, {
  name: 'ApplicationOrderBy',
  description: 'Orden de las postulaciones de una convocatoria.',
  valuesConfig: {
    CREATED_AT_ASC: { description: 'Las iniciadas primero.' },
    SCORE_DESC: { description: 'Mayor puntaje primero (las no evaluadas al final).' },
  },
});

export enum DecisionOutcome {
  APPROVED = 'APPROVED',
  WAITLISTED = 'WAITLISTED',
  REJECTED = 'REJECTED',
}
registerEnumType(DecisionOutcome, {
  name: 'DecisionOutcome',
  description: 'Lo que decidió el comité sobre una postulación.',
  valuesConfig: {
    APPROVED: { description: 'Aprobada: se reservan sus recursos FUTIC.' },
    WAITLISTED: { description: 'En lista de espera: se aprueba si se liberan recursos suficientes.' },
    REJECTED: { description: 'Rechazada.' },
  },
});

@ObjectType('BudgetLine', {
  description: 'Línea del presupuesto: un componente con su aporte FUTIC y su contrapartida, en pesos.',
  simpleResolvers: true,
})
export class BudgetLineType {
  @Field(() => Int, { description: 'Posición (desde 1), como la entidad la escribió.' })
  position!: number;

  @Field(() => CofinancingComponent, { description: 'Componente cofinanciable de la línea.' })
  component!: CofinancingComponent;

  @Field({ description: 'Nombre del componente en español.' })
  componentLabel!: string;

  @Field({ description: 'Qué se compra o contrata.' })
  description!: string;

  @Field(() => PesosScalar, { description: 'Aporte solicitado al Fondo Único de TIC.' })
  futicAmount!: number;

  @Field(() => PesosScalar, { description: 'Contrapartida de la entidad.' })
  counterpartAmount!: number;

  @Field(() => PesosScalar, { description: 'futicAmount + counterpartAmount.' })
  total!: number;
}

@ObjectType('ApplicationTotals', { description: 'Sumas calculadas por el servidor a partir de las líneas.', simpleResolvers: true })
export class ApplicationTotalsType {
  @Field(() => PesosScalar, { description: 'Recursos solicitados al Fondo Único de TIC.' })
  futic!: number;

  @Field(() => PesosScalar, { description: 'Contrapartida total de la entidad.' })
  counterpart!: number;

  @Field(() => PesosScalar, { description: 'Valor total del proyecto: futic + counterpart.' })
  total!: number;
}

@ObjectType('EligibilityCheck', { description: 'Verificación de un requisito habilitante por la coordinación.', simpleResolvers: true })
export class EligibilityCheckType {
  @Field({ description: 'El id del requisito en la lista de la convocatoria.' })
  itemId!: string;

  @Field({ description: 'El requisito, como lo dice la convocatoria.' })
  text!: string;

  @Field(() => Boolean, { nullable: true, description: 'null: aún sin verificar.' })
  met!: boolean | null;

  @Field(() => String, { description: 'Observación de la coordinación (obligatoria si no se cumple).', nullable: true })
  note!: string | null;

  @Field(() => String, { description: 'Usuario de quien lo verificó; null si aún no se verifica.', nullable: true })
  checkedBy!: string | null;

  @Field(() => Date, { description: 'Cuándo se verificó; null si aún no se verifica.', nullable: true })
  checkedAt!: Date | null;
}

@ObjectType('CriterionScore', { description: 'La calificación de un criterio de la rúbrica por un evaluador.', simpleResolvers: true })
export class CriterionScoreType {
  @Field({ description: 'El id del criterio en la rúbrica de la convocatoria.' })
  criterionId!: string;

  @Field(() => Int, { description: '0 a 100.' })
  score!: number;

  @Field({ description: 'Por qué esa calificación.' })
  justification!: string;
}

@ObjectType('Evaluation', {
  description: 'La evaluación de un evaluador asignado: su declaración de conflicto de interés y sus calificaciones.',
  simpleResolvers: true,
})
export class EvaluationType {
  @Field({ description: 'Usuario (sub del token) del evaluador.' })
  evaluator!: string;

  @Field({ description: 'Cuándo se le asignó la postulación.' })
  assignedAt!: Date;

  @Field(() => Boolean, { nullable: true, description: 'null: aún no declara; true: excluido de la evaluación y del promedio.' })
  conflict!: boolean | null;

  @Field(() => String, { description: 'Motivos de la declaración, si los dio.', nullable: true })
  conflictNote!: string | null;

  @Field(() => Date, { description: 'Cuándo declaró si tiene conflicto de interés; null si aún no.', nullable: true })
  declaredAt!: Date | null;

  @Field(() => Float, { nullable: true, description: 'Puntaje ponderado de este evaluador (0 a 100, dos decimales).' })
  score!: number | null;

  @Field(() => [CriterionScoreType], {
    description: 'Su calificación de cada criterio, en el orden de la rúbrica (vacía hasta que radica).',
  })
  scores!: CriterionScoreType[];

  @Field(() => Date, { description: 'Cuándo radicó su evaluación; null si aún no.', nullable: true })
  submittedAt!: Date | null;
}

@ObjectType('CommitteeDecision', { description: 'La decisión del comité sobre una postulación.', simpleResolvers: true })
export class DecisionType {
  @Field(() => DecisionOutcome, { description: 'Qué decidió.' })
  outcome!: DecisionOutcome;

  @Field(() => String, { description: 'Motivos (obligatorios para lista de espera y rechazo).', nullable: true })
  note!: string | null;

  @Field({ description: 'Cuándo se decidió.' })
  decidedAt!: Date;

  @Field({ description: 'Usuario de quien registró la decisión.' })
  decidedBy!: string;
}

@ObjectType('FundReservation', { description: 'Recursos de la convocatoria reservados por la aprobación.', simpleResolvers: true })
export class ReservationType {
  @Field(() => PesosScalar, { description: 'Lo reservado: el aporte FUTIC aprobado.' })
  amount!: number;

  @Field({ description: 'Cuándo se reservaron (la aprobación).' })
  reservedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'Cuándo se liberaron (retiro, o convenio no firmado en término).' })
  releasedAt!: Date | null;

  @Field(() => CaseEvent, {
    nullable: true,
    description: 'El evento que las liberó (WITHDRAW, AGREEMENT_TERM_EXPIRED…); null mientras siguen reservadas.',
  })
  releaseReason!: string | null;
}

@ObjectType('Agreement', { description: 'Convenio firmado por el representante legal.', simpleResolvers: true })
export class AgreementType {
  @Field(() => String, { description: 'Número del convenio, si se dio al firmar.', nullable: true })
  number!: string | null;

  @Field({ description: 'Usuario del representante legal que lo firmó.' })
  signedBy!: string;

  @Field({ description: 'Cuándo se firmó.' })
  signedAt!: Date;

  /** Internal: its application (the owner key of its document). */
  caseId!: string;
}

@ObjectType('ApplicationChecklistItem', {
  description: 'Un requisito habilitante de la convocatoria en una postulación, con los documentos que la entidad adjuntó.',
})
export class ApplicationChecklistItemType {
  @Field({ description: 'El id del requisito en la lista de la convocatoria.' })
  itemId!: string;

  @Field({ description: 'El requisito, como lo dice la convocatoria.' })
  text!: string;

  @Field({ description: 'Si la postulación no se radica sin al menos un documento adjunto a este requisito.' })
  requiresDocument!: boolean;

  /** Internal: its application. */
  caseId!: string;
}

@ObjectType('Disbursement', { description: 'Cuota del cronograma de desembolsos.', simpleResolvers: true })
export class DisbursementType {
  @Field(() => Int, { description: 'Número de la cuota (desde 1).' })
  instalment!: number;

  @Field(() => DateScalar, { description: 'Día en que vence la cuota.' })
  dueOn!: string;

  @Field(() => PesosScalar, { description: 'Valor de la cuota.' })
  amount!: number;

  @Field(() => DateScalar, { nullable: true, description: 'Día del pago; null: pendiente.' })
  paidOn!: string | null;

  @Field(() => String, { description: 'Referencia del pago (orden de pago, transferencia); null si está pendiente.', nullable: true })
  reference!: string | null;
}

/** A cofinancing application as the API shows it; `kase` stays inside (it decides what the viewer sees). */
@ObjectType('CofinancingApplication', { description: 'Postulación a una convocatoria de cofinanciación (su trámite es `case`).' })
export class ApplicationType {
  @Field(() => ID, { description: 'El id del trámite de la postulación.' })
  id!: string;

  @Field(() => ID, { description: 'La convocatoria a la que se postula.' })
  callId!: string;

  @Field(() => String, { nullable: true, description: 'null hasta que la entidad guarda la postulación.' })
  title!: string | null;

  @Field(() => String, { description: 'Descripción del proyecto; null hasta que la entidad guarda la postulación.', nullable: true })
  description!: string | null;

  @Field(() => [String], { description: 'Dimensiones CTI que aborda (ids del modelo de madurez).' })
  dimensions!: string[];

  @Field(() => ApplicationTotalsType, { description: 'Sumas del presupuesto (las calcula el servidor).' })
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

@ObjectType('CofinancingApplicationConnection', { description: 'Una página de postulaciones.' })
export class ApplicationConnection extends Connection(ApplicationType, 'CofinancingApplication') {}
