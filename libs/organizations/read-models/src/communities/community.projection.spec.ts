import { project, projected, twice } from '../test/projected.js';
import { communitiesProjection } from './community.projection.js';

const registered = {
  type: 'organizations.ResidentialCommunityRegistered',
  data: { communityId: 'e-1', name: 'Yingbin Garden', address: '1 Yingbin Road', households: 640, buildingCount: 12, communityUnitId: 'c-1' },
};
const members = [
  { subjectId: 's-1', role: 'director' },
  { subjectId: 's-2', role: 'deputy_director' },
  { subjectId: 's-3', role: 'member' },
  { subjectId: 's-4', role: 'member' },
  { subjectId: 's-5', role: 'member' },
];
const pilot = { type: 'organizations.PilotDesignated', data: { communityId: 'e-1', designatedOn: '2023-03-01' } };
const elected = { type: 'organizations.OwnersCommitteeElected', data: { communityId: 'e-1', term: 1, members, electedOn: '2023-05-01', termStart: '2023-05-01', termEnd: '2028-04-30' } };
const committeeDissolved = { type: 'organizations.OwnersCommitteeDissolved', data: { communityId: 'e-1', term: 1, dissolvedOn: '2024-06-01', reason: 'mass resignation' } };
const board = { type: 'organizations.SupervisoryBoardFormed', data: { communityId: 'e-1', members: [{ subjectId: 's-9', role: 'chair' }], formedOn: '2023-06-01' } };

describe('the residential communities read model', () => {
  it('shows a pilot estate with its sitting owners committee and supervisory board', () => {
    expect(project(communitiesProjection, projected(registered, pilot, elected, board))['e-1']).toEqual({
      status: 'registered',
      communityId: 'e-1',
      name: 'Yingbin Garden',
      address: '1 Yingbin Road',
      households: 640,
      buildingCount: 12,
      communityUnitId: 'c-1',
      pilot: { since: '2023-03-01' },
      ownersCommittee: { term: 1, members, electedOn: '2023-05-01', termStart: '2023-05-01', termEnd: '2028-04-30' },
      termsElected: 1,
      lastDissolvedOn: null,
      supervisoryBoard: { members: [{ subjectId: 's-9', role: 'chair' }], formedOn: '2023-06-01' },
      propertyCommittee: null,
      revision: 3,
    });
  });

  it('shows no sitting committee once it is dissolved, remembering the terms elected', () => {
    expect(project(communitiesProjection, projected(registered, elected, committeeDissolved))['e-1']).toMatchObject({
      ownersCommittee: null,
      termsElected: 1,
      lastDissolvedOn: '2024-06-01',
    });
  });

  it('gives the same document when every event is delivered twice', () => {
    const events = projected(registered, pilot, elected, committeeDissolved, board);
    expect(project(communitiesProjection, twice(events))).toEqual(project(communitiesProjection, events));
  });
});
