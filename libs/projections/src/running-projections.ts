/** A projection runner of this process, as the metrics see it. */
export interface ObservedRunner {
  readonly name: string;
  /** The projections it feeds. */
  readonly projections: readonly string[];
  /** Events it has not applied yet, counted up to `cap`. */
  lag(cap: number): Promise<number>;
}

const runners = new Set<ObservedRunner>();

/**
 * Announces a running projection runner to the process's metrics (`linli_projection_lag_events`
 * in the service kit reads them at scrape time); returns the call that withdraws it.
 */
export function observeRunner(runner: ObservedRunner): () => void {
  runners.add(runner);
  return () => void runners.delete(runner);
}

/** The runners running in this process now. */
export function observedRunners(): readonly ObservedRunner[] {
  return [...runners];
}
