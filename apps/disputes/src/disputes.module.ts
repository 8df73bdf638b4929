import { Module } from '@nestjs/common';

/** Composition root of the disputes service. */
@Module({})
export class DisputesModule {}
