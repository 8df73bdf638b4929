import { inParallel, type SeedClient } from './seed-client.js';
import type { BodiesPlan, MemberPlan, ReceptionDayPlan } from './yugan-people.js';
import type { CountyPlan } from './yugan-plan.js';

/** Pilots, self-governing bodies, members with their posts and assessments, and reception days. */
export async function seedPeople(
  client: SeedClient,
  concurrency: number,
  county: CountyPlan,
  bodies: readonly BodiesPlan[],
  members: readonly MemberPlan[],
  receptionDays: readonly ReceptionDayPlan[],
): Promise<void> {
  const pilots = county.estates.filter((estate) => estate.pilot);
  await inParallel('pilots designated', pilots, concurrency, (estate) => client.command('POST', `/communities/${estate.id}/designate-pilot`, `${estate.key}:pilot`, { designatedOn: '2021-07-01' }));
  await inParallel('self-governing bodies', bodies, concurrency, async ({ estate, ownersCommittee, supervisoryBoard, propertyCommittee }) => {
    if (ownersCommittee) await client.command('POST', `/communities/${estate.id}/elect-owners-committee`, `${estate.key}:owners-committee`, ownersCommittee);
    if (supervisoryBoard) await client.command('POST', `/communities/${estate.id}/form-supervisory-board`, `${estate.key}:supervisory-board`, supervisoryBoard);
    if (propertyCommittee) await client.command('POST', `/communities/${estate.id}/form-property-committee`, `${estate.key}:property-committee`, propertyCommittee);
  });
  await inParallel('members reported back', members, concurrency, (member) =>
    client.command('POST', '/members', member.key, {
      id: member.id,
      person: member.person,
      branchUnitId: member.estate.branch?.id,
      communityId: member.estate.id,
      workUnit: member.workUnit,
      rank: member.rank,
      reportedOn: member.reportedOn,
    }),
  );
  const active = members.filter((member) => member.post !== null || member.assessment !== null);
  await inParallel('service posts and assessments', active, concurrency, async (member) => {
    if (member.post) await client.command('POST', `/members/${member.id}/take-service-post`, `${member.key}:post`, member.post);
    if (member.assessment) {
      const { period, ...assessment } = member.assessment;
      await client.command('PUT', `/members/${member.id}/assessments/${period}`, `${member.key}:assessment-${period}`, assessment);
    }
  });
  await inParallel('reception days', receptionDays, concurrency, async (day) => {
    await client.command('POST', '/reception-days', day.key, { id: day.id, communityId: day.estate.id, officialSubjectId: day.officialSubjectId, scheduledFor: day.scheduledFor, venue: day.venue });
    if (!day.held) return;
    await client.command('POST', `/reception-days/${day.id}/hold`, `${day.key}:hold`, { heldOn: day.held.heldOn });
    for (const { matterId, ...matter } of day.held.matters) await client.command('PUT', `/reception-days/${day.id}/matters/${matterId}`, `${day.key}:${matterId}`, matter);
  });
}
