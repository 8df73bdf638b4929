import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { keyIdOf } from '@linli/audit';

/** A new Ed25519 key pair as PEM (for tests and demos; production keys come from a vault). */
export function generateSigningKey(): { privateKeyPem: string; publicKeyPem: string; keyId: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    keyId: keyIdOf(publicKey),
  };
}

function ed25519(key: KeyObject, what: string): KeyObject {
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`${what} must be an Ed25519 key, not ${key.asymmetricKeyType ?? 'a symmetric key'}`);
  return key;
}

/**
 * The notary's signing key from configuration: a file path (`file`) or the PEM itself (`pem`),
 * e.g. from LINLI_AUDIT_SIGNING_KEY_FILE / LINLI_AUDIT_SIGNING_KEY. Never from the repository.
 */
export function loadSigningKey(source: { file?: string; pem?: string }, name: string): KeyObject {
  const pem = source.file ? readFileSync(source.file, 'utf8') : source.pem;
  if (!pem) throw new Error(`${name} is not set`);
  try {
    return ed25519(createPrivateKey(pem), name);
  } catch (error) {
    throw new Error(`${name} is not a PEM private key: ${(error as Error).message}`, { cause: error });
  }
}

/** A public key from a PEM file (or the public half of a private key file). */
export function loadPublicKey(file: string): KeyObject {
  const pem = readFileSync(file, 'utf8');
  try {
    return ed25519(createPublicKey(pem), file);
  } catch (error) {
    throw new Error(`${file} is not a PEM public key: ${(error as Error).message}`, { cause: error });
  }
}

export const publicKeyPem = (key: KeyObject): string => createPublicKey(key).export({ type: 'spki', format: 'pem' }).toString();
