import type { Redis } from 'ioredis';
import type { Logger } from 'pino';

import { WorkflowRegistry } from '../workflows/registry';

import type { Config } from './config/env';
import type { AppServices } from './core/graphql/context';
import type { Orm } from './core/orm/orm';
import { Broadcast } from './core/redis/broadcast';
import { AdjustableClock, systemClock, type Clock } from './core/time/clock';
import { WorkflowRuntime } from './core/workflow/workflow-runtime';
import { CallService } from './modules/calls/call.service';
import { CaseEvents } from './modules/cases/case-events';
import { ProgrammeRules } from './modules/cases/case-rules';
import { CaseService } from './modules/cases/case.service';
import { ApplicationService } from './modules/cofinancing/application.service';
import { ProgrammeService } from './modules/cycles/cycle.service';
import { DeadlineService } from './modules/deadlines/deadline.service';
import { ActionPlanService } from './modules/follow-up/action-plan.service';
import { AssessmentService } from './modules/maturity/assessment.service';
import { CtiIndexService } from './modules/maturity/cti-index.service';
import { ModelCatalog } from './modules/maturity/model-catalog';
import type { NotificationMessage } from './modules/notifications/notification-center';
import { NotificationService } from './modules/notifications/notification.service';
import { ReportQueue } from './modules/reports/report-queue';
import { ReportService, type ReportProgressMessage } from './modules/reports/report.service';
import { TerritorialDirectory } from './modules/territorial-entities/territorial-entity.service';

export interface ServiceDeps {
  config: Config;
  orm: Orm;
  /** Commands (publish); subscriptions need a connection of their own, made here as a duplicate. */
  redis: Redis;
  logger: Logger;
  registry?: WorkflowRegistry;
}

export function createClock(config: Config, orm: Orm): Clock {
  return config.clock === 'adjustable' ? new AdjustableClock(orm.em.getKnex()) : systemClock;
}

/** The services of one process (API or worker), wired once; `stop` releases the pub/sub connection. */
export async function createServices(deps: ServiceDeps): Promise<AppServices & { stop(): Promise<void> }> {
  const { config } = deps;
  const registry = deps.registry ?? new WorkflowRegistry();
  // Unlike the command client, the subscriber queues its SUBSCRIBE until Redis answers and
  // re-subscribes after every reconnection, so a Redis that starts late or restarts is followed.
  const subscriber = deps.redis.duplicate({ lazyConnect: false, enableOfflineQueue: true, maxRetriesPerRequest: null });
  subscriber.on('error', (err) => deps.logger.debug({ err }, 'redis (suscripciones) no responde'));
  const caseEvents = new CaseEvents(config.redisPrefix, deps.redis, subscriber, deps.logger);
  const notificationEvents = new Broadcast<NotificationMessage>(
    config.redisPrefix,
    'notification-added',
    deps.redis,
    subscriber,
    deps.logger,
  );
  const reportEvents = new Broadcast<ReportProgressMessage>(config.redisPrefix, 'report-progress', deps.redis, subscriber, deps.logger);
  await caseEvents.start();
  await notificationEvents.start();
  await reportEvents.start();
  // Requests queue their report at once; with Redis away the row waits for the reconciler instead.
  const reportQueue = new ReportQueue(deps.redis, config.redisPrefix, deps.logger);
  const clock = createClock(config, deps.orm);
  const now = () => clock.now();
  await clock.sync();
  const directory = new TerritorialDirectory(deps.orm, config.directoryMaxAgeSeconds * 1000, deps.logger);
  const models = new ModelCatalog();
  const assessments = new AssessmentService(models, clock);
  const applications = new ApplicationService(models, clock, registry);
  const cti = new CtiIndexService(models, directory, clock);
  const plans = new ActionPlanService(clock, config.followUp);
  const runtime = new WorkflowRuntime(
    deps.orm,
    registry,
    new ProgrammeRules(config.termDays, assessments, applications),
    caseEvents,
    clock,
  );
  return {
    registry,
    runtime,
    directory,
    models,
    assessments,
    cti,
    clock,
    caseEvents,
    notificationEvents,
    cases: new CaseService(registry, runtime),
    programme: new ProgrammeService(runtime, models, now),
    calls: new CallService(now),
    applications,
    plans,
    reportEvents,
    reports: new ReportService({
      clock,
      cti,
      plans,
      directory,
      events: reportEvents,
      enqueue: (id) => reportQueue.add(id),
      logger: deps.logger,
    }),
    deadlines: new DeadlineService(runtime, clock),
    notifications: new NotificationService(clock),
    stop: async () => {
      await reportQueue.close();
      subscriber.disconnect();
    },
  };
}
