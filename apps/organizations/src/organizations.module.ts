import { Module } from '@nestjs/common';
import { AggregateFacts } from './application/aggregate-facts.js';
import { EstateCommands } from './application/estate-commands.js';
import { MemberPerson } from './application/member-person.js';
import { MembershipCommands } from './application/membership-commands.js';
import { OrgUnitCommands } from './application/org-unit-commands.js';
import { ResourceScope } from './application/resource-scope.js';
import { CommunitiesController } from './http/communities.controller.js';
import { CommunityQueriesController } from './http/community-queries.controller.js';
import { MemberQueriesController } from './http/member-queries.controller.js';
import { MembersController } from './http/members.controller.js';
import { OrgUnitQueriesController } from './http/org-unit-queries.controller.js';
import { OrgUnitsController } from './http/org-units.controller.js';
import { ReceptionDaysController } from './http/reception-days.controller.js';
import { ConsistentRead } from './read-models/consistent-read.js';
import { ReadModelRunner } from './read-models/read-model-runner.js';

/** Composition root of the organizations service. */
@Module({
  controllers: [
    OrgUnitsController,
    OrgUnitQueriesController,
    CommunitiesController,
    CommunityQueriesController,
    MembersController,
    MemberQueriesController,
    ReceptionDaysController,
  ],
  providers: [ReadModelRunner, ConsistentRead, AggregateFacts, OrgUnitCommands, EstateCommands, MembershipCommands, MemberPerson, ResourceScope],
})
export class OrganizationsModule {}
