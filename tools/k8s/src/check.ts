import { join } from 'node:path';
import type { K8sObject } from './objects.js';
import { POLICIES } from './policies.js';
import { overlayTargets, render, type Target } from './render.js';
import { kubernetesSchemaValidator, promqlErrors, validateAll, type Validator } from './schemas.js';
import { K8S_TOOLS_DIR, KUBERNETES_VERSION, SCHEMA_PACKAGE } from './settings.js';
import { ensureKustomize, ensureSchemas, type Kustomize } from './toolchain.js';

/** What a check needs, obtained once (downloads and builds only on the first run). */
export interface Toolchain {
  readonly kustomize: Kustomize;
  readonly validator: Validator;
  readonly description: string;
}

export function prepareToolchain(): Toolchain {
  const kustomize = ensureKustomize();
  const schemaDir = ensureSchemas();
  return {
    kustomize,
    validator: kubernetesSchemaValidator(schemaDir),
    description: `${kustomize.description}; Kubernetes ${KUBERNETES_VERSION} strict schemas from ${SCHEMA_PACKAGE}; CRDs from @kubernetes-models`,
  };
}

/** The kustomizations checked: every overlay, plus a test build with the optional components. */
export const checkedTargets = (): Target[] => overlayTargets([join(K8S_TOOLS_DIR, 'fixtures', 'optional-components')]);

/** The outcome for one kustomization; `problems` is empty when everything holds. */
export interface TargetReport {
  readonly target: Target;
  readonly objects: number;
  readonly problems: readonly { readonly check: string; readonly messages: readonly string[] }[];
}

/** The schema checks and every policy over already rendered objects. */
export function checkObjects(objects: readonly K8sObject[], validator: Validator): TargetReport['problems'] {
  const checks = [
    { check: `schemas (Kubernetes ${KUBERNETES_VERSION} and CRDs)`, messages: validateAll(objects, validator) },
    { check: 'PromQL of the alert rules', messages: promqlErrors(objects) },
    ...POLICIES.map((policy) => ({ check: policy.rule, messages: policy.check(objects) })),
  ];
  return checks.filter((c) => c.messages.length > 0);
}

export function checkTarget(toolchain: Toolchain, target: Target): TargetReport {
  let objects: K8sObject[];
  try {
    objects = render(toolchain.kustomize, target.dir);
  } catch (error) {
    return { target, objects: 0, problems: [{ check: 'renders with kustomize', messages: [(error as Error).message] }] };
  }
  return { target, objects: objects.length, problems: checkObjects(objects, toolchain.validator) };
}
