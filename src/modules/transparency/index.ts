import type { AppModule } from '../../core/module';
import { PublicIndexResolver, TransparencyResolver } from './transparency.resolver';
import { TransparencyService } from './transparency.service';

declare module '../../core/graphql/context' {
  interface AppServices {
    /** The reads of the public transparency schema (/public/graphql). */
    transparency: TransparencyService;
  }
}

/**
 * Transparency (issue 24, Ley 1712 de 2014): the public, token-less reads of the programme —
 * published Índices, cycles, published calls and the programme figures — served by the public
 * schema at /public/graphql. It adds nothing to the main schema.
 */
export const transparencyModule: AppModule = {
  name: 'transparency',
  publicResolvers: [TransparencyResolver, PublicIndexResolver],
  services: ({ services }) => ({ transparency: new TransparencyService(services) }),
};
