import {
  containersOf, envValue, nameOf, selects, workloads, type Container, type EnvVar, type K8sObject, type PodSpec,
} from './objects.js';

/** One rule every rendered overlay must keep; `check` lists the violations (empty: kept). */
export interface Policy {
  readonly id: string;
  /** The rule as a sentence, used as the test's name. */
  readonly rule: string;
  readonly check: (objects: readonly K8sObject[]) => string[];
}

const where = (o: K8sObject, c?: Container): string => (c ? `${nameOf(o)} container ${c.name}` : nameOf(o));

/** Pod-level settings apply to a container unless the container overrides them. */
const effective = <K extends 'runAsNonRoot' | 'seccompProfile'>(pod: PodSpec, c: Container, key: K) => c.securityContext?.[key] ?? pod.securityContext?.[key];

export const resourcesPolicy: Policy = {
  id: 'resources',
  rule: 'every container requests CPU and memory and has a memory limit',
  check: (objects) =>
    workloads(objects).flatMap(({ object, pod }) =>
      containersOf(pod).flatMap((c) => {
        const missing = [
          c.resources?.requests?.['cpu'] === undefined && 'requests.cpu',
          c.resources?.requests?.['memory'] === undefined && 'requests.memory',
          c.resources?.limits?.['memory'] === undefined && 'limits.memory',
        ].filter(Boolean);
        return missing.length ? [`${where(object, c)} lacks ${missing.join(', ')}`] : [];
      }),
    ),
};

export const probesPolicy: Policy = {
  id: 'probes',
  rule: 'every long-running container has startup, liveness and readiness probes',
  check: (objects) =>
    workloads(objects)
      .filter((w) => w.longRunning)
      .flatMap(({ object, pod }) =>
        pod.containers.flatMap((c) => {
          const missing = (['startupProbe', 'livenessProbe', 'readinessProbe'] as const).filter((p) => !c[p]);
          return missing.length ? [`${where(object, c)} lacks ${missing.join(', ')}`] : [];
        }),
      ),
};

export const securityPolicy: Policy = {
  id: 'security',
  rule: 'every container runs as non-root on a read-only root filesystem, without privilege escalation and with all capabilities dropped',
  check: (objects) =>
    workloads(objects).flatMap(({ object, pod }) =>
      containersOf(pod).flatMap((c) => {
        const sc = c.securityContext ?? {};
        const seccomp = effective(pod, c, 'seccompProfile')?.type;
        const problems = [
          effective(pod, c, 'runAsNonRoot') !== true && 'runAsNonRoot is not true',
          (sc.runAsUser ?? pod.securityContext?.runAsUser) === 0 && 'runAsUser is 0',
          sc.readOnlyRootFilesystem !== true && 'readOnlyRootFilesystem is not true',
          sc.allowPrivilegeEscalation !== false && 'allowPrivilegeEscalation is not false',
          sc.privileged === true && 'privileged is true',
          !sc.capabilities?.drop?.includes('ALL') && 'capabilities do not drop ALL',
          (sc.capabilities?.add?.length ?? 0) > 0 && `capabilities add ${sc.capabilities?.add?.join(', ')}`,
          seccomp !== 'RuntimeDefault' && seccomp !== 'Localhost' && 'seccompProfile is not RuntimeDefault',
        ].filter(Boolean);
        return problems.length ? [`${where(object, c)}: ${problems.join('; ')}`] : [];
      }),
    ),
};

export const serviceAccountTokenPolicy: Policy = {
  id: 'no-api-token',
  rule: 'no pod mounts a Kubernetes API token it does not need',
  check: (objects) =>
    workloads(objects)
      .filter(({ pod }) => pod.automountServiceAccountToken !== false)
      .map(({ object }) => `${nameOf(object)} does not set automountServiceAccountToken: false`),
};

/** name[:tag][@digest], where the registry part may carry a port. */
function imageTag(image: string): { tag?: string; digest?: string } {
  const [ref, digest] = image.split('@') as [string, string | undefined];
  const lastSlash = ref.lastIndexOf('/');
  const colon = ref.indexOf(':', lastSlash + 1);
  return { tag: colon >= 0 ? ref.slice(colon + 1) : undefined, digest };
}

export const pinnedImagesPolicy: Policy = {
  id: 'pinned-images',
  rule: 'every image is pinned to a version tag or a digest, never latest',
  check: (objects) =>
    workloads(objects).flatMap(({ object, pod }) =>
      containersOf(pod).flatMap((c) => {
        if (!c.image) return [`${where(object, c)} has no image`];
        const { tag, digest } = imageTag(c.image);
        if (digest) return [];
        if (!tag) return [`${where(object, c)} image ${c.image} has no tag (means latest)`];
        return /^(latest|stable|main|master|edge|dev)$/i.test(tag) ? [`${where(object, c)} image ${c.image} uses the moving tag ${tag}`] : [];
      }),
    ),
};

