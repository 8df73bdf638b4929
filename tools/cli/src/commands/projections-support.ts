import { createPostgresEventStore, type PostgresEventStore } from '@linli/event-store';
import type { Projection } from '@linli/projections';
import { ratingsReadModels } from '@linli/ratings-read-models';
import mongoose, { type Connection } from 'mongoose';
import { UsageError, type Args } from '../command.js';
import { databaseUrl, mongodbUri } from '../endpoints.js';

// The projections the CLI can rebuild: those whose live writers follow the projection catalog
// (the ratings read models). Their collection prefix is the service's (RATINGS_READ_MODEL_PREFIX).

export const readModelPrefix = (args: Args): string => {
  const flag = args.flags['prefix'];
  return typeof flag === 'string' ? flag : (process.env['RATINGS_READ_MODEL_PREFIX'] ?? 'ratings');
};

export const rebuildable = (args: Args): readonly Projection<object>[] => ratingsReadModels(readModelPrefix(args)).all;

/** A projection by its name, with or without the prefix, `-` or `_` alike; a UsageError listing the names otherwise. */
export function projectionNamed(args: Args, name: string | undefined): Projection<object> {
  const all = rebuildable(args);
  const wanted = name?.replaceAll('-', '_');
  const found = all.find((p) => p.name === wanted || p.name === `${readModelPrefix(args)}_${wanted}`);
  if (!found) throw new UsageError(`${name ? `unknown projection "${name}"` : 'name the projection'}; one of: ${all.map((p) => p.name).join(', ')}`);
  return found;
}

/** Thrown when a server does not answer (exit code 3). */
export class Unavailable extends Error {}

export async function openMongo(): Promise<Connection> {
  try {
    return await mongoose.createConnection(mongodbUri(), { serverSelectionTimeoutMS: 5_000 }).asPromise();
  } catch (error) {
    throw new Unavailable(`MongoDB did not answer: ${(error as Error).message}`);
  }
}

/** The event store (`--schema`: another PostgreSQL schema than the services' `linli`). */
export async function openStore(args: Args): Promise<PostgresEventStore> {
  const schema = typeof args.flags['schema'] === 'string' ? args.flags['schema'] : 'linli';
  try {
    return await createPostgresEventStore({ connectionString: databaseUrl(), poolSize: 4, schema });
  } catch (error) {
    throw new Unavailable(`PostgreSQL did not answer: ${(error as Error).message}`);
  }
}

/** A number of seconds as `1h02m`, `3m05s` or `12s`. */
export function duration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  if (s >= 3600) return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
  if (s >= 60) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${s}s`;
}
