import { ConfigError } from '@linli/service-kit';
import { parseLedgerConfig } from './ledger-config.js';

describe('the ledger configuration', () => {
  it('gives statements 15 days after their period by default', () => expect(parseLedgerConfig({})).toEqual({ publicationDeadlineDays: 15 }));

  it('takes another deadline from STATEMENT_PUBLICATION_DEADLINE_DAYS', () =>
    expect(parseLedgerConfig({ STATEMENT_PUBLICATION_DEADLINE_DAYS: '30' })).toEqual({ publicationDeadlineDays: 30 }));

  it.each(['-1', '1.5', 'soon', '400'])('stops the start on %s, naming the variable', (value) => {
    expect(() => parseLedgerConfig({ STATEMENT_PUBLICATION_DEADLINE_DAYS: value })).toThrow(ConfigError);
    expect(() => parseLedgerConfig({ STATEMENT_PUBLICATION_DEADLINE_DAYS: value })).toThrow(/STATEMENT_PUBLICATION_DEADLINE_DAYS/);
  });
});
