import { Injectable } from '@nestjs/common';

/**
 * Whether a community is registered in the organizations context, which a report needs to know.
 * The organizations service will publish its communities as public events (libs/contracts); until
 * the disputes service consumes them, every well-formed community id counts as registered. This
 * is the one place to change when that consumer lands.
 */
@Injectable()
export class CommunityRegistry {
  async isRegistered(communityId: string): Promise<boolean> {
    return communityId.length > 0;
  }
}
