import { DomainRuleViolation } from '@linli/domain-kernel';
import { isEscalationLevel, TOP_LEVEL, type CountyDepartment, type EscalationLevel } from '../vocabulary.js';

// Rules of the escalation ladder: five levels, climbed one at a time, never descended; the top
// level (the working committee) exists to refer the matter to a named county department.

/** The level a dispute is accepted at: any of 0–4. */
export function startingLevel(level: number): EscalationLevel {
  if (!isEscalationLevel(level)) throw new DomainRuleViolation('InvalidLevel', `levels run from 0 to ${TOP_LEVEL}, got ${level}`);
  return level;
}

/** The only level an escalation from `from` may reach is the next one. */
export function nextLevel(from: EscalationLevel, to: number): EscalationLevel {
  if (from === TOP_LEVEL || to > TOP_LEVEL) {
    throw new DomainRuleViolation('EscalationBeyondTopLevel', `the working committee (level ${TOP_LEVEL}) is the top of the ladder`);
  }
  if (to < from) throw new DomainRuleViolation('DeEscalationNotAllowed', `a dispute at level ${from} cannot go back to level ${to}`);
  if (to === from) throw new DomainRuleViolation('AlreadyAtLevel', `the dispute is already at level ${from}`);
  if (to !== from + 1 || !isEscalationLevel(to)) {
    throw new DomainRuleViolation('EscalationSkipsLevels', `a dispute at level ${from} escalates to level ${from + 1} only, not ${to}`);
  }
  return to;
}

/** Reaching the top level names the county department; below it there is none to name. */
export function departmentAt(level: EscalationLevel, department: CountyDepartment | undefined): CountyDepartment | undefined {
  if (level === TOP_LEVEL && !department) {
    throw new DomainRuleViolation('DepartmentRequired', 'the working committee refers the dispute to a named county department');
  }
  if (level !== TOP_LEVEL && department) {
    throw new DomainRuleViolation('DepartmentOnlyAtTopLevel', `only the working committee (level ${TOP_LEVEL}) refers to a county department`);
  }
  return department;
}
