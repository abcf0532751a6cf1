import type { Config } from '../../config/env';
import type { AppServices } from '../graphql/context';

/** The host a link can name for a listening address (a wildcard interface is reached as localhost). */
export const shownHost = (host: string): string => (host === '0.0.0.0' || host === '::' ? 'localhost' : host);

/**
 * Where the links people follow (invitations in mail, document downloads) point: PUBLIC_URL when
 * set, else the address this API listens on once it does, else the configured host and port. A
 * function, because the API's address is known only after it starts listening.
 */
export function publicBase(config: Pick<Config, 'publicUrl' | 'host' | 'port'>, services: Pick<AppServices, 'apiUrl'>): () => string {
  return () => config.publicUrl ?? services.apiUrl ?? `http://${shownHost(config.host)}:${config.port}`;
}
