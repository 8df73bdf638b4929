// The few shapes of rendered Kubernetes objects that the checks read. Objects come from YAML, so
// every field is optional here and each check says what it expects.

export interface K8sObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  readonly spec?: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- free-form per kind
  readonly data?: Record<string, string>;
  readonly stringData?: Record<string, string>;
}

export interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: { name: string; key: string }; configMapKeyRef?: { name: string; key: string } };
}

export interface Container {
  name: string;
  image?: string;
  env?: EnvVar[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  resources?: { requests?: Record<string, string | number>; limits?: Record<string, string | number> };
  securityContext?: SecurityContext;
  startupProbe?: unknown;
  livenessProbe?: unknown;
  readinessProbe?: unknown;
  lifecycle?: { preStop?: { sleep?: { seconds: number }; exec?: { command: string[] } } };
}

export interface SecurityContext {
  runAsNonRoot?: boolean;
  runAsUser?: number;
  readOnlyRootFilesystem?: boolean;
  allowPrivilegeEscalation?: boolean;
  privileged?: boolean;
  capabilities?: { drop?: string[]; add?: string[] };
  seccompProfile?: { type: string };
}

export interface PodSpec {
  containers: Container[];
  initContainers?: Container[];
  securityContext?: SecurityContext;
  terminationGracePeriodSeconds?: number;
  automountServiceAccountToken?: boolean;
  restartPolicy?: string;
}

/** A workload: an object that runs pods, with the path to its pod template. */
export interface Workload {
  readonly object: K8sObject;
  readonly pod: PodSpec;
  readonly podLabels: Record<string, string>;
  /** Deployment, StatefulSet or DaemonSet: runs until stopped, so it needs probes. */
  readonly longRunning: boolean;
}

export const nameOf = (o: K8sObject): string => `${o.kind}/${o.metadata.name}`;

const LONG_RUNNING = new Set(['Deployment', 'StatefulSet', 'DaemonSet']);

/** The workloads among the objects, CronJobs included (through their job template). */
export function workloads(objects: readonly K8sObject[]): Workload[] {
  const found: Workload[] = [];
  for (const object of objects) {
    const template = object.kind === 'CronJob' ? object.spec?.jobTemplate?.spec?.template : ['Job', ...LONG_RUNNING].includes(object.kind) ? object.spec?.template : undefined;
    if (!template?.spec) continue;
    found.push({ object, pod: template.spec as PodSpec, podLabels: template.metadata?.labels ?? {}, longRunning: LONG_RUNNING.has(object.kind) });
  }
  return found;
}

/** Every container of a pod, init containers included. */
export const containersOf = (pod: PodSpec): Container[] => [...(pod.initContainers ?? []), ...(pod.containers ?? [])];

/** True when every label of the selector is on the pod. */
export const selects = (selector: Record<string, string> | undefined, labels: Record<string, string>): boolean =>
  !!selector && Object.keys(selector).length > 0 && Object.entries(selector).every(([key, value]) => labels[key] === value);

/** The value a container sees for an environment variable, from env or a ConfigMap in envFrom. */
export function envValue(container: Container, name: string, objects: readonly K8sObject[]): string | undefined {
  const direct = container.env?.find((e) => e.name === name);
  if (direct) return direct.value;
  let value: string | undefined;
  for (const source of container.envFrom ?? []) {
    const configMap = objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name === source.configMapRef?.name);
    value = configMap?.data?.[name] ?? value; // later sources win, as in Kubernetes
  }
  return value;
}
