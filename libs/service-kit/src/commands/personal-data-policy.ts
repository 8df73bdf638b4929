import { PersonalDataPolicies } from '@linli/event-store';

/** A domain's declaration of personal fields: `parties[].name` style paths and whose they are. */
export interface PersonalDataRule {
  readonly subjectPath: string;
  readonly fields: readonly string[];
}
export type PersonalDataDeclaration = Readonly<Record<string, readonly PersonalDataRule[] | undefined>>;

/**
 * Turns the domains' declarations (`parties[].subjectId` + `parties[].phone`) into the event
 * store's policies (each `parties`: subject `subjectId`, fields `phone`), so the store encrypts
 * exactly what each domain says is personal.
 */
export function toPersonalDataPolicies(declaration: PersonalDataDeclaration): PersonalDataPolicies {
  const policies = new PersonalDataPolicies();
  for (const [eventType, rules] of Object.entries(declaration)) {
    if (!rules || rules.length === 0) continue;
    policies.register(eventType, ...rules.map((rule) => toGroup(eventType, rule)));
  }
  return policies;
}

function toGroup(eventType: string, rule: PersonalDataRule) {
  const marker = rule.subjectPath.indexOf('[].');
  if (marker < 0) return { subjectId: rule.subjectPath, fields: rule.fields };
  const each = rule.subjectPath.slice(0, marker);
  const prefix = `${each}[].`;
  const fields = rule.fields.map((field) => {
    if (!field.startsWith(prefix)) throw new Error(`personal data of ${eventType}: ${field} is not inside ${prefix} like its subject id`);
    return field.slice(prefix.length);
  });
  return { each, subjectId: rule.subjectPath.slice(prefix.length), fields };
}
