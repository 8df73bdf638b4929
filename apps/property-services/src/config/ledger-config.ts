import type { FactoryProvider } from '@nestjs/common';
import { DEFAULT_PUBLICATION_DEADLINE_DAYS } from '@linli/property-services-domain';
import { ConfigError } from '@linli/service-kit';

/** Settings of the public ledger, parsed once at start-up. */
export interface LedgerConfig {
  /** Days after a period ends within which its statement counts as published on schedule. */
  readonly publicationDeadlineDays: number;
}

export const LEDGER_CONFIG = Symbol('LEDGER_CONFIG');

const VARIABLE = 'STATEMENT_PUBLICATION_DEADLINE_DAYS';

/** Reads `STATEMENT_PUBLICATION_DEADLINE_DAYS` (default 15, a whole number 0–366); a bad value stops the start. */
export function parseLedgerConfig(env: NodeJS.ProcessEnv): LedgerConfig {
  const raw = env[VARIABLE];
  if (raw === undefined || raw === '') return { publicationDeadlineDays: DEFAULT_PUBLICATION_DEADLINE_DAYS };
  const days = Number(raw);
  if (!/^\d{1,3}$/.test(raw) || days > 366) throw new ConfigError(VARIABLE, `must be a whole number of days from 0 to 366, not ${raw}`);
  return { publicationDeadlineDays: days };
}

export const ledgerConfigProvider: FactoryProvider<LedgerConfig> = {
  provide: LEDGER_CONFIG,
  useFactory: () => parseLedgerConfig(process.env),
};
