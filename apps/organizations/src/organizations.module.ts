import { Module } from '@nestjs/common';

/** Composition root of the organizations service. */
@Module({})
export class OrganizationsModule {}
