import type { Logger } from 'pino';

const SIGNALS = ['SIGTERM', 'SIGINT'] as const;

/**
 * Bounds a graceful shutdown: on SIGTERM (or SIGINT) Nest drains HTTP, stops the consumers and the
 * relay and closes the connections; if that has not ended the process within `timeoutMs`
 * (SHUTDOWN_TIMEOUT_MS), the process exits with code 1 rather than wait for the kubelet's SIGKILL.
 * Listens once: Nest raises the signal again when it is done, which must then end the process.
 */
export function enforceShutdownDeadline(timeoutMs: number, logger: Logger): void {
  const onSignal = (signal: NodeJS.Signals) => {
    for (const other of SIGNALS) process.removeListener(other, onSignal);
    logger.info({ signal, timeoutMs }, 'shutting down: draining HTTP, stopping consumers and the relay');
    setTimeout(() => {
      logger.error({ timeoutMs }, 'shutdown did not finish within SHUTDOWN_TIMEOUT_MS; exiting');
      process.exit(1);
    }, timeoutMs).unref();
  };
  for (const signal of SIGNALS) process.once(signal, onSignal);
}
