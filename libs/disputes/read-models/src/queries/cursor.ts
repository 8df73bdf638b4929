// The `next` token of a dispute list: where the previous page ended in (reportedAt desc, id) order.
// Opaque to clients (base64url JSON); a token that does not decode is refused, never guessed at.

export interface DisputeCursor {
  readonly reportedAt: string;
  readonly id: string;
}

export function encodeCursor(cursor: DisputeCursor): string {
  return Buffer.from(JSON.stringify([cursor.reportedAt, cursor.id]), 'utf8').toString('base64url');
}

/** The cursor a token stands for, or null when it is not one this list produced. */
export function decodeCursor(token: string): DisputeCursor | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (!Array.isArray(value) || value.length !== 2 || !value.every((part) => typeof part === 'string')) return null;
    const [reportedAt, id] = value as [string, string];
    return Number.isNaN(Date.parse(reportedAt)) ? null : { reportedAt, id };
  } catch {
    return null;
  }
}

/** True for a token `decodeCursor` accepts (for input validation at the edge). */
export const isDisputeCursor = (token: unknown): boolean => typeof token === 'string' && token.length <= 512 && decodeCursor(token) !== null;
