import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** What a service says about itself in its OpenAPI and AsyncAPI documents. */
export interface ServiceDocs {
  readonly title: string;
  readonly description: string;
  readonly version: string;
  /** The AsyncAPI 3 document of the events this service publishes and consumes. */
  readonly asyncApi: () => object;
}

/** Serves the OpenAPI UI at /docs, its JSON at /docs-json and the event catalogue at /asyncapi.json. */
export function mountDocs(app: NestFastifyApplication, docs: ServiceDocs): void {
  const config = new DocumentBuilder()
    .setTitle(docs.title)
    .setDescription(docs.description)
    .setVersion(docs.version)
    // Every route but /health/*, /docs, /asyncapi.json and /metrics needs it; the token names the actor.
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'A JWT of the configured issuer and audience; `npx linli auth token --role … --unit …` signs a dev one.' }, 'bearer')
    .addSecurityRequirements('bearer')
    .build();
  const document = SwaggerModule.createDocument(app, config);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json', yamlDocumentUrl: 'docs-yaml' });
  const asyncApi = docs.asyncApi();
  app.getHttpAdapter().get('/asyncapi.json', (_req: unknown, reply: { send(body: unknown): void }) => reply.send(asyncApi));
}
