import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { registerBusinessMetrics } from './business-metrics.ts';
import type { AppContext } from './context.ts';

/** Prometheus metrics at /metrics: process figures, request durations by route, business figures. */
export function registerMetrics(app: FastifyInstance, ctx: AppContext) {
  const registry = new Registry();
  registry.setDefaultLabels({ app: 'tawasul' });
  collectDefaultMetrics({ register: registry });
  const duration = new Histogram({
    name: 'tawasul_http_request_duration_seconds',
    help: 'HTTP request duration by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const databaseUp = new Gauge({
    name: 'tawasul_database_up',
    help: '1 when the database answered the last scrape',
    registers: [registry],
    async collect() {
      try {
        await ctx.database.ping();
        this.set(1);
      } catch {
        this.set(0);
      }
    },
  });
  void databaseUp;
  registerBusinessMetrics(registry, ctx.database, ctx.config);

  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    duration.observe({ method: request.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });

  app.get('/metrics', { schema: { hide: true }, config: { access: 'public' } }, async (_request, reply) => {
    return reply.type(registry.contentType).send(await registry.metrics());
  });
}
