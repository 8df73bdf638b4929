import { randomBytes } from 'node:crypto';
import type { RecordedEvent } from '../envelope.js';
import { createPostgresEventStore, type PostgresEventStore } from '../postgres/postgres-event-store.js';
import { newEvent, testMetadata, uniqueStream } from '../testing/events.js';
import { dumpSchema } from '../testing/pg-dump.js';
import { databaseUrl, dropSchema, uniqueSchema } from '../testing/postgres-schema.js';
import { RecordingSubscription } from '../testing/probes.js';
import { SubjectForgotten } from './key-store.js';
import { PersonalDataProtection } from './personal-data-protection.js';
import { PersonalDataPolicies } from './policy.js';
import { createPostgresKeyStore, type PostgresPersonalDataKeyStore } from './postgres-key-store.js';

const marker = randomBytes(4).toString('hex'); // makes the plaintexts unique to this run for grep
const resident = (id: string, name: string) => ({
  residentId: id,
  name: `${name}-${marker}`,
  phone: `138-${marker}-${id}`,
  idNumber: `110105-${marker}-${id}-X`,
  address: { building: '3号楼', room: `1201-${marker}-${id}` },
  movedInOn: '2025-11-01',
});
const zhang = resident('r-zhang', '张三丰');
const li = resident('r-li', '李四');
const household = { householdId: 'h-1', size: 2, members: [{ residentId: 'r-zhang', name: zhang.name }, { residentId: 'r-li', name: li.name }] };
const secretsOf = (person: ReturnType<typeof resident>): string[] => [person.name, person.phone, person.idNumber, person.address.room];
const erased = { $erased: true };

describe('crypto-shredding personal data in PostgreSQL', () => {
  const schema = uniqueSchema('pii');
  const policies = new PersonalDataPolicies()
    .register('residents.ResidentRegistered', { subjectId: 'residentId', fields: ['name', 'phone', 'idNumber', 'address.room'] })
    .register('households.HouseholdFormed', { each: 'members', subjectId: 'residentId', fields: ['name'] });
  let inner: PostgresEventStore;
  let keys: PostgresPersonalDataKeyStore;
  let store: PersonalDataProtection;
  const stream = uniqueStream('community');

  beforeAll(async () => {
    inner = await createPostgresEventStore({ connectionString: databaseUrl(), schema, poolSize: 4 });
    keys = await createPostgresKeyStore({ pool: inner.pool, schema, keyEncryptionKey: randomBytes(32) });
    store = new PersonalDataProtection(inner, policies, keys);
    await store.appendToStream(stream, [
      newEvent({ type: 'residents.ResidentRegistered', data: zhang }),
      newEvent({ type: 'residents.ResidentRegistered', data: li }),
      newEvent({ type: 'households.HouseholdFormed', data: household }),
    ]);
  });
  afterAll(async () => {
    await store.close();
    await dropSchema(schema);
  });

  it('given personal data was appended, when the database is dumped, then no plaintext is stored but reads see it', async () => {
    const dump = await dumpSchema(databaseUrl(), schema);
    for (const secret of [...secretsOf(zhang), ...secretsOf(li)]) expect(dump).not.toContain(secret);
    expect(dump).toContain('"$pii"');
    expect((await store.readStream(stream)).map((e) => e.data)).toEqual([zhang, li, household]);
  });

  it('given a subject is forgotten, when everything is replayed, then their fields read as erased, the rest is unchanged and the dump holds no trace', async () => {
    const zhangKey = (await keys.findKeys(['r-zhang'])).get('r-zhang') as Buffer;
    const forgotten = await store.forgetSubject('r-zhang', testMetadata({ reason: 'resident asked for erasure (PIPL art. 47)' }));
    expect(forgotten.keyDestroyed).toBe(true);

    const replay = new RecordingSubscription(store);
    await replay.waitFor(4);
    await replay.stop();
    const [zhangEvent, liEvent, householdEvent, erasure] = replay.events;
    expect(zhangEvent.data).toEqual({ ...zhang, name: erased, phone: erased, idNumber: erased, address: { building: '3号楼', room: erased } });
    expect(liEvent.data).toEqual(li);
    expect(householdEvent.data).toEqual({ ...household, members: [{ residentId: 'r-zhang', name: erased }, household.members[1]] });
    expect(erasure).toMatchObject({ type: 'personal-data.SubjectForgotten', data: { subjectId: 'r-zhang' } });
    expect(await store.readStream(stream)).toEqual(replay.events.slice(0, 3));

    const everything = JSON.stringify(replay.events.map(withoutBigints));
    for (const secret of secretsOf(zhang)) expect(everything).not.toContain(secret);
    const dump = await dumpSchema(databaseUrl(), schema);
    for (const secret of secretsOf(zhang)) expect(dump).not.toContain(secret);
    expect(dump).not.toContain(zhangKey.toString('hex'));
    expect(dump).not.toContain(zhangKey.toString('base64'));
  });

  it('given a forgotten subject, when forgotten again, then nothing new is recorded', async () => {
    const again = await store.forgetSubject('r-zhang', testMetadata());
    expect(again.keyDestroyed).toBe(false);
    expect(await store.readStream('personal-data-r-zhang')).toHaveLength(1);
  });

  it('given a forgotten subject, when new personal data names them, then the append is refused and nothing is written', async () => {
    const other = uniqueStream('community');
    await expect(store.appendToStream(other, [newEvent({ type: 'residents.ResidentRegistered', data: resident('r-zhang', '张三丰') })])).rejects.toBeInstanceOf(SubjectForgotten);
    expect(await store.readStream(other)).toEqual([]);
  });
});

const withoutBigints = (event: RecordedEvent) => ({ ...event, streamRevision: String(event.streamRevision), globalPosition: String(event.globalPosition) });
