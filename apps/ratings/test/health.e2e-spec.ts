import { randomUUID } from 'node:crypto';
import { serviceSmokeSuite } from '@linli/service-kit/testing';
import mongoose from 'mongoose';
import { ratingsServiceWith } from '../src/ratings.service-definition.js';

// Read models of their own, no Kafka feed (the smoke test must not consume the shared topics) and
// no relay (the kit's leader lock would pass between this and the other e2e file's service).
const prefix = `smoke_${randomUUID().replaceAll('-', '').slice(0, 10)}`;
serviceSmokeSuite(ratingsServiceWith({ RATINGS_READ_MODEL_PREFIX: prefix, RATINGS_CONSUME: 'false' }, { relay: false }));

afterAll(async () => {
  const connection = await mongoose.createConnection(process.env['MONGODB_URI']!).asPromise();
  for (const { name } of await connection.db!.listCollections().toArray()) if (name.startsWith(prefix)) await connection.dropCollection(name);
  await connection.close();
});
