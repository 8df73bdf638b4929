// What the demo ends with: the county dashboard of the period, and one pilot community's rating
// explanation and governance history, each read from the ratings service's public API.
import { getJson } from '@linli/seed-kit';

type ByLevel = Record<string, number>;
interface Dashboard {
  readonly period: string;
  readonly asOf: string;
  readonly communities: number;
  readonly stars: Record<string, number>;
  readonly coverage: { readonly covered: number; readonly communities: number; readonly rate: number | null };
  readonly disputes: { readonly open: number; readonly openByLevel: ByLevel; readonly overdue: number; readonly overdueByLevel: ByLevel };
  readonly statements: { readonly published: number; readonly late: number; readonly communitiesWithLate: readonly string[] };
}
interface Criterion {
  readonly areaName: string;
  readonly criterionName: string;
  readonly weight: number;
  readonly value: number | boolean | null;
  readonly points: number;
  readonly reason: string | null;
  readonly evidence: readonly { eventId: string; position: string }[];
}
interface Rating {
  readonly total: number;
  readonly recommendedStars: number;
  readonly awardedStars: number | null;
  readonly rubric: { rubricId: string; version: number };
  readonly criteria: readonly Criterion[];
}
export interface TimelineEntry {
  readonly kind: string;
  readonly context: string;
  readonly at: string;
  readonly day: string;
  readonly eventId: string;
  readonly position: string;
}

const byLevel = (levels: ByLevel) => Object.entries(levels).map(([level, n]) => `L${level} ${n}`).join(', ') || '—';
const shown = (value: Criterion['value']) => (value === null ? 'no data' : typeof value === 'number' ? String(Math.round(value * 100) / 100) : value ? 'yes' : 'no');

export async function printDashboard(ratingsUrl: string, period: string): Promise<void> {
  const d = await getJson<Dashboard>(`${ratingsUrl}/dashboard?period=${period}`);
  console.log(`\n══ County dashboard, ${d.period} (as of ${d.asOf}): ${d.communities} residential communities`);
  console.log(`   ★★★★★ ${d.stars['5'] ?? 0}   ★★★★ ${d.stars['4'] ?? 0}   ★★★ ${d.stars['3'] ?? 0}   ★★ ${d.stars['2'] ?? 0}   ★ ${d.stars['1'] ?? 0}   not rated ${d.stars['unrated'] ?? 0}`);
  console.log(`   property service coverage: ${d.coverage.covered}/${d.coverage.communities}${d.coverage.rate === null ? '' : ` (${(d.coverage.rate * 100).toFixed(1)} %)`}`);
  console.log(`   disputes open at the period's end: ${d.disputes.open} (${byLevel(d.disputes.openByLevel)}); overdue: ${d.disputes.overdue} (${byLevel(d.disputes.overdueByLevel)})`);
  console.log(`   statements published: ${d.statements.published}, late: ${d.statements.late} (in ${d.statements.communitiesWithLate.length} communities)`);
}

export async function printRating(ratingsUrl: string, communityId: string, name: string, period: string): Promise<void> {
  const r = await getJson<Rating>(`${ratingsUrl}/communities/${communityId}/ratings/${period}`);
  const awarded = r.awardedStars === null ? 'not awarded' : `${r.awardedStars} awarded`;
  console.log(`\n══ Why ${name} has its stars for ${period}: ${r.total.toFixed(2)}/100 under ${r.rubric.rubricId} v${r.rubric.version} → ${r.recommendedStars} recommended, ${awarded}`);
  for (const c of r.criteria) {
    const events = c.evidence.length === 0 ? (c.reason ?? '') : `${c.evidence.length} event(s): ${c.evidence.slice(0, 3).map((e) => `${e.eventId}@${e.position}`).join(', ')}${c.evidence.length > 3 ? ', …' : ''}`;
    console.log(`   ${`${c.areaName} / ${c.criterionName}`.padEnd(68)} ${shown(c.value).padStart(8)}  ${c.points.toFixed(2).padStart(5)}/${String(c.weight).padEnd(3)} ${events}`);
  }
}

/** Every entry of the community's governance history (newest first), page by page. */
export async function governanceHistory(ratingsUrl: string, communityId: string): Promise<TimelineEntry[]> {
  const entries: TimelineEntry[] = [];
  let after: string | null = null;
  do {
    const page: { entries: TimelineEntry[]; next: string | null } = await getJson(`${ratingsUrl}/communities/${communityId}/governance-history?limit=100${after ? `&after=${encodeURIComponent(after)}` : ''}`);
    entries.push(...page.entries);
    after = page.next;
  } while (after !== null && entries.length < 10_000);
  return entries;
}

/** The latest page of the community's governance history, and for each service missing from it its latest entry. */
export async function printHistory(ratingsUrl: string, communityId: string, name: string): Promise<TimelineEntry[]> {
  const base = `${ratingsUrl}/communities/${communityId}/governance-history`;
  const page = await getJson<{ entries: TimelineEntry[]; next: string | null }>(`${base}?limit=100`);
  const entries = [...page.entries];
  for (const context of ['organizations', 'disputes', 'property', 'ratings'].filter((c) => !entries.some((e) => e.context === c))) {
    entries.push(...(await getJson<{ entries: TimelineEntry[] }>(`${base}?limit=1&context=${context}`)).entries);
  }
  const contexts = new Map<string, number>();
  for (const entry of page.entries) contexts.set(entry.context, (contexts.get(entry.context) ?? 0) + 1);
  console.log(`\n══ Governance history of ${name}, newest first: ${page.entries.length}${page.next ? '+' : ''} entries on the first page (${[...contexts].map(([context, n]) => `${context} ${n}`).join(', ')}); the latest 15:`);
  for (const e of page.entries.slice(0, 15)) console.log(`   ${e.day}  ${e.context.padEnd(13)} ${e.kind.padEnd(34)} event ${e.eventId} @${e.position}`);
  for (const e of entries.slice(page.entries.length)) console.log(`   … latest of ${e.context}: ${e.day} ${e.kind} event ${e.eventId} @${e.position}`);
  return entries;
}
