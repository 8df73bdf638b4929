import type { Contract } from './contract.js';

/** The contracts a process knows, by CloudEvents type. */
export class ContractRegistry {
  private readonly byType = new Map<string, Contract>();

  constructor(contracts: readonly Contract[]) {
    for (const contract of contracts) {
      if (this.byType.has(contract.type)) throw new Error(`contract ${contract.type} is registered twice`);
      this.byType.set(contract.type, contract);
    }
  }

  /** The contract of a CloudEvents type, if this registry knows it. */
  get(type: string): Contract | undefined {
    return this.byType.get(type);
  }

  /** Every contract, in registration order. */
  all(): readonly Contract[] {
    return [...this.byType.values()];
  }

  /** The distinct logical topics of the contracts. */
  topics(): readonly string[] {
    return [...new Set(this.all().map((contract) => contract.topic))];
  }
}
