import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';

import type { Config } from '../../config/env';
import { shownHost } from '../http/public-url';
import { collectProcessMetrics, registerMetricsSource, registry, type MetricsSource } from './metrics';

export interface RunningMetrics {
  /** Where Prometheus scrapes: `http://host:port/metrics`. */
  url: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * GET /metrics in Prometheus's text format, on a port of its own (METRICS_PORT) and never on the
 * API's: the API's port is the one published to the internet, this one only to the monitoring
 * network (METRICS_HOST, 127.0.0.1 by default). Plain Node http, nothing else served. Null when
 * METRICS_PORT is unset. The system's source is registered while the server runs.
 */
export async function startMetricsServer(config: Config, logger: Logger, source: MetricsSource): Promise<RunningMetrics | null> {
  const { port, host } = config.metrics;
  if (port === undefined) return null;
  collectProcessMetrics();
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (path !== '/metrics' || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('No encontrado\n');
      return;
    }
    registry.metrics().then(
      (text) => {
        res.writeHead(200, { 'content-type': registry.contentType });
        res.end(req.method === 'HEAD' ? undefined : text);
      },
      (err: unknown) => {
        logger.error({ err }, 'no se pudieron reunir las métricas');
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('Error al reunir las métricas\n');
      },
    );
  });
  // A scrape is one short request: connections left open by a client are not kept.
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const unregister = registerMetricsSource(source);
  const bound = (server.address() as AddressInfo).port;
  const url = `http://${shownHost(host)}:${bound}/metrics`;
  logger.info({ url }, 'métricas de Prometheus disponibles');
  return {
    url,
    port: bound,
    stop: async () => {
      unregister();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
