import type { RecordedEvent } from '../envelope.js';
import { InvalidAppend } from '../errors.js';
import { newEvent } from '../testing/events.js';
import { newDataKey } from './cipher.js';
import { PersonalDataPolicies } from './policy.js';
import { protectData, subjectsOf } from './protect.js';
import { encryptedSubjects, revealEvent } from './reveal.js';

const policies = new PersonalDataPolicies()
  .register('residents.ResidentRegistered', { subjectId: 'residentId', fields: ['name', 'phone', 'address.room'] })
  .register('households.MembersListed', { each: 'members', subjectId: 'residentId', fields: ['name'] }, { subjectId: 'contact.residentId', fields: ['contact.phone'] });
const groupsFor = (type: string) => policies.groupsFor(type);

const registered = { residentId: 'r-1', name: '李四', phone: '13900001111', address: { building: '3', room: '1201' }, consent: true };
const listed = { householdId: 'h-1', members: [{ residentId: 'r-1', name: '李四' }, { residentId: 'r-2', name: '王五' }], contact: { residentId: 'r-2', phone: '13700002222' } };
const keys = new Map([['r-1', newDataKey()], ['r-2', newDataKey()]]);

const stored = (type: string, data: Record<string, unknown>): RecordedEvent =>
  ({ ...newEvent({ type }), data: protectData(data, groupsFor(type), keys), streamName: 's', streamRevision: 0n, globalPosition: 1n }) as RecordedEvent;

describe('protecting personal fields', () => {
  it('given an event with personal fields, when protected, then only those fields are ciphertext and the input is untouched', () => {
    const input = structuredClone(registered);
    const event = stored('residents.ResidentRegistered', input);
    const text = JSON.stringify(event.data);
    for (const secret of ['李四', '13900001111', '1201']) expect(text).not.toContain(secret);
    expect(event.data).toMatchObject({ residentId: 'r-1', consent: true, address: { building: '3' } });
    expect(input).toEqual(registered);
  });

  it('given events of several subjects, when their subjects are listed, then each appears once, arrays included', () => {
    const events = [newEvent({ type: 'residents.ResidentRegistered', data: registered }), newEvent({ type: 'households.MembersListed', data: listed })];
    expect(subjectsOf(events, groupsFor).sort()).toEqual(['r-1', 'r-2']);
  });

  it('given all keys, when revealed, then the event reads exactly as written', () => {
    expect(revealEvent(stored('households.MembersListed', listed), keys).data).toEqual(listed);
  });

  it('given one subject forgotten, when revealed, then only their values become the erased marker', () => {
    const event = stored('households.MembersListed', listed);
    expect(encryptedSubjects([event]).sort()).toEqual(['r-1', 'r-2']);
    const revealed = revealEvent(event, new Map([['r-2', keys.get('r-2') as Buffer]]));
    expect(revealed.data).toEqual({ ...listed, members: [{ residentId: 'r-1', name: { $erased: true } }, listed.members[1]] });
  });

  it('given personal fields without a subject id, when subjects are listed, then InvalidAppend names the missing id', () => {
    const event = newEvent({ type: 'households.MembersListed', data: { members: [{ residentId: 'r-1', name: 'a' }, { name: 'b' }] } });
    expect(() => subjectsOf([event], groupsFor)).toThrow(InvalidAppend);
    expect(() => subjectsOf([event], groupsFor)).toThrow('events[0].data.members[1].residentId');
  });

  it('given an event type without a policy, when protected, then it is left as it is', () => {
    const data = { name: 'not personal here' };
    expect(protectData(data, groupsFor('other.Thing'), keys)).toBe(data);
  });

  it('given a policy that would encrypt the subject id, when registered, then it is refused', () => {
    expect(() => new PersonalDataPolicies().register('x.Y', { subjectId: 'person.id', fields: ['person'] })).toThrow(/subject id/);
  });
});
