import type {
  AcceptDispute, AssignMediator, CloseDispute, EscalateDispute, MarkOverdue, RateSatisfaction, RecordMediationSession,
  RejectDispute, ReopenDispute, ReportDispute, ResolveDispute, WithdrawDispute,
} from '../commands.js';
import { calendar, communityId, disputeId, endOf, metadataAt, neighbour, policy, reporter, respondent, T } from './story.js';

type Overrides<C extends { data: object }> = Partial<C['data']> & { now?: string };

function build<C extends { type: string; data: object }>(type: C['type'], defaults: C['data'], now: string, overrides: Overrides<C>): C {
  const { now: at = now, ...data } = overrides;
  return { type, data: { ...defaults, ...data }, metadata: metadataAt(at) } as unknown as C;
}

export const report = (o: Overrides<ReportDispute> = {}) =>
  build<ReportDispute>('ReportDispute', {
    disputeId, communityId, communityRegistered: true, category: 'square_dancing_noise',
    description: 'Square dancing with loudspeakers after 21:00 below building 5', urgency: 'normal', channel: 'resident',
    parties: [reporter, respondent, neighbour],
  }, T.reported, o);

export const accept = (o: Overrides<AcceptDispute> = {}) =>
  build<AcceptDispute>('AcceptDispute', { disputeId, category: 'square_dancing_noise', level: 1, policy, calendar }, T.accepted, o);

export const reject = (o: Overrides<RejectDispute> = {}) =>
  build<RejectDispute>('RejectDispute', { disputeId, reason: 'a private debt, not a community matter' }, T.accepted, o);

export const assignMediator = (o: Overrides<AssignMediator> = {}) =>
  build<AssignMediator>('AssignMediator', { disputeId, mediatorId: 'med-chen' }, T.accepted, o);

export const recordSession = (o: Overrides<RecordMediationSession> = {}) =>
  build<RecordMediationSession>('RecordMediationSession', {
    disputeId, sessionDate: '2025-09-23', attendeeIds: [reporter.subjectId, respondent.subjectId, 'med-chen'],
    outcomeNotes: 'dancers agree to stop at 20:30 and lower the volume',
  }, T.escalated, o);

export const escalate = (o: Overrides<EscalateDispute> = {}) =>
  build<EscalateDispute>('EscalateDispute', {
    disputeId, toLevel: 2, reason: 'the dance team ignored the owners committee', policy, calendar,
  }, T.escalated, o);

export const markOverdue = (o: Overrides<MarkOverdue> = {}) =>
  build<MarkOverdue>('MarkOverdue', { disputeId, dueAt: endOf('2025-09-25'), policy, calendar }, '2025-09-26T00:00:00+08:00', o);

export const resolve = (o: Overrides<ResolveDispute> = {}) =>
  build<ResolveDispute>('ResolveDispute', {
    disputeId, outcome: 'agreement_reached', agreementSummary: 'dancing ends at 20:30, speakers face away from building 5', calendar,
  }, T.resolved, o);

export const rate = (o: Overrides<RateSatisfaction> = {}) =>
  build<RateSatisfaction>('RateSatisfaction', { disputeId, subjectId: reporter.subjectId, score: 4 }, '2025-09-30T10:00:00+08:00', o);

export const close = (o: Overrides<CloseDispute> = {}) => build<CloseDispute>('CloseDispute', { disputeId }, T.closed, o);

export const reopen = (o: Overrides<ReopenDispute> = {}) =>
  build<ReopenDispute>('ReopenDispute', { disputeId, reason: 'the loudspeakers are back after the holiday', policy, calendar }, T.reopened, o);

export const withdraw = (o: Overrides<WithdrawDispute> = {}) =>
  build<WithdrawDispute>('WithdrawDispute', { disputeId, subjectId: reporter.subjectId }, T.accepted, o);
