import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Pinned versions and the layout tools/k8s works in. Everything downloaded lands under the
// git-ignored .linli/ folder, so a second run is offline.

export const K8S_TOOLS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const ROOT = resolve(K8S_TOOLS_DIR, '../..');
export const MANIFESTS_DIR = join(ROOT, 'k8s');
export const CACHE_DIR = join(ROOT, '.linli', 'k8s');
export const BIN_DIR = join(ROOT, '.linli', 'bin');

/** The Kubernetes version whose OpenAPI schemas every rendered object must satisfy. */
export const KUBERNETES_VERSION = '1.31.0';

/** Where those schemas come from: a PyPI wheel pinned by version and hash in requirements.txt. */
export const SCHEMA_PACKAGE = 'kubernetes-validate==1.37.0';
export const REQUIREMENTS_FILE = join(K8S_TOOLS_DIR, 'requirements.txt');

/** Strict schemas: an unknown field is an error, as with `kubectl apply --validate=strict`. */
export const SCHEMA_FLAVOUR = `v${KUBERNETES_VERSION}-local-strict`;

/** The Go module that builds kustomize when kubectl is not on the PATH. */
export const KUSTOMIZE_MODULE_DIR = join(K8S_TOOLS_DIR, 'kustomize');
