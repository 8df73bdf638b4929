// Codes stored in member events: add new ones, never rename.

/** A member's cadre rank (e.g. 处级 department level, 科级 section level). */
export const memberRanks = ['department_level', 'section_level', 'other'] as const;
export type MemberRank = (typeof memberRanks)[number];

/** Performance grades, best first. */
export const grades = ['excellent', 'good', 'fair', 'poor'] as const;
export type Grade = (typeof grades)[number];

/** The lowest score of each grade; a score takes the best grade whose floor it reaches. */
export const gradeFloors: Readonly<Record<Grade, number>> = { excellent: 90, good: 80, fair: 60, poor: 0 };

/** The grade a score (0–100) falls in. */
export function gradeForScore(score: number): Grade {
  return grades.find((grade) => score >= gradeFloors[grade]) ?? 'poor';
}
