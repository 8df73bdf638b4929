import { COMMUNITY_ID, contractSigned, feesRecorded, revenueRecorded, tenderRecorded } from '../testing/fixtures.js';
import { expectSameDocumentsWhenDeliveredTwice, logOf, OCCURRED_AT, project } from '../testing/projection-spec.js';
import { communitiesProjection } from './communities.projection.js';

const OTHER = '0193a5c0-0000-7000-8000-000000000002';

describe('the communities seen by property services', () => {
  it('knows a community from its first tender, and keeps its tenders', () =>
    expect(project(communitiesProjection, logOf(tenderRecorded(), tenderRecorded({ tenderId: 'tender-2', biddersCount: 1 })))).toEqual({
      [COMMUNITY_ID]: {
        communityId: COMMUNITY_ID,
        firstSeenAt: OCCURRED_AT,
        hasContractsRecord: true,
        keepsLedger: false,
        tenders: [
          { tenderId: 'tender-1', tenderDate: '2025-12-20', biddersCount: 3, selectedCompanyId: tenderRecorded().data.selectedCompanyId },
          { tenderId: 'tender-2', tenderDate: '2025-12-20', biddersCount: 1, selectedCompanyId: tenderRecorded().data.selectedCompanyId },
        ],
      },
    }));

  it('knows a community that only keeps a ledger, without a contract', () =>
    expect(project(communitiesProjection, logOf(feesRecorded({ communityId: OTHER }))))
      .toEqual({ [OTHER]: { communityId: OTHER, firstSeenAt: OCCURRED_AT, hasContractsRecord: false, keepsLedger: true, tenders: [] } }));

  it('remembers when it first saw a community', () =>
    expect(project(communitiesProjection, logOf(revenueRecorded(), [contractSigned(), '2026-09-01T00:00:00.000Z']))[COMMUNITY_ID]).toMatchObject({
      firstSeenAt: OCCURRED_AT,
      hasContractsRecord: true,
      keepsLedger: true,
    }));

  it('gives the same document when every event is delivered twice', () =>
    expectSameDocumentsWhenDeliveredTwice(communitiesProjection, logOf(tenderRecorded(), contractSigned(), feesRecorded(), feesRecorded({ communityId: OTHER }))));
});
