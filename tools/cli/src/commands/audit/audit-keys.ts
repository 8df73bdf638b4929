import { generateSigningKey, publicKeyPem } from '@linli/audit-postgres';
import { keyIdOf } from '@linli/audit';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT, requireFlag, type CliCommand } from '../../command.js';
import { SIGNING_KEY_HELP, signingKey } from './audit-support.js';

/** `linli audit keygen`: a new Ed25519 notary key pair for tests and demos. */
export const auditKeygenCommand: CliCommand = {
  group: 'audit',
  name: 'keygen',
  summary: 'write a new Ed25519 notary key pair (tests and demos; keep real keys out of the repository)',
  usage: '--out <dir> [--json]\n  Writes <dir>/notary-signing-key.pem (mode 600) and <dir>/notary-public-key.pem; refuses to overwrite.',
  async run(args, out) {
    const dir = requireFlag(args, 'out');
    const privatePath = join(dir, 'notary-signing-key.pem');
    const publicPath = join(dir, 'notary-public-key.pem');
    for (const path of [privatePath, publicPath]) {
      if (existsSync(path)) {
        out.error(`${path} exists already; choose another --out`);
        return EXIT.failed;
      }
    }
    const key = generateSigningKey();
    mkdirSync(dir, { recursive: true });
    writeFileSync(privatePath, key.privateKeyPem, { mode: 0o600 });
    writeFileSync(publicPath, key.publicKeyPem);
    out.print(`key ${key.keyId}\n  signing key: ${privatePath}\n  public key:  ${publicPath}\nUse it with LINLI_AUDIT_SIGNING_KEY_FILE=${privatePath}`, { keyId: key.keyId, signingKeyFile: privatePath, publicKeyFile: publicPath });
    return EXIT.ok;
  },
};

/** `linli audit public-key`: the key auditors check checkpoints and proofs with. */
export const auditPublicKeyCommand: CliCommand = {
  group: 'audit',
  name: 'public-key',
  summary: "print the notary's public key (PEM) and key id, to publish to auditors",
  usage: `[--key-file <pem>] [--json]\n  ${SIGNING_KEY_HELP}`,
  async run(args, out) {
    const key = signingKey(args);
    const pem = publicKeyPem(key);
    out.print(`${pem.trimEnd()}\nkey id: ${keyIdOf(key)}`, { keyId: keyIdOf(key), publicKeyPem: pem });
    return EXIT.ok;
  },
};
