import type { CommandMetadata } from '@linli/domain-kernel';
import { china2025 } from '../../calendar/testing/china-2025.js';
import type { DeadlinePolicy } from '../../deadlines/deadline-policy.js';
import type { Party } from '../../vocabulary.js';

// One dispute's default story, in China time around National Day 2025:
// reported and accepted at level 1 on Monday 22 Sep, escalated on Wednesday 24 Sep,
// resolved on Friday 26 Sep, closed on Monday 29 Sep. Builders take overrides of any field.
export { china2025 };

export const disputeId = 'dsp-0001';
export const communityId = 'cmty-qianyue-1';

export const reporter: Party = { subjectId: 'subj-wang', role: 'reporter', name: '王芳', phone: '13800000001', room: '5-2-601' };
export const respondent: Party = { subjectId: 'subj-li', role: 'respondent', name: '李强', phone: '13900000002' };
export const neighbour: Party = { subjectId: 'subj-zhao', role: 'affected', name: '赵敏', room: '5-1-302' };
export const outsider = 'subj-stranger';

export const T = {
  reported: '2025-09-22T09:00:00+08:00',
  accepted: '2025-09-22T10:00:00+08:00',
  escalated: '2025-09-24T10:00:00+08:00',
  resolved: '2025-09-26T16:00:00+08:00',
  closed: '2025-09-29T10:00:00+08:00',
  reopened: '2025-10-09T09:00:00+08:00',
} as const;

/** The end of a China-time day, as the domain writes deadlines. */
export const endOf = (date: string): string => `${date}T23:59:59.999+08:00`;

/** Short deadlines so that stories cross weekends and holidays quickly. */
export const policy: DeadlinePolicy = {
  workingDaysPerLevel: { 0: 2, 1: 3, 2: 5, 3: 10, 4: 15 },
  overrides: [
    { urgency: 'urgent', workingDaysPerLevel: { 0: 1, 1: 1, 2: 2, 3: 3, 4: 5 } },
    { category: 'training_class_in_residential_building', workingDaysPerLevel: { 2: 3 } },
  ],
  autoEscalateWhenOverdue: true,
};
export const calendar = china2025;

export const metadataAt = (now: string): CommandMetadata => ({
  now,
  actor: { id: 'staff-7', role: 'branch_secretary', orgUnitId: 'branch-qianyue-1' },
  correlationId: 'corr-1',
  causationId: 'cause-1',
});
