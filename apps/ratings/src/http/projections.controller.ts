import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProjectionCatalog } from '@linli/projections';
import type { RatingsReadModels } from '@linli/ratings-read-models';
import { Infrastructure } from '@linli/service-kit';
import { READ_MODELS } from '../live/read-models.provider.js';
import { RatingsLive } from '../live/ratings-live.js';

/** Operators' view of the read models: what serves, how far behind, what is being rebuilt. */
@ApiTags('operations')
@Controller('projections')
export class ProjectionsController {
  constructor(
    @Inject(RatingsLive) private readonly live: RatingsLive,
    @Inject(READ_MODELS) private readonly models: RatingsReadModels,
    @Inject(Infrastructure) private readonly infra: Infrastructure,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Each projection: active collection, position, lag, and a rebuild in progress' })
  async status() {
    const [position, lag, entries] = await Promise.all([this.live.position(), this.live.lag(), new ProjectionCatalog(this.infra.mongo).entries(this.models.all.map((p) => p.name))]);
    const active = this.live.activeCollections();
    return {
      position: position.toString(),
      lag,
      projections: this.models.all.map((projection) => {
        const entry = entries.get(projection.name);
        return { name: projection.name, version: projection.version, active: active.get(projection.name) ?? entry?.active ?? `${projection.name}_v${projection.version}`, rebuild: entry?.rebuild ?? null };
      }),
    };
  }
}
