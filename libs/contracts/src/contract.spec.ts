import { defineContract, type ContractDefinition } from './contract.js';
import { ContractRegistry } from './registry.js';

const valid: ContractDefinition<{ communityId: string }> = {
  type: 'cn.linli.test.thing-happened.v2',
  version: 2,
  topic: 'linli.test.v1',
  source: '/linli/test',
  summary: 'A thing happened.',
  schema: { type: 'object', additionalProperties: false, required: ['communityId'], properties: { communityId: { type: 'string' } } },
  example: { communityId: 'c-1' },
  partitionKey: (data) => data.communityId,
};

describe('defining a contract', () => {
  it('names its schema by a URN derived from the type', () => {
    expect(defineContract(valid).dataschema).toBe('urn:linli:schema:cn.linli.test.thing-happened.v2');
  });

  it('refuses a type without a version suffix', () => {
    expect(() => defineContract({ ...valid, type: 'cn.linli.test.thing-happened' })).toThrow(/must look like/);
  });

  it('refuses a version that disagrees with the type', () => {
    expect(() => defineContract({ ...valid, version: 1 })).toThrow(/does not match/);
  });

  it('refuses a source that is not a relative URI and a payload that is not an object', () => {
    expect(() => defineContract({ ...valid, source: 'linli' })).toThrow(/source/);
    expect(() => defineContract({ ...valid, schema: { type: 'string' } })).toThrow(/object/);
  });

  it('is registered once per type', () => {
    const contract = defineContract(valid);
    expect(() => new ContractRegistry([contract, contract])).toThrow(/twice/);
    expect(new ContractRegistry([contract]).get(contract.type)).toBe(contract);
  });
});
