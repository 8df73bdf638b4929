import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { checkObjects, prepareToolchain, type Toolchain } from './src/check.js';
import type { K8sObject } from './src/objects.js';
import { POLICIES, type Policy } from './src/policies.js';
import { parseManifests, render } from './src/render.js';
import { promqlErrors, validateAll } from './src/schemas.js';
import { K8S_TOOLS_DIR } from './src/settings.js';

// The checks are only worth something if they fail: fixtures/broken is rendered like an overlay
// and every policy and schema check must name its mistake there.

let toolchain: Toolchain;
let broken: K8sObject[] = [];

beforeAll(() => {
  toolchain = prepareToolchain();
  broken = render(toolchain.kustomize, join(K8S_TOOLS_DIR, 'fixtures', 'broken'));
}, 600_000);

/** What each policy must report about fixtures/broken. */
const EXPECTED: Record<string, string[]> = {
  resources: ['Deployment/careless container app lacks requests.cpu, requests.memory, limits.memory', 'Deployment/careless container wait lacks'],
  probes: ['Deployment/careless container app lacks startupProbe, livenessProbe, readinessProbe'],
  security: ['runAsNonRoot is not true; runAsUser is 0; readOnlyRootFilesystem is not true; allowPrivilegeEscalation is not false; privileged is true; capabilities do not drop ALL; capabilities add NET_ADMIN; seccompProfile is not RuntimeDefault'],
  'no-api-token': ['Deployment/careless does not set automountServiceAccountToken: false'],
  'pinned-images': ['image ghcr.io/linli/careless:latest uses the moving tag latest', 'image busybox has no tag'],
  'no-literal-secrets': ['Secret/committed-by-mistake is a Secret', 'ConfigMap/settings key MONGODB_URI looks like a credential', 'ConfigMap/settings key MONGODB_URI holds a URL with a password', 'env DATABASE_URL is a literal', 'env DATABASE_URL holds a URL with a password'],
  'replicas-within-partitions': ['HorizontalPodAutoscaler/careless may run 10 replicas, more than the 3 partitions', 'ScaledObject/careless may run 12 replicas', 'Deployment/careless may run 5 replicas'],
  'graceful-shutdown': ['Deployment/careless container app has no preStop sleep'],
  'service-companions': ['has no Service selecting its pods', 'has no PodDisruptionBudget', 'is scaled by both an HPA and a KEDA ScaledObject', 'sets replicas although an autoscaler owns them'],
  'network-policies': ['no default-deny NetworkPolicy', 'NetworkPolicy/open-door ingress rule 1 allows every port'],
  'bounded-jobs': ['Job/forever lacks backoffLimit, activeDeadlineSeconds, ttlSecondsAfterFinished'],
  'one-namespace': ['Deployment/careless has no namespace'],
};

describe('each policy on a deliberately broken build', () => {
  it('has an expectation for every policy', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(POLICIES.map((p) => p.id).sort());
  });

  it.each(POLICIES.map((policy) => [policy.rule, policy] as [string, Policy]))('catches what breaks the rule: %s', (_rule, policy) => {
    const found = policy.check(broken).join('\n');
    for (const expected of EXPECTED[policy.id]!) expect(found).toContain(expected);
  });
});

describe('the schema checks on a deliberately broken build', () => {
  it('reject wrong types and unknown fields of built-in kinds', () => {
    const errors = validateAll(broken, toolchain.validator).join('\n');
    expect(errors).toMatch(/Service\/elsewhere: \/spec\/ports\/0\/port must be integer/);
    expect(errors).toMatch(/Service\/elsewhere: \/spec\/ports\/0 must NOT have additional properties \(portocol\)/);
  });

  it('reject a custom resource that breaks its CRD schema', () => {
    expect(validateAll(broken, toolchain.validator).join('\n')).toMatch(/ScaledObject\/careless: .*maxReplicaCount must be integer/);
  });

  it('refuse a custom resource they have no schema for', () => {
    expect(validateAll(broken, toolchain.validator).join('\n')).toContain('Widget/unknown-crd: no CRD schema for example.com/v1/Widget');
  });

  it('reject an alert whose PromQL does not parse', () => {
    expect(promqlErrors(broken).join('\n')).toContain('PrometheusRule/typo Unbalanced: PromQL syntax error');
  });

  it('fail the build as a whole, as validate.mjs would', () => {
    expect(checkObjects(broken, toolchain.validator).length).toBe(POLICIES.length + 2);
  });
});

describe('validate.mjs, the command for people', () => {
  it('exits non-zero and names the mistakes of a broken build', () => {
    const result = spawnSync(process.execPath, [join(K8S_TOOLS_DIR, 'validate.mjs'), join(K8S_TOOLS_DIR, 'fixtures', 'broken')], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('✗ tools/k8s/fixtures/broken');
    expect(result.stdout).toContain('image ghcr.io/linli/careless:latest uses the moving tag latest');
  }, 60_000);
});

describe('the policies on small cases', () => {
  const deployment = (container: object, pod: object = {}) =>
    parseManifests(JSON.stringify({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'x' }, spec: { template: { metadata: { labels: { 'app.kubernetes.io/component': 'api' } }, spec: { containers: [{ name: 'app', ...container }], ...pod } } } }));
  const rule = (id: string) => POLICIES.find((p) => p.id === id)!;

  it('accept an image pinned by digest or by a tag behind a registry port', () => {
    expect(rule('pinned-images').check(deployment({ image: 'registry.local:5000/linli/app:1.2.3' }))).toEqual([]);
    expect(rule('pinned-images').check(deployment({ image: 'registry.local:5000/linli/app' })).join()).toContain('has no tag');
  });

  it('read a preStop exec sleep as well as the sleep action', () => {
    const pod = { terminationGracePeriodSeconds: 12 };
    const exec = { lifecycle: { preStop: { exec: { command: ['sleep', '5'] } } }, env: [{ name: 'SHUTDOWN_TIMEOUT_MS', value: '5000' }] };
    expect(rule('graceful-shutdown').check(deployment(exec, pod))).toEqual([]);
    expect(rule('graceful-shutdown').check(deployment(exec, { terminationGracePeriodSeconds: 10 })).join()).toContain('is not above preStop 5 s + SHUTDOWN_TIMEOUT_MS 5 s');
  });

  it('count the service kit default of 10 s when SHUTDOWN_TIMEOUT_MS is not set', () => {
    const container = { lifecycle: { preStop: { sleep: { seconds: 5 } } } };
    expect(rule('graceful-shutdown').check(deployment(container, { terminationGracePeriodSeconds: 15 })).join()).toContain('SHUTDOWN_TIMEOUT_MS 10 s');
    expect(rule('graceful-shutdown').check(deployment(container, { terminationGracePeriodSeconds: 16 }))).toEqual([]);
  });

  it("count Kubernetes' default grace period of 30 s when the pod does not set one", () => {
    const container = { lifecycle: { preStop: { sleep: { seconds: 5 } } }, env: [{ name: 'SHUTDOWN_TIMEOUT_MS', value: '30000' }] };
    expect(rule('graceful-shutdown').check(deployment(container)).join()).toContain('terminationGracePeriodSeconds 30 is not above');
  });

  it('take runAsNonRoot and seccomp from the pod when the container does not say', () => {
    const container = { securityContext: { readOnlyRootFilesystem: true, allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } } };
    expect(rule('security').check(deployment(container, { securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } } }))).toEqual([]);
  });
});
