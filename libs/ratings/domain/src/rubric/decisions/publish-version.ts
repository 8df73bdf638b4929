import { DomainRuleViolation } from '@linli/domain-kernel';
import { requiredText, requireIsoDate } from '../../inputs.js';
import type { PublishRubricVersion } from '../commands.js';
import type { RatingRubricEvent, RubricVersion } from '../events.js';
import { latestVersion, type RatingRubric } from '../state.js';
import { validAreas } from './areas.js';
import { validStarThresholds } from './star-thresholds.js';

/**
 * Publishes the next version: numbered one after the latest, effective after it, with valid areas,
 * criteria and star thresholds. Publishing the latest version again with the same rules (a retry)
 * changes nothing.
 */
export function publishRubricVersion({ data, metadata }: PublishRubricVersion, state: RatingRubric): RatingRubricEvent[] {
  const rubricId = requiredText(data.rubricId, 'RubricIdRequired', 'a rubric version names its rubric');
  if (state.status === 'published' && state.rubricId !== rubricId)
    throw new Error(`the stream of rubric ${state.rubricId} was given a command for rubric ${rubricId}`);
  const latest = latestVersion(state);
  const effectiveFrom = requireIsoDate(data.effectiveFrom, 'effectiveFrom');
  const areas = validAreas(data.areas);
  const starThresholds = validStarThresholds(data.starThresholds);
  if (latest && data.version === latest.version) return republished(latest, { effectiveFrom, areas, starThresholds });
  const next = (latest?.version ?? 0) + 1;
  if (data.version !== next)
    throw new DomainRuleViolation('VersionOutOfSequence', `the next version of rubric ${rubricId} is ${next}, not ${String(data.version)}`);
  if (latest && effectiveFrom <= latest.effectiveFrom)
    throw new DomainRuleViolation(
      'EffectiveDateNotAfterPrevious',
      `version ${next} must take effect after ${latest.effectiveFrom}, when version ${latest.version} did, not on ${effectiveFrom}`,
    );
  return [
    {
      type: 'ratings.RubricVersionPublished',
      data: { rubricId, version: next, effectiveFrom, areas, starThresholds, publishedAt: metadata.now },
    },
  ];
}

type Rules = Pick<RubricVersion, 'effectiveFrom' | 'areas' | 'starThresholds'>;

/** The latest version again: a retry when the rules are the same, a conflict when they differ. */
function republished(latest: RubricVersion, rules: Rules): RatingRubricEvent[] {
  const same = (r: Rules) => canonicalJson([r.effectiveFrom, r.areas, r.starThresholds]);
  if (same(latest) === same(rules)) return [];
  throw new DomainRuleViolation(
    'VersionAlreadyPublished',
    `version ${latest.version} of rubric ${latest.rubricId} is already published with other rules; publish version ${latest.version + 1}`,
  );
}

/** JSON with object keys sorted, so that a stored version read back with its keys reordered still compares equal. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`).join(',')}}`;
  return JSON.stringify(value);
}
