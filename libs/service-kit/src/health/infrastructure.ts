import { Kafka, logLevel } from 'kafkajs';
import mongoose, { type Connection } from 'mongoose';
import pg from 'pg';
import type { Logger } from 'pino';
import type { ServiceConfig } from '../config/service-config.js';
import { keepTrying } from '../lifecycle/keep-trying.js';

/** The three server connections every service holds; created once, closed on shutdown. */
export class Infrastructure {
  readonly pg: pg.Pool;
  readonly kafka: Kafka;
  readonly mongo: Connection;
  private closed = false;

  constructor(private readonly config: ServiceConfig, private readonly logger: Logger) {
    this.pg = new pg.Pool({ connectionString: config.databaseUrl, max: 10, connectionTimeoutMillis: 3_000 });
    this.pg.on('error', (error) => logger.warn({ err: error.message }, 'idle PostgreSQL client failed'));
    this.kafka = new Kafka({ clientId: config.serviceName, brokers: [...config.kafkaBrokers], logLevel: logLevel.NOTHING });
    this.mongo = mongoose.createConnection();
    this.mongo.on('error', (error: Error) => logger.warn({ err: error.message }, 'MongoDB connection error'));
    void this.connectMongo();
  }

  /** Keeps trying the first MongoDB connection so a late server does not crash-loop the pod. */
  private async connectMongo(): Promise<void> {
    await keepTrying({ message: 'MongoDB not reachable yet; retrying', logger: this.logger, stopped: () => this.closed }, async () => {
      // A small pool: FerretDB deadlocks once concurrent operations exhaust its own PostgreSQL pool.
      await this.mongo.openUri(this.config.mongodbUri, { serverSelectionTimeoutMS: 3_000, maxPoolSize: this.config.mongodbMaxPoolSize });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.allSettled([this.pg.end(), this.mongo.close()]);
  }
}
