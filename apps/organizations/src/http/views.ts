import { NotFoundException } from '@nestjs/common';
import type { Page } from '@linli/organizations-read-models';
import type { FastifyReply } from 'fastify';

// Read-model documents as the API shows them: revisions as strings, like the ETag and If-Match.

export type Revisioned<T extends { revision: number }> = Omit<T, 'revision'> & { revision: string };

export function withRevision<T extends { revision: number }>(doc: T): Revisioned<T> {
  return { ...doc, revision: String(doc.revision) };
}

export function pageOf<T extends { revision: number }>(page: Page<T>): { items: Revisioned<T>[]; next: string | null } {
  return { items: page.items.map(withRevision), next: page.next };
}

/** Sets the ETag of a single resource, so a client can send it back as If-Match. */
export function tagged<T extends { revision: number }>(reply: FastifyReply, doc: T): Revisioned<T> {
  void reply.header('ETag', `"${doc.revision}"`);
  return withRevision(doc);
}

/** 404 for an id the read models do not know. */
export function notFound(entity: string, id: string): NotFoundException {
  return new NotFoundException({ statusCode: 404, error: 'Not Found', code: 'NotFound', message: `${entity} ${id} not found` });
}
