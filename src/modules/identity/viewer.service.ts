import type { EntityManager } from '@mikro-orm/core';
import { type Principal, roleLabel } from '../../core/auth/principal';
import { findTerritorialEntity } from '../territorial-entities/territorial-entity.service';
import type { ViewerType } from './viewer.type';

export async function viewer(em: EntityManager, principal: Principal): Promise<ViewerType> {
  return {
    subject: principal.subject,
    role: principal.role,
    roleLabel: roleLabel[principal.role],
    entityCode: principal.entityCode,
    entity: principal.entityCode ? await findTerritorialEntity(em, principal.entityCode) : null,
  };
}
