import type { AppModule } from '../core/module';
import { accompanimentModule } from '../modules/accompaniment';
import { adoptionModule } from '../modules/adoption';
import { casesModule } from '../modules/cases';
import { cofinancingModule } from '../modules/cofinancing';
import { cyclesModule } from '../modules/cycles';
import { deadlinesModule } from '../modules/deadlines';
import { documentsModule } from '../modules/documents';
import { followUpModule } from '../modules/follow-up';
import { identityModule } from '../modules/identity';
import { maturityModule } from '../modules/maturity';
import { notificationsModule } from '../modules/notifications';
import { openDataModule } from '../modules/open-data';
import { peopleModule } from '../modules/people';
import { queueConsoleModule } from '../modules/queue-console';
import { reportsModule } from '../modules/reports';
import { territorialEntitiesModule } from '../modules/territorial-entities';
import { transparencyModule } from '../modules/transparency';

/**
 * Every module of the system, the only place that names them all. The order is the order their
 * services are built in: a module's services may use those of the modules above it. Adding a
 * module is a folder under src/modules with an index.ts descriptor, and one line here.
 */
export const modules: readonly AppModule[] = [
  territorialEntitiesModule,
  identityModule,
  peopleModule,
  casesModule,
  deadlinesModule,
  notificationsModule,
  documentsModule,
  maturityModule,
  cyclesModule,
  accompanimentModule,
  cofinancingModule,
  followUpModule,
  adoptionModule,
  reportsModule,
  queueConsoleModule,
  transparencyModule,
  // After every module whose data it exports (maturity, cofinancing, follow-up, transparency's figures).
  openDataModule,
];
