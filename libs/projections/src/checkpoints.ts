import type { Connection, mongo } from 'mongoose';
import { decodePosition, encodePosition } from './positions.js';

interface CheckpointDoc {
  _id: string;
  position: string;
  updatedAt: Date;
}

/** Where each projection runner has got to in its source log (one document per runner). */
export class ProjectionCheckpoints {
  private readonly collection: mongo.Collection<CheckpointDoc>;

  constructor(connection: Connection) {
    this.collection = connection.collection<CheckpointDoc>('projection_checkpoints');
  }

  async load(runner: string): Promise<bigint | undefined> {
    const doc = await this.collection.findOne({ _id: runner });
    return doc ? decodePosition(doc.position) : undefined;
  }

  async save(runner: string, position: bigint): Promise<void> {
    await this.collection.updateOne({ _id: runner }, { $set: { position: encodePosition(position), updatedAt: new Date() } }, { upsert: true });
  }

  async reset(runner: string): Promise<void> {
    await this.collection.deleteOne({ _id: runner });
  }
}
