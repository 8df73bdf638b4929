import { Injectable } from '@nestjs/common';

/** What an extra readiness check found: `down` takes the service out of rotation (HTTP 503). */
export interface ReadinessReport {
  readonly status: 'up' | 'down';
  readonly [detail: string]: unknown;
}

/** One extra indicator of `/health/ready`, shown under its name in `info`/`error` and `details`. */
export interface ReadinessCheck {
  readonly name: string;
  check(): Promise<ReadinessReport>;
}

/**
 * The service kit's extension point for readiness: beside PostgreSQL, Kafka and MongoDB, a service
 * (or a kit component such as the consumer registry) adds its own checks, e.g. how far its read
 * models are behind. Register from a provider's constructor or `onModuleInit`.
 */
@Injectable()
export class ReadinessChecks {
  private readonly checks = new Map<string, ReadinessCheck>();

  /** Adds (or replaces) the check of that name. */
  add(check: ReadinessCheck): void {
    this.checks.set(check.name, check);
  }

  all(): readonly ReadinessCheck[] {
    return [...this.checks.values()];
  }
}
