import { fold } from '@linli/domain-kernel';
import { spec } from '../../testing/spec.js';
import { communityAward } from '../community-award.js';
import { starsInForce } from '../state.js';
import { amend, amended, award, awarded, revoke, revoked } from '../testing/fixtures.js';

const { given } = spec(communityAward);

describe('a community holding four stars for 2025', () => {
  it('is not awarded again: the award is amended instead', () => given(awarded()).when(award({ stars: 5 })).thenRejects('AwardAlreadyMade'));

  it('is not awarded again even with the same stars', () => given(awarded()).when(award()).thenRejects('AwardAlreadyMade'));

  it('has its award amended with a reason', () => given(awarded()).when(amend()).then(amended()));

  it('has its award amended far from the recommendation, since an amendment always has a reason', () =>
    given(awarded()).when(amend({ stars: 1 })).then(amended({ stars: 1 })));

  it('does not have its award amended without a reason', () => given(awarded()).when(amend({ reason: ' ' })).thenRejects('ReasonRequired'));

  it.each([0, 7])('does not have its award amended to %p stars', (stars) => given(awarded()).when(amend({ stars })).thenRejects('InvalidStars'));

  it('keeps its award as it is when amended to the stars it holds (a retry)', () =>
    given(awarded()).when(amend({ stars: 4 })).thenNothingHappens());

  it('has its award revoked with a reason', () => given(awarded()).when(revoke()).then(revoked()));

  it('does not have its award revoked without a reason', () => given(awarded()).when(revoke({ reason: '' })).thenRejects('ReasonRequired'));

  it('fails loudly when the application sends another community’s command to this stream', () =>
    given(awarded()).when(amend({ communityId: 'central-capital' })).thenFailsLoudly(/qianyue-1.*central-capital/));

  it('fails loudly when the application sends another period’s command to this stream', () =>
    given(awarded()).when(award({ period: '2025-H2' })).thenFailsLoudly(/2025.*2025-H2/));

  it('holds four stars', () => expect(starsInForce(fold(communityAward, [awarded()]))).toBe(4));
});

describe('a community whose award was amended from four stars to three', () => {
  const history = [awarded(), amended()];

  it('holds three stars', () => expect(starsInForce(fold(communityAward, history))).toBe(3));

  it('is amended again from three stars', () =>
    given(...history).when(amend({ stars: 4, reason: 'ledger corrected and re-verified' })).then(amended({ previousStars: 3, stars: 4, reason: 'ledger corrected and re-verified' })));

  it('keeps three stars when amended to three again', () => given(...history).when(amend()).thenNothingHappens());

  it('has the three stars revoked', () => given(...history).when(revoke()).then(revoked({ stars: 3 })));
});
