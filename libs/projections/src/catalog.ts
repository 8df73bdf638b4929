import type { Connection, mongo } from 'mongoose';
import { collectionName, type Projection } from './projection.js';

/** A rebuild under way: where it writes, how far it got, and whether it is switching. */
export interface RebuildState {
  readonly target: string;
  readonly generation: number;
  /** Position before the first event of the log the rebuild reads (decimal): progress runs from here to the head. */
  readonly start?: string;
  /** Position of the last event applied to the target (decimal). */
  readonly position: string;
  /** The log's head when progress was last saved (decimal), for the progress ratio. */
  readonly head: string;
  readonly events: number;
  readonly startedAt: Date;
  readonly updatedAt: Date;
  readonly phase: 'replaying' | 'switching';
}

/** What the live writers must do while a switch is prepared: pause, acknowledge, wait. */
export interface SwitchRequest {
  /** Unique per attempt: an acknowledgement of an earlier, withdrawn attempt does not count. */
  readonly attempt: string;
  readonly generation: number;
  readonly target: string;
  readonly requestedAt: Date;
}

/** The pointer of one projection: which collection serves reads and live writes. */
export interface CatalogEntry {
  readonly _id: string;
  readonly active: string;
  readonly generation: number;
  readonly switchedAt?: Date;
  readonly previous?: string;
  readonly rebuild?: RebuildState;
  readonly switch?: SwitchRequest;
}

/**
 * The active-collection pointers (`projection_catalog`), one document per projection. Readers and
 * live writers resolve a projection's collection here; a rebuild fills another collection and then
 * moves the pointer in one single-document update, so a reader never sees a half-built read model.
 */
export class ProjectionCatalog {
  readonly collection: mongo.Collection<CatalogEntry>;

  constructor(connection: Connection) {
    this.collection = connection.collection<CatalogEntry>('projection_catalog');
  }

  /** The entry of a projection, or its defaults (`<name>_v<version>`, generation 0) if it was never rebuilt. */
  async entry(projection: Pick<Projection<object>, 'name' | 'version'>): Promise<CatalogEntry> {
    return (await this.collection.findOne({ _id: projection.name })) ?? { _id: projection.name, active: collectionName(projection), generation: 0 };
  }

  async entries(names: readonly string[]): Promise<Map<string, CatalogEntry>> {
    const found = await this.collection.find({ _id: { $in: [...names] } }).toArray();
    return new Map(found.map((entry) => [entry._id, entry]));
  }

  /** The collection that serves a projection now. */
  async activeCollection(projection: Pick<Projection<object>, 'name' | 'version'>): Promise<string> {
    return (await this.entry(projection)).active;
  }

  /** Records rebuild progress (creates the entry with its defaults the first time). */
  async saveRebuild(projection: Pick<Projection<object>, 'name' | 'version'>, rebuild: RebuildState): Promise<void> {
    const { active } = await this.entry(projection);
    await this.collection.updateOne({ _id: projection.name }, { $set: { rebuild }, $setOnInsert: { active, generation: 0 } }, { upsert: true });
  }

  /** Asks the live writers to pause for a switch to `target`. */
  async requestSwitch(name: string, request: SwitchRequest): Promise<void> {
    await this.collection.updateOne({ _id: name }, { $set: { switch: request, 'rebuild.phase': 'switching' } });
  }

  /** Withdraws a switch request (a live writer gave up waiting); false if it was no longer pending. */
  async cancelSwitch(name: string, attempt: string): Promise<boolean> {
    const result = await this.collection.updateOne({ _id: name, 'switch.attempt': attempt }, { $unset: { switch: '' }, $set: { 'rebuild.phase': 'replaying' } });
    return result.modifiedCount === 1;
  }

  /**
   * Moves the pointer to the rebuilt collection, only while the switch request `attempt` still
   * stands (no live writer withdrew it): one atomic update. False if it was withdrawn.
   */
  async completeSwitch(name: string, attempt: string, generation: number, target: string, previous: string): Promise<boolean> {
    const result = await this.collection.updateOne(
      { _id: name, 'switch.attempt': attempt },
      { $set: { active: target, generation, switchedAt: new Date(), previous }, $unset: { switch: '', rebuild: '' } },
    );
    return result.modifiedCount === 1;
  }

  /** Forgets the previous collection once it is dropped. */
  async forgetPrevious(name: string): Promise<void> {
    await this.collection.updateOne({ _id: name }, { $unset: { previous: '' } });
  }
}

/** How far a rebuild has got, 0..1, from the start of the log it reads to the head it last saw. */
export function rebuildRatio(rebuild: Pick<RebuildState, 'start' | 'position' | 'head'>): number {
  const start = BigInt(rebuild.start ?? '0');
  const head = BigInt(rebuild.head);
  if (head <= start) return 1;
  return Math.min(1, Math.max(0, Number(BigInt(rebuild.position) - start) / Number(head - start)));
}
