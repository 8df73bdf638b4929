import { join } from 'node:path';
import { DEV_ROOT_UNIT, ensureDevKeyPair, isRole, ROLES, signDevToken } from '@linli/security';
import { EXIT, requireFlag, UsageError, type CliCommand } from '../command.js';

const ID = /^[A-Za-z0-9._:-]{1,128}$/;
const MAX_TTL_SECONDS = 7 * 24 * 3600;

/** `linli auth token`: signs a dev token with the local dev key (`.linli/auth/`), for `npm start`, the demo and curl. */
export const authTokenCommand: CliCommand = {
  group: 'auth',
  name: 'token',
  summary: 'sign a dev bearer token (services started with AUTH_MODE=dev accept it)',
  usage: `--role <${ROLES.join('|')}> [--unit <org unit id, default ${DEV_ROOT_UNIT} = the whole county>] [--sub <subject>] [--ttl <seconds, default 3600>] [--json]`,
  async run(args, out) {
    const role = requireFlag(args, 'role');
    if (!isRole(role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
    const unitId = optional(args.flags['unit'], 'unit') ?? DEV_ROOT_UNIT;
    const subject = optional(args.flags['sub'], 'sub') ?? `dev-${role}`;
    const ttlSeconds = ttl(args.flags['ttl']);
    const pair = await ensureDevKeyPair(process.env['AUTH_DEV_KEY_DIR']?.trim() || join(process.cwd(), '.linli', 'auth'));
    const token = await signDevToken(pair.privateKeyPem, { subject, role, unitId, ttlSeconds });
    out.print(token, { token, subject, role, unit: unitId, expiresInSeconds: ttlSeconds });
    return EXIT.ok;
  },
};

function optional(value: string | true | undefined, name: string): string | undefined {
  if (value === undefined) return undefined;
  if (value === true || !ID.test(value)) throw new UsageError(`--${name} must be 1–128 letters, digits or . _ : -`);
  return value;
}

function ttl(value: string | true | undefined): number {
  if (value === undefined) return 3600;
  if (value === true || !/^\d+$/.test(value) || Number(value) < 1 || Number(value) > MAX_TTL_SECONDS) throw new UsageError(`--ttl must be a number of seconds between 1 and ${MAX_TTL_SECONDS}`);
  return Number(value);
}
