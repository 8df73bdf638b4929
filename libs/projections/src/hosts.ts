import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { Connection, mongo } from 'mongoose';
import { fieldNameOf } from './guard.js';

/** A process that applies live events to projections, as it announces itself. */
export interface HostLease {
  readonly _id: string;
  readonly projections: readonly string[];
  readonly heartbeatAt: Date;
  /** Per projection (field-name escaped): the switch attempt this host paused for. */
  readonly paused?: Readonly<Record<string, string>>;
}

/** How long a lease lives without a heartbeat: a host silent for longer is taken for dead. */
export const HOST_LEASE_MS = 10_000;

/** A unique id for this process's lease. */
export const newHostId = (): string => `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;

/**
 * Leases of the live writers (`projection_hosts`). A rebuild switches a projection only once every
 * live writer of it has paused and said so here, so no live event lands in the old collection
 * after the rebuild read the log's head for the last time.
 */
export class ProjectionHosts {
  readonly collection: mongo.Collection<HostLease>;

  constructor(connection: Connection) {
    this.collection = connection.collection<HostLease>('projection_hosts');
  }

  async heartbeat(hostId: string, projections: readonly string[]): Promise<void> {
    await this.collection.updateOne({ _id: hostId }, { $set: { projections: [...projections], heartbeatAt: new Date() } }, { upsert: true });
  }

  async acknowledgePause(hostId: string, projection: string, attempt: string): Promise<void> {
    await this.collection.updateOne({ _id: hostId }, { $set: { [`paused.${fieldNameOf(projection)}`]: attempt, heartbeatAt: new Date() } });
  }

  async leave(hostId: string): Promise<void> {
    await this.collection.deleteOne({ _id: hostId });
  }

  /** Hosts of the projection whose lease is alive, and those of them not yet paused for `attempt`. */
  async live(projection: string, attempt: string, now = Date.now()): Promise<{ hosts: string[]; waitingFor: string[] }> {
    const leases = await this.collection.find({ projections: projection }).toArray();
    const alive = leases.filter((lease) => now - lease.heartbeatAt.getTime() < HOST_LEASE_MS);
    const waitingFor = alive.filter((lease) => lease.paused?.[fieldNameOf(projection)] !== attempt).map((lease) => lease._id);
    return { hosts: alive.map((lease) => lease._id), waitingFor };
  }
}
