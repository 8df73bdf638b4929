import type { CliCommand } from '../../command.js';
import { auditAsOfCommand } from './audit-as-of.js';
import { auditExplainCommand } from './audit-explain.js';
import { auditKeygenCommand, auditPublicKeyCommand } from './audit-keys.js';
import { auditNotarizeCommand } from './audit-notarize.js';
import { auditCheckCommand, auditExportCommand } from './audit-pack.js';
import { auditCheckProofCommand, auditProveCommand } from './audit-prove.js';
import { auditVerifyCommand } from './audit-verify.js';

/** The auditors' commands (`linli audit …`), in the order help lists them. */
export const auditCommands: readonly CliCommand[] = [
  auditKeygenCommand,
  auditPublicKeyCommand,
  auditNotarizeCommand,
  auditVerifyCommand,
  auditProveCommand,
  auditCheckProofCommand,
  auditAsOfCommand,
  auditExplainCommand,
  auditExportCommand,
  auditCheckCommand,
];
