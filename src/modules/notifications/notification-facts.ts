import type { ProcessId, WorkflowRegistry } from '../../../workflows/registry';
import type { Side } from '../../../workflows/shared';

import type { WorkflowCase } from '../../core/workflow/case.entity';
import { stateInfo } from '../../core/workflow/definition';
import type { TerritorialDirectory } from '../territorial-entities/territorial-entity.service';
import type { CaseFacts } from './notification-templates';
import { Audience } from './notification.entity';

/** Who hears about a term: the side that owes the answer. */
export function audienceOf(owner: Side | string, kase: WorkflowCase): { audienceKind: Audience; audience: string | null } | null {
  switch (owner) {
    case 'ENTITY':
      return { audienceKind: Audience.ENTITY, audience: kase.entityCode };
    case 'MINISTRY':
      return { audienceKind: Audience.COORDINATORS, audience: null };
    case 'ADVISOR':
      return kase.assignee
        ? { audienceKind: Audience.USER, audience: kase.assignee }
        : { audienceKind: Audience.COORDINATORS, audience: null };
    default:
      return null;
  }
}

/** The facts of a case a notification's text needs. */
export async function caseFacts(
  deps: { directory: TerritorialDirectory; registry: WorkflowRegistry },
  kase: WorkflowCase,
): Promise<CaseFacts> {
  const entity = await deps.directory.read((d) => d.find(kase.entityCode));
  const { machine } = deps.registry.get(kase.process as ProcessId, kase.machineVersion);
  return {
    process: kase.process,
    entityCode: kase.entityCode,
    entityName: entity?.name ?? kase.entityCode,
    stateLabel: stateInfo(machine, kase.state).label,
  };
}
