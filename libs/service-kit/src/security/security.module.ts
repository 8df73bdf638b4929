import { Global, Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessAudit } from './access-audit.js';
import { AccessGuard } from './access.guard.js';
import { OrgTreeFeed } from './org-tree-feed.js';
import { ScopeResolvers, SecurityRuntime } from './security-runtime.js';

/** Authentication and authorisation of every route of a service (a global guard), the tree feed and the access audit. */
@Global()
@Module({})
export class SecurityModule {
  static forRoot(runtime: SecurityRuntime): DynamicModule {
    return {
      module: SecurityModule,
      providers: [
        { provide: SecurityRuntime, useValue: runtime },
        { provide: ScopeResolvers, useValue: runtime.resolvers },
        { provide: APP_GUARD, useClass: AccessGuard },
        OrgTreeFeed,
        AccessAudit,
      ],
      exports: [SecurityRuntime, ScopeResolvers, AccessAudit],
    };
  }
}
