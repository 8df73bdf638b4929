import { Module } from '@nestjs/common';

/** Composition root of the property-services service. */
@Module({})
export class PropertyServicesModule {}
