import { idOf, uniqueName, type Answer, type OrganizationsApi } from './organizations-api.js';

/** The top of a fresh ladder: city → county → working committee → community committee. */
export interface Ladder {
  readonly city: string;
  readonly county: string;
  readonly workingCommittee: string;
  readonly committee: string;
}

export const establish = (api: OrganizationsApi, body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Answer> => api.post('/org-units', body, headers);

/** Builds Shangrao → Yugan → the working committee → a community committee, each with a fresh name. */
export async function buildLadder(api: OrganizationsApi): Promise<Ladder> {
  const city = idOf(await establish(api, { type: 'city_party_committee', name: uniqueName('Shangrao Municipal Committee'), effectiveFrom: '2000-01-01' }));
  const county = idOf(await establish(api, { type: 'county_party_committee', name: 'Yugan County Committee', parentId: city, effectiveFrom: '2000-01-01' }));
  const workingCommittee = idOf(
    await establish(api, { type: 'urban_community_party_working_committee', name: 'Urban Community Working Committee', parentId: county, effectiveFrom: '2020-01-01' }),
  );
  const committee = idOf(await establish(api, { type: 'community_party_committee', name: 'Xinhua Community Committee', parentId: workingCommittee, effectiveFrom: '2020-06-01' }));
  return { city, county, workingCommittee, committee };
}

/** Registers an estate under a community committee and sets up the standalone branch serving it. */
export async function estateWithBranch(api: OrganizationsApi, committee: string, name = 'Yingbin Garden'): Promise<{ estate: string; branch: string }> {
  const estate = idOf(await api.post('/communities', { name, address: '18 Yingbin Avenue', households: 640, buildingCount: 12, communityUnitId: committee }));
  const branch = idOf(
    await establish(api, {
      type: 'residential_community_party_branch',
      name: `${name} Party Branch`,
      parentId: committee,
      formation: 'standalone',
      servedCommunityIds: [estate],
      effectiveFrom: '2021-01-01',
    }),
  );
  return { estate, branch };
}
