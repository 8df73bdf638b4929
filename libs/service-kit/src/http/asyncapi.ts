/** An AsyncAPI 3 document with no channels yet: the frame a service's event catalogue fills in. */
export function asyncApiDocument(title: string, version: string, description: string): object {
  return {
    asyncapi: '3.0.0',
    info: { title: `${title} events`, version, description },
    defaultContentType: 'application/cloudevents+json',
    channels: {},
    operations: {},
    components: { messages: {}, schemas: {} },
  };
}
