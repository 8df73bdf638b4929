import { Inject, Injectable } from '@nestjs/common';
import { NotFound } from '@linli/domain-kernel';
import type { EventStore } from '@linli/event-store';
import { businessDateOf, communityLedger, contentsOf, ledgerStreamName, verifyStatement, type StatementVerification } from '@linli/property-services-domain';
import { CommandExecutor, EVENT_STORE, type CommandAccepted, type CommandContext } from '@linli/service-kit';
import { LEDGER_CONFIG, type LedgerConfig } from '../config/ledger-config.js';
import { stateOf } from './stream-state.js';

/** A verification as the API reports it: which ledger revision was replayed, and when. */
export type VerificationReport = StatementVerification & { readonly ledgerRevision: string; readonly verifiedAt: string };

/** Publishes statements (with the configured deadline) and re-verifies them against the event history. */
@Injectable()
export class StatementCommands {
  constructor(
    @Inject(CommandExecutor) private readonly executor: CommandExecutor,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
  ) {}

  publish(communityId: string, period: string, publishedOn: string | undefined, context: CommandContext): Promise<CommandAccepted> {
    const data = { communityId, period, publicationDeadlineDays: this.config.publicationDeadlineDays };
    return this.executor.execute(communityLedger, ledgerStreamName(communityId), period, publishedAt(context, publishedOn), { type: 'PublishStatement', data });
  }

  /**
   * Replays the community's ledger stream and checks the published statement against the entries
   * and fee records it folds to: the seal and every figure must still agree. Reads the event store,
   * never the read models, so a tampered or rebuilt read model cannot vouch for itself.
   */
  async verify(communityId: string, period: string): Promise<VerificationReport> {
    const { state, revision } = await stateOf(this.store, communityLedger, ledgerStreamName(communityId));
    const { entries, fees, statements } = contentsOf(state);
    const statement = statements.find((published) => published.period === period);
    if (!statement) throw new NotFound('Statement', `${communityId} ${period}`);
    return { ...verifyStatement(statement, entries, fees), ledgerRevision: String(revision), verifiedAt: new Date().toISOString() };
  }
}

/**
 * The domain dates a statement with the business date of `now`. A statement posted on an earlier
 * day and recorded later is decided at noon (China time) of that day; today keeps the real time.
 */
function publishedAt(context: CommandContext, publishedOn: string | undefined): CommandContext {
  if (publishedOn === undefined || publishedOn === businessDateOf(context.now)) return context;
  return { ...context, now: new Date(`${publishedOn}T12:00:00+08:00`).toISOString() };
}
