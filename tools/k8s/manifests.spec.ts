import { checkedTargets, prepareToolchain, type Toolchain } from './src/check.js';
import type { K8sObject } from './src/objects.js';
import { POLICIES, topicPartitions } from './src/policies.js';
import { render } from './src/render.js';
import { promqlErrors, validateAll } from './src/schemas.js';
import { KUBERNETES_VERSION } from './src/settings.js';

// Every kustomization under k8s/overlays (and a test build with the optional components) is
// rendered with kustomize and must pass the schema checks and every policy. No cluster and no
// network: the first run caches the pinned schemas (and, without kubectl, a kustomize) in .linli/.

let toolchain: Toolchain;

beforeAll(() => {
  toolchain = prepareToolchain();
}, 600_000);

describe.each(checkedTargets())('$name', (target) => {
  let objects: K8sObject[] = [];

  beforeAll(() => {
    objects = render(toolchain.kustomize, target.dir);
  }, 60_000);

  it('renders with kustomize', () => {
    expect(objects.length).toBeGreaterThan(0);
  });

  it(`validates against the Kubernetes ${KUBERNETES_VERSION} schemas and the CRD schemas`, () => {
    expect(validateAll(objects, toolchain.validator)).toEqual([]);
  });

  it('has alert expressions that parse as PromQL', () => {
    expect(promqlErrors(objects)).toEqual([]);
  });

  it.each(POLICIES)('keeps the rule: $rule', (policy) => {
    expect(policy.check(objects)).toEqual([]);
  });
});

const overlay = (name: string): K8sObject[] => {
  const target = checkedTargets().find((t) => t.name === `k8s/overlays/${name}`);
  if (!target) throw new Error(`no overlay ${name}`);
  return render(toolchain.kustomize, target.dir);
};
const SERVICES = ['organizations', 'disputes', 'property-services', 'ratings'];
const named = (objects: K8sObject[], kind: string) => objects.filter((o) => o.kind === kind).map((o) => o.metadata.name).sort();

describe('the dev overlay', () => {
  it('runs one replica of each service and no autoscaler', () => {
    const objects = overlay('dev');
    expect(objects.filter((o) => o.kind === 'Deployment').map((o) => [o.metadata.name, o.spec.replicas])).toEqual(expect.arrayContaining(SERVICES.map((s) => [s, 1])));
    expect(objects.filter((o) => ['HorizontalPodAutoscaler', 'ScaledObject'].includes(o.kind))).toEqual([]);
  });

  it('brings its own PostgreSQL, Kafka and MongoDB', () => {
    expect(named(overlay('dev/infra'), 'StatefulSet')).toEqual(['kafka', 'mongodb', 'postgres']);
  });
});

describe('the prod overlay', () => {
  it('scales the consumer-heavy services on Kafka lag and the others on CPU', () => {
    const objects = overlay('prod');
    expect(named(objects, 'ScaledObject')).toEqual(['disputes', 'ratings']);
    expect(objects.find((o) => o.kind === 'ScaledObject')?.spec.triggers.map((t: { type: string }) => t.type)).toEqual(['kafka', 'cpu']);
    expect(named(objects, 'HorizontalPodAutoscaler')).toEqual(['organizations', 'property-services']);
  });

  it('documents the topic partitions the autoscalers stay within', () => {
    expect(topicPartitions(overlay('prod'))).toBe(3);
  });

  it('takes PostgreSQL and MongoDB from Secrets it does not contain, and Kafka from configuration', () => {
    const objects = overlay('prod');
    const app = objects.find((o) => o.kind === 'Deployment' && o.metadata.name === 'ratings')!.spec.template.spec.containers[0];
    expect(app.env.map((e: { name: string; valueFrom: { secretKeyRef: { name: string } } }) => [e.name, e.valueFrom.secretKeyRef.name])).toEqual([
      ['DATABASE_URL', 'ratings-credentials'],
      ['MONGODB_URI', 'ratings-credentials'],
    ]);
    expect(objects.find((o) => o.kind === 'ConfigMap' && o.metadata.name.startsWith('linli-common-'))?.data?.['KAFKA_BROKERS']).toMatch(/^[^,]+:\d+(,[^,]+:\d+)*$/);
  });

  it('runs migrations and topic creation as jobs before the rollout', () => {
    expect(named(overlay('prod/pre-rollout'), 'Job')).toEqual([...SERVICES.map((s) => `${s}-migrate`), 'linli-topics'].sort());
  });
});
