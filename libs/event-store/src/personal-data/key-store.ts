/** A data subject whose key was destroyed: their personal data can no longer be written or read. */
export class SubjectForgotten extends Error {
  constructor(readonly subjectIds: readonly string[]) {
    super(`personal data of ${subjectIds.join(', ')} was erased; a returning person needs a new subject id`);
    this.name = 'SubjectForgotten';
  }
}

/** Keeps one data key per data subject; destroying it is what erases their personal data. */
export interface PersonalDataKeyStore {
  /** The subjects' keys, created on first use; throws SubjectForgotten if any was destroyed. */
  keysFor(subjectIds: readonly string[]): Promise<Map<string, Buffer>>;
  /** The keys that still exist among these subjects; forgotten and unknown subjects are absent. */
  findKeys(subjectIds: readonly string[]): Promise<Map<string, Buffer>>;
  /** Destroys the subject's key for good (and bars a new one); true if a key existed until now. */
  destroyKey(subjectId: string): Promise<boolean>;
}
