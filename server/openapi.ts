/** Builds the OpenAPI 3.1 document from the route modules' zod-described routes. */
import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import type { RouteModule } from './context.ts';

export function buildOpenApiDocument(modules: RouteModule[]): Record<string, unknown> {
  const registry = new OpenAPIRegistry();
  for (const mod of modules) for (const route of mod.docs) registry.registerPath(route);
  const generator = new OpenApiGeneratorV31(registry.definitions);
  const document = generator.generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'confgraph API',
      version: '0.1.0',
      description: 'The knowledge graph of conference talks and the cloud-native projects they mention. Errors are {error:{code,message}}.',
    },
  });
  return document as unknown as Record<string, unknown>;
}
