import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/knex';

import { BadUserInputError, NotFoundError, PreconditionFailedError } from '../../core/errors/app-error';
import { sqlOf } from '../../core/orm/orm';
import { Cycle } from '../cycles/cycle.entity';
import { MaturityModel, ModelDefinitionError, modelFromObject, modelFromText, shippedModel } from './maturity-model';
import { MaturityModelVersion } from './maturity.entity';

export interface PublishedModel {
  model: MaturityModel;
  publishedBy: string;
  publishedAt: Date;
}

/**
 * The published versions of the maturity model. A version is immutable once published, so each
 * process keeps the ones it has read (parsed and indexed) for good.
 */
export class ModelCatalog {
  private readonly cache = new Map<string, PublishedModel>();

  private remember(row: MaturityModelVersion): PublishedModel {
    let found = this.cache.get(row.version);
    if (!found) {
      found = {
        model: modelFromObject(row.definition, `maturity_model ${row.version}`),
        publishedBy: row.publishedBy,
        publishedAt: row.publishedAt,
      };
      this.cache.set(row.version, found);
    }
    return found;
  }

  async find(em: EntityManager, version: string): Promise<PublishedModel | null> {
    const cached = this.cache.get(version);
    if (cached) return cached;
    const row = await em.findOne(MaturityModelVersion, { version });
    return row ? this.remember(row) : null;
  }

  async get(em: EntityManager, version: string): Promise<PublishedModel> {
    const found = await this.find(em, version);
    if (!found) throw new NotFoundError(`No existe la versión ${version} del modelo de madurez`, { version });
    return found;
  }

  async list(em: EntityManager): Promise<PublishedModel[]> {
    const rows = await em.find(MaturityModelVersion, {}, { orderBy: { publishedAt: 'desc', version: 'desc' } });
    return rows.map((r) => this.remember(r));
  }

  /** The version new cycles freeze unless told otherwise: the most recently published one. */
  async latest(em: EntityManager): Promise<PublishedModel | null> {
    const [row] = await em.find(MaturityModelVersion, {}, { orderBy: { publishedAt: 'desc', version: 'desc' }, limit: 1 });
    return row ? this.remember(row) : null;
  }

  /** The model a cycle's assessments answer (its frozen version). */
  async ofCycle(em: EntityManager, cycleId: string | null): Promise<PublishedModel> {
    // A plain read in the caller's transaction: (re)submissions, reviews and validations ask this.
    const cycle: { model_version: string | null } | undefined = cycleId
      ? await sqlOf(em)('cycle').select('model_version').where('id', cycleId).first()
      : undefined;
    if (!cycle?.model_version)
      throw new PreconditionFailedError('CYCLE_WITHOUT_MODEL', 'La vigencia no tiene una versión del modelo de madurez');
    return this.get(em, cycle.model_version);
  }

  /**
   * Publishes a definition given as text (YAML or JSON). The same content under the same version
   * again is answered with the version already published; other content under a used version is
   * refused, because cycles may have frozen it.
   */
  async publishText(
    em: EntityManager,
    subject: string,
    content: string,
    now: Date,
  ): Promise<{ published: PublishedModel; created: boolean }> {
    let model: MaturityModel;
    try {
      model = modelFromText(content, 'definition');
    } catch (err) {
      if (err instanceof ModelDefinitionError) {
        // The definition is one text (`input.definition`); where inside it each problem lies is its `location`.
        const problems = err.issues.map((i) => ({
          path: 'input.definition',
          code: i.code,
          message: i.path ? `${i.path}: ${i.message}` : i.message,
          location: i.path,
        }));
        throw new BadUserInputError(
          `El modelo de madurez no es válido: ${problems
            .slice(0, 5)
            .map((p) => p.message)
            .join('; ')}${problems.length > 5 ? ` (y ${problems.length - 5} problemas más)` : ''}`,
          { problems },
        );
      }
      throw err;
    }
    return this.publish(em, subject, model, now);
  }

  async publish(
    em: EntityManager,
    subject: string,
    model: MaturityModel,
    now: Date,
  ): Promise<{ published: PublishedModel; created: boolean }> {
    const existing = await em.findOne(MaturityModelVersion, { version: model.version });
    if (existing) return { published: this.sameOrRefuse(existing, model), created: false };
    try {
      await em.insert(MaturityModelVersion, {
        version: model.version,
        title: model.definition.title,
        definition: model.definition as unknown as Record<string, unknown>,
        checksum: model.checksum,
        publishedBy: subject,
        publishedAt: now,
      });
    } catch (err) {
      if (!(err instanceof UniqueConstraintViolationException)) throw err;
      // Published concurrently by someone else: same answer as if it had been there before.
      const winner = await em.fork().findOneOrFail(MaturityModelVersion, { version: model.version });
      return { published: this.sameOrRefuse(winner, model), created: false };
    }
    const published = { model, publishedBy: subject, publishedAt: now };
    this.cache.set(model.version, published);
    return { published, created: true };
  }

  private sameOrRefuse(row: MaturityModelVersion, model: MaturityModel): PublishedModel {
    if (row.checksum !== model.checksum) {
      throw new PreconditionFailedError(
        'MODEL_VERSION_EXISTS',
        `La versión ${model.version} del modelo ya está publicada con otro contenido; publique los cambios con una versión nueva`,
        { version: model.version },
      );
    }
    return this.remember(row);
  }

  /**
   * Publishes the shipped default if it is not there yet, and freezes it for cycles opened before
   * there were model versions. Run at start-up after the migrations (idempotent).
   */
  async ensureShipped(em: EntityManager, now: Date): Promise<{ version: string; created: boolean; cyclesFrozen: number }> {
    const { published, created } = await this.publish(em, 'system:modelo-por-defecto', shippedModel(), now);
    const cyclesFrozen = await em.nativeUpdate(Cycle, { modelVersion: null }, { modelVersion: published.model.version });
    return { version: published.model.version, created, cyclesFrozen };
  }
}
