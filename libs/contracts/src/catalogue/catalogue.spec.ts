import type { JsonSchema } from '../json-schema.js';
import { toCloudEvent } from '../cloud-event/to-cloud-event.js';
import { catalogue, catalogueRegistry, HOTLINE_TICKET_PERSONAL_FIELDS, hotlineTicketSubmittedV1, linliContracts, municipalContracts } from './index.js';

const PERSONAL_FIELDS = /^(name|names|phone|phones|mobile|room|rooms|address|idNumber|parties|description|reason|agreementSummary)$/i;

function propertyNames(schema: JsonSchema): string[] {
  const own = Object.entries(schema.properties ?? {}).flatMap(([name, child]) => [name, ...propertyNames(child)]);
  return schema.items ? [...own, ...propertyNames(schema.items)] : own;
}

describe('the event catalogue', () => {
  it.each(catalogue.map((contract) => [contract.type, contract] as const))('%s: its example is a valid payload', (_type, contract) => {
    expect(() => toCloudEvent(contract, contract.example, { id: 'e-1', time: '2025-11-30T08:00:00Z' })).not.toThrow();
  });

  it.each(linliContracts.map((contract) => [contract.type, contract] as const))('%s: closes its payload and carries no personal field', (_type, contract) => {
    expect(contract.schema.additionalProperties).toBe(false);
    expect(propertyNames(contract.schema).filter((name) => PERSONAL_FIELDS.test(name))).toEqual([]);
  });

  it.each(municipalContracts.map((contract) => [contract.type, contract] as const))('%s (inbound): closes its payload and carries personal data only where it is declared', (_type, contract) => {
    expect(contract.schema.additionalProperties).toBe(false);
    const declared = contract === hotlineTicketSubmittedV1 ? HOTLINE_TICKET_PERSONAL_FIELDS : [];
    const undeclared = Object.entries(contract.schema.properties ?? {}).filter(([name]) => !(declared as readonly string[]).includes(name));
    expect(undeclared.flatMap(([name, child]) => [name, ...propertyNames(child)]).filter((name) => PERSONAL_FIELDS.test(name))).toEqual([]);
  });

  it('names every Linli event cn.linli.<context>.<event>.v<n>, published from /linli/<service> on linli.<context>.v<n> or the hotline outcome topic', () => {
    for (const contract of linliContracts) {
      expect(contract.type).toMatch(/^cn\.linli\.[a-z]+\.[a-z-]+\.v\d+$/);
      expect(contract.source).toMatch(/^\/linli\/[a-z-]+$/);
      expect(contract.topic).toMatch(/^(linli\.[a-z]+\.v\d+|municipal\.hotline\.outcomes\.v1)$/);
    }
  });

  // Events of the organisation tree, of members' departures and assessments (the private events
  // name the branch only), of companies and of rubrics concern no one community: keyed by stream.
  const notOfOneCommunity = [
    'cn.linli.organizations.unit-established.v1',
    'cn.linli.organizations.unit-upgraded.v1',
    'cn.linli.organizations.unit-dissolved.v1',
    'cn.linli.organizations.member-left.v1',
    'cn.linli.organizations.member-assessed.v1',
    'cn.linli.organizations.member-assessment-amended.v1',
    'cn.linli.property.company-registered.v1',
    'cn.linli.property.company-suspended.v1',
    'cn.linli.property.company-reinstated.v1',
    'cn.linli.ratings.rubric-version-published.v1',
  ];

  it.each(catalogue.map((contract) => [contract.type, contract] as const))('%s: carries a required communityId it is keyed by, or is known not to', (type, contract) => {
    const example = contract.example as { communityId?: string };
    expect(contract.partitionKey(contract.example)).toBe(example.communityId);
    if (notOfOneCommunity.includes(type)) expect(contract.schema.properties).not.toHaveProperty('communityId');
    else expect(contract.schema.required).toContain('communityId');
  });

  it('registers each type once', () => {
    expect(catalogueRegistry.all()).toHaveLength(catalogue.length);
    expect(catalogueRegistry.topics()).toEqual(
      expect.arrayContaining(['linli.organizations.v1', 'linli.disputes.v1', 'linli.property.v1', 'linli.ratings.v1', 'municipal.hotline.tickets.v1', 'municipal.hotline.outcomes.v1']),
    );
  });
});
