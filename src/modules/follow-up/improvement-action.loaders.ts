import type { EntityManager } from '@mikro-orm/knex';
import DataLoader from 'dataloader';

import { groupBy } from '../../core/collections';
import type { ImprovementAction } from './action-plan.entity';
import type { ImprovementActionService } from './improvement-action.service';

/** Per-request batching of plans' improvement actions: a list of plans, or every product of a measurement, costs one statement. */
export class ImprovementLoaders {
  /** Every action of a plan, oldest first. */
  readonly byPlan: DataLoader<string, ImprovementAction[]>;

  constructor(em: EntityManager, service: ImprovementActionService) {
    this.byPlan = new DataLoader(async (ids) => {
      const by = groupBy(await service.ofPlans(em, ids), (a) => a.planId);
      return ids.map((id) => by.get(id) ?? []);
    });
  }

  /** The actions of one product of a plan, oldest first. */
  async ofProduct(planId: string, productCode: string): Promise<ImprovementAction[]> {
    return (await this.byPlan.load(planId)).filter((a) => a.productCode === productCode);
  }
}
