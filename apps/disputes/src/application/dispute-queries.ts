import { Inject, Injectable } from '@nestjs/common';
import {
  countOpenDisputes, findDisputeHistory, findDisputeSummary, listDisputes,
  type DisputeFilter, type DisputeHistoryEntry, type DisputePage, type DisputeSummary, type PageRequest,
} from '@linli/disputes-read-models';
import { NotFound } from '@linli/domain-kernel';
import { Infrastructure, type Reader } from '@linli/service-kit';
import { DisputesReadModels } from './disputes-read-models.js';
import { PersonalDataView, type PartyView } from './personal-data-view.js';

/** How long a query waits for the read models to reach the position a client asks for. */
export const READ_YOUR_WRITES_WAIT_MS = 2_000;

/** One dispute with its timeline; parties' personal fields only for callers who may see them. */
export type DisputeDetail = Omit<DisputeSummary, 'parties'> & {
  readonly personalData: 'shown' | 'redacted';
  readonly parties: readonly PartyView[];
  readonly history: readonly DisputeHistoryEntry[];
};

/** The query side: answers from the read models, at a position the caller can ask for. */
@Injectable()
export class DisputeQueries {
  constructor(
    @Inject(DisputesReadModels) private readonly readModels: DisputesReadModels,
    @Inject(Infrastructure) private readonly infra: Infrastructure,
    @Inject(PersonalDataView) private readonly personalData: PersonalDataView,
  ) {}

  /** The position the read models have reached, as a decimal string. */
  position(): string {
    return this.readModels.position().toString();
  }

  /** True when the read models include `minPosition` (waiting a little for it), or none was asked. */
  async reached(minPosition: string | undefined): Promise<boolean> {
    return minPosition === undefined || this.readModels.waitFor(BigInt(minPosition), READ_YOUR_WRITES_WAIT_MS);
  }

  async detail(disputeId: string, reader: Reader): Promise<DisputeDetail> {
    const [summary, history] = await Promise.all([findDisputeSummary(this.infra.mongo, disputeId), findDisputeHistory(this.infra.mongo, disputeId)]);
    if (!summary) throw new NotFound('Dispute', disputeId);
    const { personalData, parties } = await this.personalData.parties(reader, disputeId, summary.parties);
    return { ...summary, personalData, parties, history: history?.entries ?? [] };
  }

  list(filter: DisputeFilter, page: PageRequest): Promise<DisputePage> {
    return listDisputes(this.infra.mongo, filter, page);
  }

  /** A community's open disputes (or only its overdue ones), with both counts. */
  async ofCommunity(communityId: string, only: 'open' | 'overdue', page: PageRequest): Promise<DisputePage & { counts: { open: number; overdue: number } }> {
    const filter: DisputeFilter = only === 'overdue' ? { communityId, overdue: true } : { communityId, status: 'open' };
    const [list, counts] = await Promise.all([listDisputes(this.infra.mongo, filter, page), countOpenDisputes(this.infra.mongo, communityId)]);
    return { ...list, counts };
  }
}
