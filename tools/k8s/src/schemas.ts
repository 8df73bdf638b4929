import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ajv2020Module, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import formatsModule from 'ajv-formats';
import { parser as promql } from '@prometheus-io/lezer-promql';
import { ScaledObject } from '@kubernetes-models/keda/keda.sh/v1alpha1/ScaledObject';
import { PodMonitor } from '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PodMonitor';
import { PrometheusRule } from '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PrometheusRule';
import { ServiceMonitor } from '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/ServiceMonitor';
import { nameOf, type K8sObject } from './objects.js';

const Ajv2020 = ajv2020Module.default;
const addFormats = formatsModule.default;

/** Validates one object; returns readable errors (empty when valid). */
export type Validator = (object: K8sObject) => string[];

/**
 * Built-in kinds against the strict JSON schemas of the pinned Kubernetes version (from the
 * kubernetes-validate wheel): wrong types, missing required fields and unknown fields all fail.
 */
export function kubernetesSchemaValidator(schemaDir: string): Validator {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  // The kind schemas refer to their shared definitions as /api/_definitions.json under their $id.
  ajv.addSchema(JSON.parse(readFileSync(join(schemaDir, '_definitions.json'), 'utf8')), 'https://kubernetes.io/api/_definitions.json');
  const compiled = new Map<string, ValidateFunction | null>();
  return (object) => {
    const file = schemaFileName(object);
    if (!compiled.has(file)) {
      const path = join(schemaDir, file);
      compiled.set(file, existsSync(path) ? ajv.compile(JSON.parse(readFileSync(path, 'utf8'))) : null);
    }
    const validate = compiled.get(file);
    if (!validate) return [`${nameOf(object)}: no Kubernetes schema for ${object.apiVersion} ${object.kind} (${file})`];
    return validate(object) ? [] : formatErrors(object, validate.errors ?? []);
  };
}

/** deployment-apps-v1.json, service-v1.json, networkpolicy-networking-v1.json (the wheel's naming). */
export const schemaFileName = (object: K8sObject): string =>
  `${String(object.kind).toLowerCase()}-${String(object.apiVersion).replace(/^([^./]*)(?:\.[^/]*)?\//, '$1-')}.json`;

function formatErrors(object: K8sObject, errors: readonly ErrorObject[]): string[] {
  // With oneOf/anyOf ajv reports every branch; the first few messages name the real mistake.
  return errors.slice(0, 5).map((e) => {
    const extra = e.keyword === 'additionalProperties' ? ` (${(e.params as { additionalProperty: string }).additionalProperty})` : '';
    return `${nameOf(object)}: ${e.instancePath || '/'} ${e.message}${extra}`;
  });
}

interface CrdModel {
  validate(): void;
}
type CrdModelClass = new (data: object) => CrdModel;

/**
 * Custom resources against the schemas generated from their projects' API types, shipped in the
 * @kubernetes-models npm packages. These schemas check types, enums and required fields; unlike
 * the built-in ones they accept unknown fields.
 */
export const CRD_MODELS: Readonly<Record<string, CrdModelClass>> = {
  'keda.sh/v1alpha1/ScaledObject': ScaledObject as unknown as CrdModelClass,
  'monitoring.coreos.com/v1/ServiceMonitor': ServiceMonitor as unknown as CrdModelClass,
  'monitoring.coreos.com/v1/PodMonitor': PodMonitor as unknown as CrdModelClass,
  'monitoring.coreos.com/v1/PrometheusRule': PrometheusRule as unknown as CrdModelClass,
};

/** Kinds that are deliberately not schema-checked, with the reason (none today). */
export const SKIPPED_KINDS: Readonly<Record<string, string>> = {};

const typeKey = (object: K8sObject): string => `${object.apiVersion}/${object.kind}`;

/** True for kinds served by a custom resource definition (a group with a dot, outside *.k8s.io). */
export const isCustomResource = (object: K8sObject): boolean => {
  const [group, version] = String(object.apiVersion).split('/');
  if (version === undefined) return false; // "v1": the core group
  return !!group && group.includes('.') && !group.endsWith('.k8s.io');
};

export function validateCustomResource(object: K8sObject): string[] {
  const Model = CRD_MODELS[typeKey(object)];
  if (!Model) return SKIPPED_KINDS[typeKey(object)] ? [] : [`${nameOf(object)}: no CRD schema for ${typeKey(object)} (add one, or list it in SKIPPED_KINDS with the reason)`];
  try {
    new Model(object).validate();
    return [];
  } catch (error) {
    return [`${nameOf(object)}: ${(error as Error).message}`];
  }
}

/** Every object through the right validator. */
export function validateAll(objects: readonly K8sObject[], kubernetes: Validator): string[] {
  return objects.flatMap((o) => (isCustomResource(o) ? validateCustomResource(o) : kubernetes(o)));
}

/** PromQL syntax of every alert and recording rule, with Prometheus's own (lezer) grammar. */
export function promqlErrors(objects: readonly K8sObject[]): string[] {
  const errors: string[] = [];
  for (const rule of objects.filter((o) => o.kind === 'PrometheusRule')) {
    for (const group of rule.spec?.groups ?? []) {
      for (const r of group.rules ?? []) {
        const expr = String(r.expr ?? '');
        const at = firstSyntaxError(expr);
        if (at !== undefined) errors.push(`${nameOf(rule)} ${r.alert ?? r.record}: PromQL syntax error at ${at}: ${JSON.stringify(expr.slice(Math.max(0, at - 20), at + 20))}`);
      }
    }
  }
  return errors;
}

function firstSyntaxError(expr: string): number | undefined {
  if (expr.trim() === '') return 0;
  let at: number | undefined;
  promql.parse(expr).iterate({
    enter: (node) => {
      if (node.type.isError && at === undefined) at = node.from;
    },
  });
  return at;
}
