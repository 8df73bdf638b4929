import { randomUUID } from 'node:crypto';
import { organizationsContracts, organizationsGateway, ORGANIZATIONS_TOPIC } from '@linli/contracts';
import type { EventStore } from '@linli/event-store';
import { ensureTopics, PostgresCheckpointStore, startRelay, topicSpecsFor, type Relay } from '@linli/messaging';
import type { Role } from '@linli/security';
import { EVENT_STORE, Infrastructure } from '@linli/service-kit';
import { authHeaders, type BootedService } from '@linli/service-kit/testing';
import { Kafka, logLevel } from 'kafkajs';
import { bootOrganizations, idOf, type OrganizationsApi } from './support/organizations-api.js';
import { buildLadder, establish, estateWithBranch } from './support/yugan-tree.js';

// The organisation tree every service's kit follows, end to end on the real servers: units and
// estates created through the organizations API, their public events relayed from the event store
// to a Kafka topic of this file's own, and a service whose access policy learns the tree from that
// topic alone (AUTH_TREE_FEED=kafka). A token scoped to a new working committee (a "street") reaches
// an estate registered below it once the events have arrived — not before, and never one elsewhere.

const suffix = randomUUID().slice(0, 8);
const topicName = (topic: string) => `${topic}.tree-${suffix}`;
const treeTopic = topicName(ORGANIZATIONS_TOPIC);
const relayName = `org-tree-feed-test-${suffix}`;
const kafka = new Kafka({ clientId: `org-tree-feed-${suffix}`, brokers: (process.env['KAFKA_BROKERS'] ?? '').split(','), logLevel: logLevel.NOTHING });

describe('the organisation tree a service learns from linli.organizations.v1', () => {
  let service: BootedService;
  let api: OrganizationsApi;
  let relay: Relay | undefined;
  let street: string;
  let otherStreet: string;
  let estate: string;
  let otherEstate: string;
  let headBefore: bigint;

  const as = (unitId: string, role: Role = 'branch_secretary') => authHeaders({ subject: `feed-${role}-${unitId}`, role, unitId });
  const readEstate = async (communityId: string, unitId: string) => (await api.send('GET', `/communities/${communityId}`, undefined, await as(unitId))).status;
  const scheduleIn = async (communityId: string, unitId: string) =>
    (await api.post('/reception-days', { communityId, officialSubjectId: 'official-17', scheduledFor: '2025-05-20', venue: 'Party and mass service centre' }, await as(unitId))).status;

  beforeAll(async () => {
    const admin = kafka.admin();
    await admin.connect();
    await ensureTopics(admin, topicSpecsFor(organizationsContracts, topicName));
    await admin.disconnect();
    ({ service, api } = await bootOrganizations({ AUTH_TREE_FEED: 'kafka', AUTH_TREE_TOPIC: treeTopic }));
    const { rows } = await service.app.get(Infrastructure).pg.query<{ head: string }>('SELECT coalesce(max(global_position), 0)::text AS head FROM linli.linli_events');
    headBefore = BigInt(rows[0]!.head);
    // Built with the root token while nothing relays to the test's topic yet.
    const ladder = await buildLadder(api);
    street = ladder.workingCommittee;
    otherStreet = idOf(await establish(api, { type: 'urban_community_party_working_committee', name: `Second Working Committee ${suffix}`, parentId: ladder.county, effectiveFrom: '2020-01-01' }));
    const otherCommittee = idOf(await establish(api, { type: 'community_party_committee', name: `Xishan Community Committee ${suffix}`, parentId: otherStreet, effectiveFrom: '2020-06-01' }));
    ({ estate } = await estateWithBranch(api, ladder.committee, 'Yingbin Garden'));
    ({ estate: otherEstate } = await estateWithBranch(api, otherCommittee, 'Teacher New Village'));
  }, 300_000);

  afterAll(async () => {
    await relay?.stop();
    await service?.app.get(Infrastructure).pg.query('DELETE FROM linli.linli_relay_checkpoints WHERE name = $1', [relayName]).catch(() => undefined);
    await service?.close();
    const admin = kafka.admin();
    await admin.connect();
    await admin.deleteTopics({ topics: (await admin.listTopics()).filter((topic) => topic.endsWith(`.tree-${suffix}`)) }).catch(() => undefined);
    await admin.disconnect();
  }, 240_000);

  /** Relays the organizations service's public events stored since the test began to the test's topic, as the service's own relay does. */
  const startTestRelay = async () => {
    if (relay) return;
    const checkpoints = await PostgresCheckpointStore.create(service.app.get(Infrastructure).pg);
    await checkpoints.save(relayName, headBefore);
    relay = await startRelay({
      name: relayName,
      store: service.app.get<EventStore>(EVENT_STORE),
      kafka,
      gateway: organizationsGateway,
      checkpoints,
      filter: { streamPrefixes: ['organizations.'] },
      topicName,
    });
  };

  /** Polls until the answer is no longer 403 (the tree has heard of the target), or gives up. */
  const untilAllowed = async (probe: () => Promise<number>, timeoutMs = 90_000): Promise<number> => {
    for (const deadline = Date.now() + timeoutMs; ; await new Promise((resolve) => setTimeout(resolve, 250))) {
      const status = await probe();
      if (status !== 403 || Date.now() > deadline) return status;
    }
  };

  it('refuses a token scoped to the street before the estate\'s events have arrived', async () => {
    expect(await readEstate(estate, street)).toBe(403);
    expect(await scheduleIn(estate, street)).toBe(403);
  });

  it('lets the token act on the estate below its street once the events have arrived over Kafka', async () => {
    await startTestRelay();
    expect(await untilAllowed(() => readEstate(estate, street))).toBe(200);
    expect(await scheduleIn(estate, street)).toBe(201);
  }, 180_000);

  it('keeps refusing estates outside the street, even once the tree knows them', async () => {
    await startTestRelay();
    // The other street's estate arrived too: its own street's token reaches it.
    expect(await untilAllowed(() => readEstate(otherEstate, otherStreet))).toBe(200);
    expect(await readEstate(otherEstate, street)).toBe(403);
    expect(await scheduleIn(otherEstate, street)).toBe(403);
    expect(await readEstate(estate, otherStreet)).toBe(403);
    expect(await scheduleIn(estate, otherStreet)).toBe(403);
  }, 180_000);

  it('never lets the whole-county list through to the street\'s token', async () => {
    expect((await api.send('GET', '/org-units', undefined, await as(street, 'county_admin'))).status).toBe(403);
  });
});
