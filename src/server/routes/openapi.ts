/** The OpenAPI description of every operation, generated from the routes' zod schemas. */
import type { App } from '../context.js';

export function openapiRoutes(app: App): void {
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { tags: ['meta'], summary: '本接口的 OpenAPI 描述' } }, async () => app.swagger());
}
