import { nameBasedUuid } from '../src/application/aggregate-ids.js';

/** One HTTP command of the seed, with the Idempotency-Key that makes a re-run harmless. */
export interface Step {
  readonly method: 'POST' | 'PUT';
  readonly path: string;
  readonly body: object;
  readonly key: string;
  /** Who acts: the community's owners' committee, its property manager (ledger, statements), or a county officer. */
  readonly actor: { readonly id: string; readonly role: 'owners_committee' | 'property_manager' | 'county_officer'; readonly unit: string };
}

/** A residential community, as the organizations seed wrote it (or as this seed made it up). */
export interface SeedCommunity {
  readonly id: string;
  readonly name: string;
  readonly pilot: boolean;
}

/** The year the seed plays: twelve months, and the real today that no business date may pass. */
export interface SeedWindow {
  readonly months: readonly string[];
  readonly today: string;
}

/** What one community's plan needs to know about the run. */
export interface CommunityContext {
  readonly seed: number;
  readonly index: number;
  readonly community: SeedCommunity;
  readonly window: SeedWindow;
}

/** A step of the community's owners' committee; its key and derived ids hang on `label`, unique per community. */
export function committeeStep(context: CommunityContext, label: string, method: Step['method'], path: string, body: object): Step {
  const { community } = context;
  return {
    method,
    path: `/communities/${community.id}${path}`,
    body,
    key: `yugan-${context.seed}-${context.index}-${label}`,
    actor: { id: `committee-${context.index}`, role: 'owners_committee', unit: community.id },
  };
}

/** A step of the community's property manager (ledger entries, reversals, statements): the same keys as a committee step. */
export function managerStep(context: CommunityContext, label: string, method: Step['method'], path: string, body: object): Step {
  return { ...committeeStep(context, label, method, path, body), actor: { id: `manager-${context.index}`, role: 'property_manager', unit: context.community.id } };
}

/** A stable id for something the seed creates in a community (tender, contract, entry). */
export const seedId = (context: CommunityContext, label: string): string => nameBasedUuid(`yugan seed ${context.seed} ${context.community.id} ${label}`);
