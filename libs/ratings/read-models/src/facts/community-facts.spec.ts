import { ratingsReadModels } from '../read-models.js';
import { foldPlain, project, shuffled, sortedDocs } from '../testing/events.js';
import { disputes, organizations, property, Q1, ratings, scenario } from '../testing/scenario.js';
import type { CommunityFacts } from './community-facts.js';

const { communityRating, countyDashboard } = ratingsReadModels('spec');

describe('the community facts of Qianyue No. 1', () => {
  const events = scenario();
  const facts = project(communityRating, events).get(Q1)!;

  it('keeps each fact under the id of what it is about, with the event it came from', () => {
    expect(facts.registration).toMatchObject({ households: 200, communityUnitId: 'unit-c1' });
    expect(Object.keys(facts.disputes!)).toEqual(['d-1', 'd-2', 'd-3']);
    expect(Object.values(facts.disputes!['d-2']!).map((f) => f.kind).sort()).toEqual(['accepted', 'escalated', 'overdue', 'reported', 'resolved', 'satisfaction']);
    expect(Object.keys(facts.fees!['2025-12']!)).toHaveLength(2);
    expect(facts.contracts!['pc-1']).toMatchObject({ signed: { periodEnd: '2025-12-31' }, renewals: expect.any(Object) });
    expect(facts.receptionDays!['rd-3']).toMatchObject({ scheduled: { scheduledFor: '2025-12-20' }, cancelled: expect.any(Object) });
    expect(facts.awards!['2025-H2']).toMatchObject({ status: 'awarded', stars: 4, rubricVersion: 1, recommendedStars: 3 });
  });

  it('is the same document when every event is delivered twice', () => {
    expect(sortedDocs(project(communityRating, [...events, ...events]))).toEqual(sortedDocs(project(communityRating, events)));
  });

  it('does not depend on the order of the other services’ events (awards come from the service’s own log, in order)', () => {
    const others = [...organizations(), ...property(), ...disputes()];
    const own = ratings();
    const inOrder = foldPlain(communityRating, [...others, ...own]);
    for (const seed of [1, 2, 3]) {
      expect(sortedDocs(foldPlain(communityRating, [...shuffled(others, seed), ...own]))).toEqual(sortedDocs(inOrder));
    }
  });

  it('keeps only the dashboard’s sections in the dashboard rows', () => {
    const row = project(countyDashboard, events).get(Q1) as CommunityFacts;
    expect(Object.keys(row).sort()).toEqual(['awards', 'communityId', 'contracts', 'disputes', 'registration', 'statements']);
  });
});
