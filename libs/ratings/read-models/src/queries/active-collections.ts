import { ProjectionCatalog, strip, type Projection, type StoredDoc } from '@linli/projections';
import type { Connection, mongo } from 'mongoose';

/**
 * Resolves each projection's active collection through the catalog, remembering the answer for a
 * moment: a rebuild moves the pointer atomically and drops the old collection only a while later.
 */
export class ActiveCollections {
  private readonly catalog: ProjectionCatalog;
  private readonly cache = new Map<string, { name: string; until: number }>();

  constructor(private readonly connection: Connection, private readonly ttlMs = 500) {
    this.catalog = new ProjectionCatalog(connection);
  }

  async of(projection: Projection<object>): Promise<mongo.Collection<StoredDoc>> {
    const cached = this.cache.get(projection.name);
    const now = Date.now();
    let name = cached && cached.until > now ? cached.name : undefined;
    if (name === undefined) {
      name = await this.catalog.activeCollection(projection);
      this.cache.set(projection.name, { name, until: now + this.ttlMs });
    }
    return this.connection.collection<StoredDoc>(name);
  }
}

/** A stored document as readers see it: without bookkeeping, and nothing for a tombstone. */
export const visible = <Doc>(doc: StoredDoc | null): Doc | null => (doc === null || doc._deleted ? null : (strip(doc) as Doc));
