#!/usr/bin/env node
// Renders every k8s/ overlay and checks it: Kubernetes and CRD schemas, PromQL, and the policies
// of tools/k8s/src/policies.ts. The same checks as `npm run jest -- tools/k8s`, as a report:
//   node tools/k8s/validate.mjs [--json] [<kustomization dir>…]   (default: every overlay)
// The first run downloads the pinned schemas into .linli/k8s (and builds kustomize if kubectl is
// missing); later runs are offline. Exit code 0 when every kustomization passes, 1 otherwise.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./src/cli.ts');
process.exitCode = main(process.argv.slice(2));
