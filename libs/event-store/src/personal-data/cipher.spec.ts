import { decryptValue, encryptValue, isEncryptedValue, newDataKey, unwrapKey, wrapKey } from './cipher.js';

describe('encrypting personal values', () => {
  const key = newDataKey();

  it.each([['a name', '张三丰'], ['a number', 13800138000], ['an object', { building: 3, room: '1201' }], ['null', null]])(
    'given %s, when encrypted and decrypted with the subject key, then it comes back unchanged and is not in the ciphertext',
    (_label, value) => {
      const encrypted = encryptValue(key, 'resident-1', value);
      expect(isEncryptedValue(encrypted)).toBe(true);
      expect(JSON.stringify(encrypted)).not.toContain(JSON.stringify(value).replace(/^"|"$/g, ''));
      expect(decryptValue(key, encrypted)).toEqual(value);
    },
  );

  it('given the same value twice, when encrypted, then the ciphertexts differ (random IV)', () => {
    expect(encryptValue(key, 's', 'x').$pii.ct).not.toBe(encryptValue(key, 's', 'x').$pii.ct);
  });

  it('given a ciphertext relabelled with another subject, when decrypted, then authentication fails', () => {
    const encrypted = encryptValue(key, 'resident-1', 'secret');
    expect(() => decryptValue(key, { $pii: { ...encrypted.$pii, subject: 'resident-2' } })).toThrow();
  });

  it('given another key, when decrypting, then authentication fails', () => {
    expect(() => decryptValue(newDataKey(), encryptValue(key, 's', 'secret'))).toThrow();
  });

  it('given a key-encryption key, when a data key is wrapped, then only that KEK and subject unwrap it', () => {
    const kek = newDataKey();
    const wrapped = wrapKey(kek, 'resident-1', key);
    expect(wrapped.includes(key)).toBe(false);
    expect(unwrapKey(kek, 'resident-1', wrapped).equals(key)).toBe(true);
    expect(() => unwrapKey(newDataKey(), 'resident-1', wrapped)).toThrow();
    expect(() => unwrapKey(kek, 'resident-2', wrapped)).toThrow();
  });

  it.each([[{ $pii: { subject: 's', iv: 'a', tag: 'b' } }], [{ $pii: 'x' }], [{ $pii: { subject: 's', iv: 'a', tag: 'b', ct: 'c' }, extra: 1 }], ['text']])(
    'given %j, when checked, then it is not an encrypted value',
    (value) => expect(isEncryptedValue(value)).toBe(false),
  );
});
