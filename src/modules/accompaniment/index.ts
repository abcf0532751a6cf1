import type { AppModule } from '../../core/module';
import { accompanimentProcess } from './accompaniment.process';
import { AccompanimentResolver } from './accompaniment.resolver';

/** Technical accompaniment: the entity's request and the ministry's advice, as the ACCOMPANIMENT process. */
export const accompanimentModule: AppModule = {
  name: 'accompaniment',
  resolvers: [AccompanimentResolver],
  processes: () => ({ ACCOMPANIMENT: accompanimentProcess }),
  globalIds: { inputs: { advisorId: 'Person' } },
};
