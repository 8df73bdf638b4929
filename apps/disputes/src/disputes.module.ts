import { Module } from '@nestjs/common';
import { CommunityRegistry } from './application/community-registry.js';
import { DisputeCommands } from './application/dispute-commands.js';
import { DisputeQueries } from './application/dispute-queries.js';
import { DisputesReadModels } from './application/disputes-read-models.js';
import { HotlineIntake } from './application/hotline-intake.js';
import { PersonalDataView } from './application/personal-data-view.js';
import { DisputeScope } from './application/dispute-scope.js';
import { DISPUTES_CONFIG, parseDisputesConfig } from './config/disputes-config.js';
import { Clock } from './deadlines/clock.js';
import { DeadlineScheduler } from './deadlines/deadline-scheduler.js';
import { CommunityDisputesController } from './http/community-disputes.controller.js';
import { DisputeAftercareController } from './http/dispute-aftercare.controller.js';
import { DisputeHandlingController } from './http/dispute-handling.controller.js';
import { DisputeIntakeController } from './http/dispute-intake.controller.js';
import { DisputeQueriesController } from './http/dispute-queries.controller.js';
import { HotlineTicketsConsumer } from './hotline/hotline-tickets.consumer.js';

/** Composition root of the disputes service. */
@Module({
  controllers: [DisputeIntakeController, DisputeHandlingController, DisputeAftercareController, DisputeQueriesController, CommunityDisputesController],
  providers: [
    { provide: DISPUTES_CONFIG, useFactory: () => parseDisputesConfig(process.env) },
    Clock,
    CommunityRegistry,
    PersonalDataView,
    DisputeScope,
    DisputeCommands,
    HotlineIntake,
    HotlineTicketsConsumer,
    DisputesReadModels,
    DisputeQueries,
    DeadlineScheduler,
  ],
})
export class DisputesModule {}
