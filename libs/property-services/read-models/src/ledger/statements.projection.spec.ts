import { fold } from '@linli/domain-kernel';
import { communityLedger, type CommunityLedgerEvent, type StatementPublished } from '@linli/property-services-domain';
import { COMMUNITY_ID, expenditureRecorded, feesRecorded, revenueRecorded } from '../testing/fixtures.js';
import { expectSameDocumentsWhenDeliveredTwice, logOf, OCCURRED_AT, project } from '../testing/projection-spec.js';
import { statementsProjection } from './statements.projection.js';

const history: CommunityLedgerEvent[] = [revenueRecorded(), expenditureRecorded(), feesRecorded()];
const metadata = { now: '2026-04-08T02:00:00Z', actor: { id: 'a', role: 'owners_committee', orgUnitId: 'u' }, correlationId: 'c', causationId: 'c' };
// The event the domain itself publishes for the first quarter, seal included.
const [published] = communityLedger.decide({ type: 'PublishStatement', data: { communityId: COMMUNITY_ID, period: '2026-Q1' }, metadata }, fold(communityLedger, history)) as [
  StatementPublished,
];

describe('the statements read model', () => {
  it('keeps a published statement with its figures, seal and schedule', () =>
    expect(project(statementsProjection, logOf(...history, published))).toEqual({
      [`${COMMUNITY_ID}:2026-Q1`]: { ...published.data, publishedAt: OCCURRED_AT },
    }));

  it('states what the domain computed: totals, on time, sealed', () =>
    expect(project(statementsProjection, logOf(published))[`${COMMUNITY_ID}:2026-Q1`]).toMatchObject({
      revenueFen: 360_000,
      expenditureFen: 150_000,
      netFen: 210_000,
      publishedOn: '2026-04-08',
      deadline: '2026-04-15',
      onTime: true,
      seal: expect.stringMatching(/^[0-9a-f]{64}$/),
    }));

  it('gives the same document when every event is delivered twice', () =>
    expectSameDocumentsWhenDeliveredTwice(statementsProjection, logOf(...history, published)));
});
