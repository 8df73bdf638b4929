import type { ProjectionCatalog, RebuildState } from '../catalog.js';
import type { ProjectionHosts } from '../hosts.js';

export interface SwitchOptions {
  readonly catalog: ProjectionCatalog;
  readonly hosts: ProjectionHosts;
  readonly name: string;
  readonly state: () => RebuildState;
  readonly timeoutMs: number;
  /** Replays what was appended since the last page; runs while the live writers are paused. */
  readonly catchUp: () => Promise<void>;
  readonly attempt: string;
}

const POLL_MS = 50;
const ATTEMPTS = 3;

/**
 * The switch: ask the live writers of the projection to pause, wait until every live one has
 * said so, replay the last events, then move the pointer in one update guarded by the request
 * (a writer that gave up waiting withdraws it, and the pointer does not move). Returns the
 * collection that served before. Without live writers (the service is down) it switches at once.
 */
export async function switchWhenPaused(options: SwitchOptions): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    const id = `${options.attempt}-${attempt}`;
    const { target, generation } = options.state();
    const before = await options.catalog.collection.findOne({ _id: options.name });
    const previous = before?.active ?? target;
    await options.catalog.requestSwitch(options.name, { attempt: id, generation, target, requestedAt: new Date() });
    if (await allPaused(options, id)) {
      await options.catchUp();
      if (await options.catalog.completeSwitch(options.name, id, generation, target, previous)) return previous;
    } else {
      await options.catalog.cancelSwitch(options.name, id);
    }
    if (attempt >= ATTEMPTS) throw new Error(`${options.name}: the live writers did not pause for the switch (tried ${ATTEMPTS} times); the rebuild is saved, run it again`);
    await options.catchUp();
  }
}

async function allPaused(options: SwitchOptions, attempt: string): Promise<boolean> {
  const deadline = Date.now() + options.timeoutMs;
  while (Date.now() < deadline) {
    if ((await options.hosts.live(options.name, attempt)).waitingFor.length === 0) return true;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return false;
}
