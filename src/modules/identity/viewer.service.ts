import { roleLabel, type Principal } from '../../core/auth/principal';
import type { TerritorialDirectory } from '../territorial-entities/territorial-entity.service';
import type { ViewerType } from './viewer.type';

export function viewer(directory: TerritorialDirectory, principal: Principal): ViewerType | Promise<ViewerType> {
  const { entityCode } = principal;
  return directory.read((snapshot) => ({
    subject: principal.subject,
    role: principal.role,
    roleLabel: roleLabel[principal.role],
    entityCode,
    entity: entityCode ? snapshot.find(entityCode) : null,
  }));
}
