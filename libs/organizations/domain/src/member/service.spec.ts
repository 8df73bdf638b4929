import { deciderSpec } from '@linli/domain-kernel/testing';
import { hoursRecorded, postTaken, recordHours, reportedBack, takePost } from '../test/members.js';
import { memberDecider } from './member.js';

const { given } = deciderSpec(memberDecider);
const left = { type: 'organizations.MemberLeft', data: { memberId: 'm-1', branchUnitId: 'branch-1', leftOn: '2025-04-01', reason: 'moved' } } as const;
const relinquish = { type: 'RelinquishServicePost', data: { memberId: 'm-1', relinquishedOn: '2025-01-01' }, metadata: takePost().metadata } as const;

describe('service posts', () => {
  it('an active member takes a post', () => given(reportedBack()).when(takePost()).then(postTaken()));

  it('taking the same post again changes nothing', () => given(reportedBack(), postTaken()).when(takePost()).thenNothingHappens());

  it('one post at a time', () => given(reportedBack(), postTaken()).when(takePost({ post: 'mediator' })).thenRejects('AlreadyHoldsServicePost'));

  it('a post is relinquished', () =>
    given(reportedBack(), postTaken())
      .when(relinquish)
      .then({ type: 'organizations.ServicePostRelinquished', data: { memberId: 'm-1', branchUnitId: 'branch-1', post: 'building leader', relinquishedOn: '2025-01-01' } }));

  it('there is no post to relinquish', () => given(reportedBack()).when(relinquish).thenRejects('NoServicePost'));

  it('a member who left takes no post', () => given(reportedBack(), left).when(takePost({ takenOn: '2025-05-01' })).thenRejects('MemberNotActive'));
});

describe('service hours', () => {
  it('records hours served on a day', () => given(reportedBack()).when(recordHours()).then(hoursRecorded()));

  it('refuses zero or negative hours', () => {
    given(reportedBack()).when(recordHours({ hours: 0 })).thenRejects('InvalidServiceHours');
    given(reportedBack()).when(recordHours({ hours: -1 })).thenRejects('InvalidServiceHours');
  });

  it('refuses more than a day holds, in one record or several', () => {
    given(reportedBack()).when(recordHours({ hours: 25 })).thenRejects('InvalidServiceHours');
    given(reportedBack(), hoursRecorded({ hours: 20 })).when(recordHours({ hours: 4.25 })).thenRejects('DayOverbooked');
  });

  it('fills a day up to 24 hours', () => given(reportedBack(), hoursRecorded({ hours: 20 })).when(recordHours({ hours: 4 })).then(hoursRecorded({ hours: 4 })));

  it('refuses hours not in quarter hours', () => given(reportedBack()).when(recordHours({ hours: 1.1 })).thenRejects('InvalidServiceHours'));

  it('refuses hours served before reporting back', () => given(reportedBack()).when(recordHours({ servedOn: '2024-08-31' })).thenRejects('DateBeforeStart'));

  it('refuses hours served tomorrow', () => given(reportedBack()).when(recordHours({ servedOn: '2025-06-02' })).thenRejects('DateInFuture'));

  it('refuses hours of a member who left', () => given(reportedBack(), left).when(recordHours()).thenRejects('MemberNotActive'));
});
