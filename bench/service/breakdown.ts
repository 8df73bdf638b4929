// `--breakdown`: where a command's time goes on its way to the ratings read models, from the
// services' own OpenTelemetry spans (LINLI_TRACING=otlp) sent to a tiny OTLP/HTTP JSON receiver in
// the benchmark. Per command (found by the event-store position its publish span carries):
// accepted (the bench) → append committed (end of `event-store append`) → read by the relay (start
// of `publish <topic>`) → acknowledged by the broker (its end) → handed to the ratings consumer
// (start of the `process <topic>` batch span that carries or links it) → read models written (end
// of its `project ratings-live` child) → seen by the benchmark (a probe answered 200). Tracing costs
// time itself, so these runs give the proportions, not the headline figures.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

interface OtlpSpan {
  readonly traceId: string;
  readonly spanId: string;
  readonly parentSpanId?: string;
  readonly name: string;
  readonly startTimeUnixNano: string;
  readonly endTimeUnixNano: string;
  readonly attributes?: readonly { key: string; value: { stringValue?: string; intValue?: string | number } }[];
  readonly links?: readonly { spanId: string }[];
}

interface Export {
  readonly resourceSpans?: readonly { scopeSpans?: readonly { spans?: readonly OtlpSpan[] }[] }[];
}

const ms = (nanos: string) => Number(BigInt(nanos) / 1000n) / 1000;
const attribute = (span: OtlpSpan, key: string) => {
  const value = span.attributes?.find((a) => a.key === key)?.value;
  return value?.stringValue ?? (value?.intValue !== undefined ? String(value.intValue) : undefined);
};

/** Collects the spans the services export (OTLP/HTTP with JSON bodies). */
export class SpanReceiver {
  readonly spans: OtlpSpan[] = [];
  private constructor(private readonly server: Server) {}

  static async start(): Promise<SpanReceiver> {
    const server = createServer();
    const receiver = new SpanReceiver(server);
    server.on('request', (request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        try {
          const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Export;
          for (const resource of body.resourceSpans ?? []) for (const scope of resource.scopeSpans ?? []) receiver.spans.push(...(scope.spans ?? []));
        } catch {
          // not JSON: nothing to keep
        }
        response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return receiver;
  }

  /** The environment that makes a service export its spans here. */
  env(): Record<string, string> {
    const { port } = this.server.address() as AddressInfo;
    return { LINLI_TRACING: 'otlp', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `http://127.0.0.1:${port}/v1/traces`, OTEL_TRACES_SAMPLER: 'parentbased_always_on' };
  }

  stop(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections(); // the exporters' keep-alive connections would hold close() open
    return closed;
  }
}

/** The moments of one command (epoch ms) as the benchmark saw them. */
export interface CommandTimes {
  readonly position: bigint;
  readonly accepted: number;
  readonly visible: number;
}

/** Consecutive stages from the append's commit to the probe that saw the command. */
export const STAGES = ['append committed → relay read', 'relay read → broker ack', 'broker ack → consumer batch', 'consumer batch → read models written', 'written → probe answered 200'] as const;

/** Beside the chain: from the commit to the benchmark holding the command's answer. */
const ACCEPTED = '(append committed → command answer received)';

/** The median (and 90th percentile: a stage that is sometimes slow, e.g. a retry, shows there) milliseconds of each stage over the commands whose spans were all found, and how many were. */
export function breakdown(spans: readonly OtlpSpan[], commands: readonly CommandTimes[]): { commands: number; seenBeforeWritten: number; medians: Record<string, number>; p90s: Record<string, number> } {
  const publishByPosition = new Map<string, OtlpSpan>();
  const byParent = new Map<string, OtlpSpan[]>();
  const consumeByLink = new Map<string, OtlpSpan>();
  const appendByTrace = new Map<string, OtlpSpan>();
  for (const span of spans) {
    if (span.name.startsWith('publish ')) publishByPosition.set(attribute(span, 'linli.event.position') ?? '', span);
    if (span.name === 'event-store append') appendByTrace.set(span.traceId, span);
    if (span.parentSpanId) byParent.set(span.parentSpanId, [...(byParent.get(span.parentSpanId) ?? []), span]);
    if (span.name.startsWith('process ')) for (const link of span.links ?? []) consumeByLink.set(link.spanId, span);
  }
  const samples: number[][] = [...STAGES, ACCEPTED].map(() => []);
  let complete = 0;
  // The gate's honesty: a command the benchmark saw before its read models were written.
  let early = 0;
  for (const command of commands) {
    const publish = publishByPosition.get(command.position.toString());
    if (!publish) continue;
    const consume = consumeByLink.get(publish.spanId) ?? byParent.get(publish.spanId)?.find((span) => span.name.startsWith('process '));
    const project = consume && byParent.get(consume.spanId)?.find((span) => span.name.startsWith('project '));
    const append = appendByTrace.get(publish.traceId);
    if (!consume || !project || !append) continue;
    complete++;
    if (command.visible < ms(project.endTimeUnixNano)) early++;
    const moments = [ms(append.endTimeUnixNano), ms(publish.startTimeUnixNano), ms(publish.endTimeUnixNano), ms(consume.startTimeUnixNano), ms(project.endTimeUnixNano), command.visible];
    STAGES.forEach((_, i) => samples[i]?.push((moments[i + 1] as number) - (moments[i] as number)));
    samples[STAGES.length]?.push(command.accepted - ms(append.endTimeUnixNano));
  }
  const quantile = (values: number[], q: number) => Math.round(([...values].sort((a, b) => a - b)[Math.floor(values.length * q)] ?? Number.NaN) * 10) / 10;
  const each = (q: number) => Object.fromEntries([...STAGES, ACCEPTED].map((stage, i) => [stage, quantile(samples[i] ?? [], q)]));
  return { commands: complete, seenBeforeWritten: early, medians: each(0.5), p90s: each(0.9) };
}
