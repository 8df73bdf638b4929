import { memberTransferredV1, unitEstablishedV1 } from '@linli/contracts';
import { ratingsReadModels } from '../read-models.js';
import { project, publicEvent, sortedDocs } from '../testing/events.js';
import { Q1, scenario, YB } from '../testing/scenario.js';

const { governanceHistory } = ratingsReadModels('spec');

describe('the governance history', () => {
  const events = scenario();
  const entries = [...project(governanceHistory, events).values()];

  it('files each event under every community it concerns, across the four services', () => {
    const kinds = (communityId: string) => new Set(entries.filter((e) => e.communityId === communityId).map((e) => `${e.context}/${e.kind}`));
    expect(kinds(Q1)).toEqual(expect.objectContaining({ size: expect.any(Number) }));
    for (const kind of ['organizations/unit-established', 'organizations/community-registered', 'property/contract-signed', 'disputes/dispute-escalated', 'property/statement-published', 'ratings/stars-awarded', 'ratings/award-amended']) {
      expect(kinds(Q1)).toContain(kind);
    }
    expect(kinds(YB)).toEqual(new Set(['organizations/unit-established', 'organizations/community-registered', 'organizations/member-transferred']));
  });

  it('keeps the public fields of an event, never a reason', () => {
    const transfer = publicEvent(memberTransferredV1, {});
    const [to, from] = project(governanceHistory, [transfer]).values();
    expect(to).toMatchObject({ kind: 'member-transferred', details: { memberId: 'm-0f3a', fromCommunityId: 'rc-qianyue-1' } });
    expect(from!.communityId).toBe('rc-qianyue-1');
    const amended = entries.find((e) => e.kind === 'award-amended')!;
    expect(amended.details).not.toHaveProperty('reason');
  });

  it('never changes an entry: a replay or a duplicate leaves the same documents', () => {
    const branch = publicEvent(unitEstablishedV1, { servedCommunityIds: ['a', 'b'] });
    expect(sortedDocs(project(governanceHistory, [branch, branch]))).toEqual(sortedDocs(project(governanceHistory, [branch])));
    expect(sortedDocs(project(governanceHistory, [...events, ...events]))).toEqual(sortedDocs(project(governanceHistory, events)));
  });

  it('orders entries by business time, then position, as text', () => {
    const sorted = entries.filter((e) => e.communityId === Q1).map((e) => e.sort);
    expect(sorted.every((key) => /^\d{4}-\d{2}-\d{2}T.*\|\d{20}$/.test(key))).toBe(true);
  });
});
