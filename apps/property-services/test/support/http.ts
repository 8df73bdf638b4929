import { randomUUID } from 'node:crypto';
import { creditCodeCheckCharacter } from '@linli/property-services-domain';
import { authHeaders } from '@linli/service-kit/testing';

/** An HTTP answer, body parsed. */
export interface Answer<T = Record<string, unknown>> {
  readonly status: number;
  readonly body: T;
  readonly etag: string | null;
}

type Headers = Record<string, string>;

/** A small client over fetch for the service under test; it acts with the test kit's default token unless headers carry another. */
export function client(baseUrl: string) {
  const asAdmin = authHeaders({ subject: 'member-zhang' });
  const send = async <T>(method: string, path: string, body?: unknown, headers: Headers = {}): Promise<Answer<T>> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { ...(await asAdmin), ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : {}) as T, etag: response.headers.get('etag') };
  };
  return {
    get: <T = Record<string, unknown>>(path: string, headers?: Headers) => send<T>('GET', path, undefined, headers),
    /**
     * A query with minPosition, asked again while it answers 202 (as a client should). The read
     * models trail the store by a few milliseconds, but any long transaction elsewhere in the
     * PostgreSQL cluster holds every subscriber back until it ends, which can take seconds.
     */
    read: async <T = Record<string, unknown>>(path: string): Promise<Answer<T>> => {
      for (const deadline = Date.now() + 30_000; ; ) {
        const answer = await send<T>('GET', path);
        if (answer.status !== 202 || Date.now() > deadline) return answer;
      }
    },
    post: <T = Record<string, unknown>>(path: string, body: unknown = {}, headers?: Headers) => send<T>('POST', path, body, headers),
    put: <T = Record<string, unknown>>(path: string, body: unknown, headers?: Headers) => send<T>('PUT', path, body, headers),
  };
}

export type Client = ReturnType<typeof client>;

/** What a command answers. */
export interface Accepted {
  readonly id: string;
  readonly revision: string;
  readonly position: string | null;
  readonly events: string[];
}

/** A fresh id, so every test works on its own community, company and entries. */
export const freshId = (): string => randomUUID();

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A valid unified social credit code no other test uses (Yugan County's region code, random body). */
export function freshCreditCode(): string {
  const body = `91361127${Array.from({ length: 9 }, () => ALPHABET.charAt(Math.floor(Math.random() * ALPHABET.length))).join('')}`;
  return body + (creditCodeCheckCharacter(body) ?? '0');
}

/** The field errors of a 400 answer, as [field, rule] pairs. */
export const fieldErrors = (answer: Answer): Array<[string, string]> =>
  ((answer.body['errors'] ?? []) as Array<{ field: string; rule: string }>).map(({ field, rule }) => [field, rule]);
