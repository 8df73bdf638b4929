import { OrgTree, RateWindow, type ScopeResolver, type TokenVerifier } from '@linli/security';
import type { SecurityConfig } from './security-config.js';

/** Resource kinds a service can map to their community (`dispute` → its communityId), for the policy's lookups. */
export class ScopeResolvers {
  private readonly byResource: Record<string, ScopeResolver> = {};

  /** Called by a service module at start-up; a resource without a resolver is reachable by root-scoped tokens only. */
  register(resource: string, resolver: ScopeResolver): void {
    this.byResource[resource] = resolver;
  }

  all(): Readonly<Record<string, ScopeResolver>> {
    return this.byResource;
  }
}

/** What the access guard works with in one service process. */
export class SecurityRuntime {
  readonly tree = new OrgTree();
  readonly resolvers = new ScopeResolvers();
  readonly clientRate: RateWindow;
  readonly ipRate: RateWindow;

  constructor(
    readonly serviceName: string,
    readonly config: SecurityConfig,
    readonly verify: TokenVerifier,
  ) {
    this.clientRate = new RateWindow(config.limits.ratePerClient, config.limits.rateWindowMs);
    this.ipRate = new RateWindow(config.limits.ratePerIp, config.limits.rateWindowMs);
  }
}
