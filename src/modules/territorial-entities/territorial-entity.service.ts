import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { type ConnectionResult, decodeCursor, encodeCursor, toConnection } from '../../core/graphql/connection';
import { likeTerm } from '../../core/text';
import { TerritorialEntity } from './territorial-entity.entity';
import { TerritorialEntitiesArgs, TerritorialEntityFilter, TerritorialEntityOrderBy } from './territorial-entity.inputs';
import { TerritorialEntityType } from './territorial-entity.type';

/** Sort keys per ordering; the code is always last, so every ordering is total. */
const orderings = {
  [TerritorialEntityOrderBy.CODE_ASC]: ['code'],
  [TerritorialEntityOrderBy.NAME_ASC]: ['searchName', 'code'],
} as const satisfies Record<TerritorialEntityOrderBy, readonly (keyof TerritorialEntity)[]>;

function filterQuery(filter: TerritorialEntityFilter | null | undefined): FilterQuery<TerritorialEntity> {
  const where: FilterQuery<TerritorialEntity>[] = [];
  if (filter?.departmentCode) where.push({ departmentCode: filter.departmentCode });
  if (filter?.kind) where.push({ kind: filter.kind });
  const term = filter?.search ? likeTerm(filter.search) : '';
  if (term) {
    where.push(
      /^\d+$/.test(term)
        ? { $or: [{ searchName: { $like: `%${term}%` } }, { code: { $like: `${term}%` } }] }
        : { searchName: { $like: `%${term}%` } },
    );
  }
  return where.length ? { $and: where } : {};
}

/** Rows strictly after the cursor's keys in the ordering (keyset pagination). */
function afterKeys(keys: readonly string[], values: (string | number)[]): FilterQuery<TerritorialEntity> {
  const alternatives = keys.map((key, i) => ({
    ...Object.fromEntries(keys.slice(0, i).map((k, j) => [k, values[j]])),
    [key]: { $gt: values[i] },
  }));
  return alternatives.length === 1 ? alternatives[0] : { $or: alternatives };
}

export async function listTerritorialEntities(
  em: EntityManager,
  args: TerritorialEntitiesArgs,
): Promise<ConnectionResult<TerritorialEntityType>> {
  const keys = orderings[args.orderBy];
  const where = filterQuery(args.filter);
  const pageWhere = args.after
    ? { $and: [where, afterKeys(keys, decodeCursor(args.after, args.orderBy, keys.length))] }
    : where;
  const [rows, totalCount] = await Promise.all([
    args.first === 0
      ? Promise.resolve([])
      : em.find(TerritorialEntity, pageWhere, {
          orderBy: Object.fromEntries(keys.map((k) => [k, 'asc'])),
          limit: args.first + 1,
        }),
    em.count(TerritorialEntity, where),
  ]);
  return toConnection({
    rows,
    first: args.first,
    after: args.after,
    totalCount,
    cursorOf: (row) => encodeCursor(args.orderBy, keys.map((k) => row[k])),
    toNode: TerritorialEntityType.from,
  });
}

export async function findTerritorialEntity(em: EntityManager, code: string): Promise<TerritorialEntityType | null> {
  const entity = await em.findOne(TerritorialEntity, { code });
  return entity ? TerritorialEntityType.from(entity) : null;
}
