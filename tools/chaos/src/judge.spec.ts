import { judgeCommands, oneAppend, type StoredRow } from './judge.js';

// Positions are (xid << 20) + ordinal: events of one append share the xid.
const at = (xid: number, ordinal: number) => ((BigInt(xid) << 20n) + BigInt(ordinal)).toString();
const row = (key: string, stream: string, revision: number, xid: number, ordinal = 1, type = 'organizations.PilotDesignated'): StoredRow => ({
  key,
  stream_name: stream,
  stream_revision: String(revision),
  global_position: at(xid, ordinal),
  event_type: type,
});
const command = (key: string, outcome: 'acknowledged' | 'rejected' | 'uncertain', events: string[] = []) => ({ key, what: 'designate-pilot', outcome, status: { acknowledged: 200, rejected: 409, uncertain: 0 }[outcome], events });

describe('the oracle on commands', () => {
  it('passes acknowledged commands stored once, rejected ones not stored, and uncertain ones stored whole or not at all', () => {
    // given what the clients were told and what the store holds
    const records = [command('a', 'acknowledged', ['organizations.PilotDesignated']), command('b', 'rejected'), command('c', 'uncertain'), command('d', 'uncertain')];
    const rows = [row('a', 's1', 0, 10), row('c', 's2', 3, 11, 1, 'organizations.UnitEstablished'), row('c', 's2', 4, 11, 2, 'organizations.UnitRenamed')];
    // when judged
    const verdict = judgeCommands(records, rows);
    // then nothing is wrong, and one uncertain command is counted as applied
    expect(verdict).toEqual({ problems: [], appliedUncertain: 1 });
  });

  it('finds an acknowledged command that is missing or stored twice', () => {
    const records = [command('lost', 'acknowledged', ['organizations.PilotDesignated']), command('twice', 'acknowledged', ['organizations.PilotDesignated'])];
    const rows = [row('twice', 's1', 0, 10), row('twice', 's1', 1, 12)];
    const { problems } = judgeCommands(records, rows);
    expect(problems).toEqual([
      expect.stringMatching(/lost acknowledged \[organizations.PilotDesignated\] but stored \[\]/),
      expect.stringMatching(/twice: its 2 events are not one append/),
      expect.stringMatching(/twice acknowledged \[organizations.PilotDesignated\] but stored \[organizations.PilotDesignated,organizations.PilotDesignated\]/),
    ]);
  });

  it('finds a rejected command that was stored and a stored command nobody sent', () => {
    const { problems } = judgeCommands([command('no', 'rejected')], [row('no', 's1', 0, 10), row('ghost', 's2', 0, 11)]);
    expect(problems).toEqual([expect.stringMatching(/no was rejected \(409\) but stored 1 events/), expect.stringMatching(/1 stored commands were never sent by this run \(e.g. ghost\)/)]);
  });

  it('tells one append from events spread over transactions, streams or revisions with a gap', () => {
    expect(oneAppend([row('k', 's', 5, 7, 1), row('k', 's', 6, 7, 2)])).toBe(true);
    expect(oneAppend([row('k', 's', 5, 7, 1), row('k', 's', 6, 8, 1)])).toBe(false); // two transactions: partial then retried
    expect(oneAppend([row('k', 's', 5, 7, 1), row('k', 't', 6, 7, 2)])).toBe(false);
    expect(oneAppend([row('k', 's', 5, 7, 1), row('k', 's', 7, 7, 2)])).toBe(false);
  });
});
