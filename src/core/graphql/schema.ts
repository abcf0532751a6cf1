import 'reflect-metadata';

import { validateSync, type ValidationError } from 'class-validator';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync, type NonEmptyArray } from 'type-graphql';

import { AccompanimentResolver } from '../../modules/cases/accompaniment.resolver';
import { AssessmentResolver } from '../../modules/cases/assessment.resolver';
import { CaseSubscriptionResolver } from '../../modules/cases/case-subscription.resolver';
import { CaseResolver } from '../../modules/cases/case.resolver';
import { CofinancingResolver } from '../../modules/cases/cofinancing.resolver';
import { JourneyResolver } from '../../modules/cases/journey.resolver';
import { ProcessDefinitionResolver } from '../../modules/cases/process-definition.resolver';
import { ApplicationResolver, CallApplicationsResolver, CaseApplicationResolver } from '../../modules/cofinancing/application.resolver';
import { ProgrammeResolver } from '../../modules/cycles/programme.resolver';
import { DeadlineResolver } from '../../modules/deadlines/deadline.resolver';
import { ActionPlanResolver } from '../../modules/follow-up/action-plan.resolver';
import { ViewerResolver } from '../../modules/identity/viewer.resolver';
import {
  AssessmentAnswersResolver,
  CycleIndexResolver,
  EntityAssessmentsResolver,
  IndexAggregatesResolver,
  IndexEntryResolver,
  MaturityModelResolver,
} from '../../modules/maturity/maturity.resolver';
import { NotificationResolver } from '../../modules/notifications/notification.resolver';
import { ReportResolver } from '../../modules/reports/report.resolver';
import { TerritorialEntityResolver } from '../../modules/territorial-entities/territorial-entity.resolver';
import { authChecker } from '../auth/policy';
import { BadUserInputError } from '../errors/app-error';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  TerritorialEntityResolver,
  ViewerResolver,
  ProgrammeResolver,
  ProcessDefinitionResolver,
  CaseResolver,
  JourneyResolver,
  AssessmentResolver,
  AccompanimentResolver,
  CofinancingResolver,
  CaseSubscriptionResolver,
  DeadlineResolver,
  NotificationResolver,
  MaturityModelResolver,
  AssessmentAnswersResolver,
  EntityAssessmentsResolver,
  CycleIndexResolver,
  IndexAggregatesResolver,
  IndexEntryResolver,
  ApplicationResolver,
  CaseApplicationResolver,
  CallApplicationsResolver,
  ActionPlanResolver,
  ReportResolver,
];

function messages(errors: ValidationError[]): string[] {
  return errors.flatMap((e) => [...Object.values(e.constraints ?? {}), ...messages(e.children ?? [])]);
}

/**
 * Arguments and inputs are checked with their class-validator rules; failures are BAD_USER_INPUT
 * in Spanish. The rules are all synchronous, so the check creates no promises.
 */
function validateArgs(argValue: unknown): void {
  if (argValue === null || typeof argValue !== 'object') return;
  const errors = validateSync(argValue, { forbidUnknownValues: false });
  if (errors.length) {
    const list = messages(errors);
    throw new BadUserInputError(`Argumentos inválidos: ${list.join('; ')}`, { validationErrors: list });
  }
}

let cached: GraphQLSchema | undefined;

export function buildAppSchema(): GraphQLSchema {
  cached ??= buildSchemaSync({
    resolvers,
    authChecker,
    authMode: 'error',
    validateFn: validateArgs,
    // Every subscription supplies its own `subscribe` (fed by Redis pub/sub, see CaseEvents);
    // type-graphql still insists on a PubSub, which topic-based subscriptions would use.
    pubSub: {
      publish: () => {
        throw new Error('las suscripciones publican por CaseEvents, no por el PubSub de type-graphql');
      },
      subscribe: () => {
        throw new Error('las suscripciones definen su propio subscribe');
      },
    },
  });
  return cached;
}

/** The SDL committed in schema/schema.graphql, sorted so it diffs cleanly. */
export function printAppSchema(): string {
  return printSchema(lexicographicSortSchema(buildAppSchema())) + '\n';
}