const CREDENTIAL_NAME = /(PASSWORD|PASSWD|SECRET|TOKEN|PRIVATE_KEY|API_KEY|CREDENTIALS?)$|^(DATABASE_URL|MONGODB_URI)$/i;
const URL_WITH_PASSWORD = /[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:[^/\s@]+@/i;

export const noLiteralSecretsPolicy: Policy = {
  id: 'no-literal-secrets',
  rule: 'no Secret is rendered and no credential is written as a literal value',
  check: (objects) => {
    const problems: string[] = objects.filter((o) => o.kind === 'Secret').map((o) => `${nameOf(o)} is a Secret in the manifests: create it in the cluster instead (docs/operations.md)`);
    for (const o of objects.filter((x) => x.kind === 'ConfigMap')) {
      for (const [key, value] of Object.entries({ ...o.data })) {
        if (CREDENTIAL_NAME.test(key)) problems.push(`${nameOf(o)} key ${key} looks like a credential: use a Secret`);
        if (URL_WITH_PASSWORD.test(String(value))) problems.push(`${nameOf(o)} key ${key} holds a URL with a password`);
      }
    }
    for (const { object, pod } of workloads(objects)) {
      for (const c of containersOf(pod)) {
        for (const e of c.env ?? ([] as EnvVar[])) {
          if (e.value === undefined) continue;
          if (CREDENTIAL_NAME.test(e.name)) problems.push(`${where(object, c)} env ${e.name} is a literal: use secretKeyRef`);
          if (URL_WITH_PASSWORD.test(e.value)) problems.push(`${where(object, c)} env ${e.name} holds a URL with a password`);
        }
      }
    }
    return problems;
  },
};

/** KAFKA_TOPIC_PARTITIONS from the rendered ConfigMaps (one value expected). */
export function topicPartitions(objects: readonly K8sObject[]): number | undefined {
  const values = new Set(objects.flatMap((o) => (o.kind === 'ConfigMap' && o.data?.['KAFKA_TOPIC_PARTITIONS'] ? [o.data['KAFKA_TOPIC_PARTITIONS']] : [])));
  return values.size === 1 ? Number([...values][0]) : undefined;
}

export const partitionsPolicy: Policy = {
  id: 'replicas-within-partitions',
  rule: 'no autoscaler or fixed replica count goes above the topic partitions',
  check: (objects) => {
    const scaled = objects.filter((o) => ['HorizontalPodAutoscaler', 'ScaledObject'].includes(o.kind) || (o.kind === 'Deployment' && o.spec?.replicas !== undefined));
    if (scaled.length === 0) return [];
    const partitions = topicPartitions(objects);
    if (partitions === undefined || !Number.isInteger(partitions) || partitions < 1) return ['KAFKA_TOPIC_PARTITIONS is not set to one positive integer in the rendered ConfigMaps'];
    return scaled.flatMap((o) => {
      const max = o.kind === 'HorizontalPodAutoscaler' ? o.spec?.maxReplicas : o.kind === 'ScaledObject' ? (o.spec?.maxReplicaCount ?? 100) : o.spec?.replicas;
      return typeof max === 'number' && max <= partitions ? [] : [`${nameOf(o)} may run ${max} replicas, more than the ${partitions} partitions`];
    });
  },
};

function preStopSeconds(c: Container): number | undefined {
  const preStop = c.lifecycle?.preStop;
  if (preStop?.sleep) return preStop.sleep.seconds;
  const command = preStop?.exec?.command ?? [];
  const sleep = command.findIndex((part) => /(^|\/)sleep$/.test(part));
  return sleep >= 0 ? Number(command[sleep + 1]) : undefined;
}

export const gracefulShutdownPolicy: Policy = {
  id: 'graceful-shutdown',
  rule: 'every service pod has a preStop delay and a grace period longer than the delay plus SHUTDOWN_TIMEOUT_MS',
  check: (objects) =>
    workloads(objects)
      .filter((w) => w.object.kind === 'Deployment' && w.podLabels['app.kubernetes.io/component'] === 'api')
      .flatMap(({ object, pod }) =>
        pod.containers.flatMap((c) => {
          const delay = preStopSeconds(c);
          const timeoutMs = Number(envValue(c, 'SHUTDOWN_TIMEOUT_MS', objects) ?? 10_000); // the service kit's default
          const grace = pod.terminationGracePeriodSeconds ?? 30;
          if (delay === undefined) return [`${where(object, c)} has no preStop sleep (the load balancer would still route to a stopping pod)`];
          const needed = delay + timeoutMs / 1000;
          return grace > needed ? [] : [`${where(object, c)}: terminationGracePeriodSeconds ${grace} is not above preStop ${delay} s + SHUTDOWN_TIMEOUT_MS ${timeoutMs / 1000} s`];
        }),
      ),
};

export const companionsPolicy: Policy = {
  id: 'service-companions',
  rule: 'every service has a Service, a PodDisruptionBudget and at most one autoscaler, which then owns the replica count',
  check: (objects) =>
    workloads(objects)
      .filter((w) => w.object.kind === 'Deployment')
      .flatMap(({ object, podLabels }) => {
        const name = object.metadata.name;
        const service = objects.some((o) => o.kind === 'Service' && selects(o.spec?.selector, podLabels));
        const pdb = objects.some((o) => o.kind === 'PodDisruptionBudget' && selects(o.spec?.selector?.matchLabels, podLabels));
        const hpa = objects.some((o) => o.kind === 'HorizontalPodAutoscaler' && o.spec?.scaleTargetRef?.kind === 'Deployment' && o.spec.scaleTargetRef.name === name);
        const keda = objects.some((o) => o.kind === 'ScaledObject' && (o.spec?.scaleTargetRef?.kind ?? 'Deployment') === 'Deployment' && o.spec?.scaleTargetRef?.name === name);
        return [
          !service && `${nameOf(object)} has no Service selecting its pods`,
          !pdb && `${nameOf(object)} has no PodDisruptionBudget`,
          hpa && keda && `${nameOf(object)} is scaled by both an HPA and a KEDA ScaledObject`,
          (hpa || keda) && object.spec?.replicas !== undefined && `${nameOf(object)} sets replicas although an autoscaler owns them`,
        ].filter((p): p is string => typeof p === 'string');
      }),
};

export const networkPolicy: Policy = {
  id: 'network-policies',
  rule: 'traffic is denied by default and every allowed flow names its ports',
  check: (objects) => {
    const policies = objects.filter((o) => o.kind === 'NetworkPolicy');
    const hasPods = workloads(objects).length > 0;
    const denyAll = policies.some((p) => Object.keys(p.spec?.podSelector ?? { x: 1 }).length === 0 && ['Ingress', 'Egress'].every((t) => p.spec?.policyTypes?.includes(t)) && !p.spec?.ingress && !p.spec?.egress);
    const problems = hasPods && !denyAll ? ['no default-deny NetworkPolicy (empty podSelector, Ingress and Egress, no rules)'] : [];
    for (const p of policies) {
      for (const [direction, rules] of [['ingress', p.spec?.ingress], ['egress', p.spec?.egress]] as const) {
        (rules ?? []).forEach((rule: { ports?: unknown[] }, i: number) => {
          if (!rule.ports?.length) problems.push(`${nameOf(p)} ${direction} rule ${i + 1} allows every port`);
        });
      }
    }
    return problems;
  },
};

export const boundedJobsPolicy: Policy = {
  id: 'bounded-jobs',
  rule: 'every job has bounded retries and lifetime and is cleaned up after it finishes',
  check: (objects) =>
    objects.flatMap((o) => {
      const job = o.kind === 'Job' ? o.spec : o.kind === 'CronJob' ? o.spec?.jobTemplate?.spec : undefined;
      if (!job) return [];
      const missing = ['backoffLimit', 'activeDeadlineSeconds', 'ttlSecondsAfterFinished'].filter((k) => job[k] === undefined);
      const concurrent = o.kind === 'CronJob' && o.spec?.concurrencyPolicy !== 'Forbid' ? ['concurrencyPolicy Forbid'] : [];
      const all = [...missing, ...concurrent];
      return all.length ? [`${nameOf(o)} lacks ${all.join(', ')}`] : [];
    }),
};

const CLUSTER_SCOPED = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition', 'PriorityClass', 'StorageClass', 'PersistentVolume']);

export const namespacePolicy: Policy = {
  id: 'one-namespace',
  rule: 'every namespaced object lands in the overlay namespace',
  check: (objects) => {
    const namespaced = objects.filter((o) => !CLUSTER_SCOPED.has(o.kind));
    const namespaces = new Set(namespaced.map((o) => o.metadata.namespace));
    const declared = objects.filter((o) => o.kind === 'Namespace').map((o) => o.metadata.name);
    const problems = namespaced.filter((o) => !o.metadata.namespace).map((o) => `${nameOf(o)} has no namespace`);
    if (namespaces.size > 1) problems.push(`objects are spread over namespaces ${[...namespaces].join(', ')}`);
    for (const ns of declared) if (![...namespaces].every((n) => n === ns || n === undefined)) problems.push(`Namespace ${ns} is declared but objects use ${[...namespaces].join(', ')}`);
    return problems;
  },
};

/** Every policy, in the order the tests list them. */
export const POLICIES: readonly Policy[] = [
  resourcesPolicy,
  probesPolicy,
  securityPolicy,
  serviceAccountTokenPolicy,
  pinnedImagesPolicy,
  noLiteralSecretsPolicy,
  partitionsPolicy,
  gracefulShutdownPolicy,
  companionsPolicy,
  networkPolicy,
  boundedJobsPolicy,
  namespacePolicy,
];
