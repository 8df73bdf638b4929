import { Module } from '@nestjs/common';

/** Composition root of the ratings service. */
@Module({})
export class RatingsModule {}
