import { Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

import type { Config } from '../config/env';
import { RateLimitedError } from '../core/errors/app-error';
import type { LimitedWork } from '../core/module';
import { withTimeout } from '../core/timeout';

/** What a caller spends a point of: any mutation, the heavy ones, and (by IP) failed or missing authentication. */
export type Bucket = 'MUTATION' | LimitedWork | 'ANONYMOUS' | 'PUBLIC';

const SPANISH: Record<Bucket, string> = {
  MUTATION: 'cambios',
  REPORT_REQUEST: 'solicitudes de informes',
  IMPORT: 'importaciones de planes',
  UPLOAD: 'cargas de documentos',
  ANONYMOUS: 'solicitudes sin autenticación válida',
  PUBLIC: 'consultas públicas de transparencia',
};

/** How long a request waits for Redis to count a point before it counts in memory instead. */
const REDIS_COUNT_MS = 500;

/**
 * Rate limits kept in the deployment's Redis, so every API process counts against the same
 * budget. Should Redis not answer, each process counts on its own in memory (the same limits per
 * process) rather than letting everything through or refusing everything: at once when the
 * connection is down (`rejectIfRedisNotReady`), and after REDIS_COUNT_MS when Redis hangs on an
 * open connection, so no request waits on Redis longer than that. Every fall back happens in
 * `take`, once per point: the library's own insurance limiter is not used, because it would count
 * the point again in memory when a hanging Redis finally answers with an error, after `take` had
 * already counted it there (people would hit the limit at half their budget).
 */
export class RateLimits {
  private readonly limiters = new Map<Bucket, { shared: RateLimiterRedis; local: RateLimiterMemory }>();

  constructor(
    redis: Redis,
    config: Pick<Config, 'redisPrefix' | 'rateLimits'>,
    private readonly logger: Logger,
  ) {
    const { rateLimits: limits } = config;
    const windows: Record<Bucket, { points: number; duration: number }> = {
      MUTATION: { points: limits.mutationsPerMinute, duration: 60 },
      REPORT_REQUEST: { points: limits.reportsPerHour, duration: 3600 },
      IMPORT: { points: limits.importsPerHour, duration: 3600 },
      UPLOAD: { points: limits.uploadsPerHour, duration: 3600 },
      ANONYMOUS: { points: limits.anonymousPerMinute, duration: 60 },
      PUBLIC: { points: limits.publicPerMinute, duration: 60 },
    };
    for (const [bucket, window] of Object.entries(windows) as [Bucket, { points: number; duration: number }][]) {
      // 0 turns a limit off.
      if (window.points <= 0) continue;
      const local = new RateLimiterMemory(window);
      const shared = new RateLimiterRedis({
        storeClient: redis,
        keyPrefix: `${config.redisPrefix}:rate:${bucket.toLowerCase()}`,
        ...window,
        rejectIfRedisNotReady: true,
      });
      this.limiters.set(bucket, { shared, local });
    }
  }

  /** Spends one point of `bucket` for `key` (a subject or an IP); throws RATE_LIMITED when none is left. */
  async take(bucket: Bucket, key: string): Promise<void> {
    const limiter = this.limiters.get(bucket);
    if (!limiter) return;
    try {
      const shared = limiter.shared.consume(key);
      // Once counted in memory, Redis's late answer (a count or an error) is dropped.
      shared.catch(() => undefined);
      await withTimeout(shared, REDIS_COUNT_MS).catch(async (rejection: unknown) => {
        if (rejection instanceof RateLimiterRes) throw rejection;
        // Redis is down, failed, or did not answer in time: the point is counted here, and only here.
        await limiter.local.consume(key);
      });
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw new RateLimitedError(SPANISH[bucket], rejection.msBeforeNext / 1000);
      // Neither Redis nor the memory limiter could count it: let the request through, but say so.
      this.logger.warn({ err: rejection, bucket }, 'el límite de solicitudes no pudo contarse');
    }
  }

  /** Spends what an operation costs its caller: one point per mutation, and one per heavy field it calls. */
  async takeOperation(
    subject: string,
    operation: OperationDefinitionNode,
    document: DocumentNode,
    limited: ReadonlyMap<string, LimitedWork>,
  ): Promise<void> {
    if (operation.operation !== 'mutation') return;
    await this.take('MUTATION', subject);
    const fragments = new Map(
      document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
    );
    for (const field of rootFields(operation.selectionSet, fragments)) {
      const work = limited.get(field);
      if (work) await this.take(work, subject);
    }
  }
}

/** The root fields an operation selects, through fragments at the root too. */
function rootFields(set: SelectionSetNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>, seen = new Set<string>()): string[] {
  const fields: string[] = [];
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) fields.push(selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT) fields.push(...rootFields(selection.selectionSet, fragments, seen));
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = fragments.get(selection.name.value);
      if (fragment) fields.push(...rootFields(fragment.selectionSet, fragments, seen));
    }
  }
  return fields;
}
