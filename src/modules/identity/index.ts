import { Action, signedIn } from '../../core/auth/policy';
import type { AppModule } from '../../core/module';
import { ViewerResolver } from './viewer.resolver';

/** Who is asking: `me`, from the token and the directory. */
export const identityModule: AppModule = {
  name: 'identity',
  resolvers: [ViewerResolver],
  policy: { [Action.ReadOwnIdentity]: signedIn },
  globalIds: { keys: { Viewer: (viewer: { subject: string }) => viewer.subject } },
};
