import { fold } from '@linli/domain-kernel';
import { ratingRubric } from '../rating-rubric.js';
import { latestVersion, rubricForPeriod, rubricInForce, rubricVersion } from '../state.js';
import { published, publishedV2 } from '../testing/fixtures.js';

const none = ratingRubric.initialState();
const both = fold(ratingRubric, [published(), publishedV2()]);
const versionOn = (date: string) => rubricInForce(both, date)?.version ?? null;

describe('the version in force on a day', () => {
  it('is none for a rubric never published', () => expect(rubricInForce(none, '2025-06-01')).toBeNull());

  it('is none before the first version takes effect', () => expect(versionOn('2024-12-31')).toBeNull());

  it('is version 1 from its first day until the day before version 2', () => {
    expect(versionOn('2025-01-01')).toBe(1);
    expect(versionOn('2025-12-31')).toBe(1);
  });

  it('is version 2 from its first day on', () => {
    expect(versionOn('2026-01-01')).toBe(2);
    expect(versionOn('2030-06-30')).toBe(2);
  });

  it('is the whole published version, rules included', () => expect(rubricInForce(both, '2026-03-01')).toEqual(publishedV2().data));

  it('is asked for a calendar day', () => expect(() => rubricInForce(both, '2025-13-01')).toThrow(RangeError));
});

describe('the version a period is rated under', () => {
  it('is the one in force on the last day of the period', () => {
    expect(rubricForPeriod(both, '2025')?.version).toBe(1);
    expect(rubricForPeriod(both, '2025-H2')?.version).toBe(1);
    expect(rubricForPeriod(both, '2026-H1')?.version).toBe(2);
  });

  it('is none for a period that ended before the first version', () => expect(rubricForPeriod(both, '2024')).toBeNull());

  it('is asked for a rating period', () => expect(() => rubricForPeriod(both, '2025-Q3')).toThrow(RangeError));
});

describe('any version, for comparison', () => {
  it('is found by its number, so an old period can be recomputed under newer rules', () => {
    expect(rubricVersion(both, 1)).toEqual(published().data);
    expect(rubricVersion(both, 2)).toEqual(publishedV2().data);
  });

  it('is none for a number never published', () => {
    expect(rubricVersion(both, 3)).toBeNull();
    expect(rubricVersion(none, 1)).toBeNull();
  });

  it('includes the latest', () => {
    expect(latestVersion(both)?.version).toBe(2);
    expect(latestVersion(none)).toBeNull();
  });
});
