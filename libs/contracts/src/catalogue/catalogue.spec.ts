import type { JsonSchema } from '../json-schema.js';
import { toCloudEvent } from '../cloud-event/to-cloud-event.js';
import { catalogue, catalogueRegistry, linliContracts } from './index.js';

const PERSONAL_FIELDS = /^(name|names|phone|phones|mobile|room|rooms|address|idNumber|parties|description|reason|agreementSummary)$/i;

function propertyNames(schema: JsonSchema): string[] {
  const own = Object.entries(schema.properties ?? {}).flatMap(([name, child]) => [name, ...propertyNames(child)]);
  return schema.items ? [...own, ...propertyNames(schema.items)] : own;
}

describe('the event catalogue', () => {
  it.each(catalogue.map((contract) => [contract.type, contract] as const))('%s: its example is a valid payload', (_type, contract) => {
    expect(() => toCloudEvent(contract, contract.example, { id: 'e-1', time: '2025-11-30T08:00:00Z' })).not.toThrow();
  });

  it.each(catalogue.map((contract) => [contract.type, contract] as const))('%s: closes its payload and carries no personal field', (_type, contract) => {
    expect(contract.schema.additionalProperties).toBe(false);
    expect(propertyNames(contract.schema).filter((name) => PERSONAL_FIELDS.test(name))).toEqual([]);
  });

  it('names every Linli event cn.linli.<context>.<event>.v<n>, published from /linli/<service> on linli.<context>.v<n> or the hotline outcome topic', () => {
    for (const contract of linliContracts) {
      expect(contract.type).toMatch(/^cn\.linli\.[a-z]+\.[a-z-]+\.v\d+$/);
      expect(contract.source).toMatch(/^\/linli\/[a-z-]+$/);
      expect(contract.topic).toMatch(/^(linli\.[a-z]+\.v\d+|municipal\.hotline\.outcomes\.v1)$/);
    }
  });

  it('keys community events by their community id', () => {
    const keyed = catalogue.filter((contract) => contract.partitionKey(contract.example) !== undefined);
    for (const contract of keyed) expect(contract.partitionKey(contract.example)).toBe((contract.example as { communityId?: string }).communityId);
    expect(catalogue.length - keyed.length).toBe(1); // unit-established: a party unit is not a community
  });

  it('registers each type once', () => {
    expect(catalogueRegistry.all()).toHaveLength(catalogue.length);
    expect(catalogueRegistry.topics()).toEqual(
      expect.arrayContaining(['linli.organizations.v1', 'linli.disputes.v1', 'linli.property.v1', 'linli.ratings.v1', 'municipal.hotline.tickets.v1', 'municipal.hotline.outcomes.v1']),
    );
  });
});
