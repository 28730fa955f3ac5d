// Whether a save would overwrite a change made elsewhere (Apify Console, another editor), and
// what each answer to the conflict dialog does. Pure: unit-tested in plain Node.

/** What the editor knows of the task: as seen when the document was opened or last saved, or as Apify has it now. */
export interface TaskVersion {
  modifiedAt?: string;
  input?: unknown;
}

/**
 * True when the task changed since `seen`. modifiedAt moves on every change; when either side
 * lacks it (a proxy, an older API), the inputs themselves are compared.
 */
export function changedElsewhere(seen: TaskVersion, current: TaskVersion): boolean {
  if (seen.modifiedAt !== undefined && current.modifiedAt !== undefined) {
    const [a, b] = [Date.parse(seen.modifiedAt), Date.parse(current.modifiedAt)];
    return Number.isNaN(a) || Number.isNaN(b) ? seen.modifiedAt !== current.modifiedAt : a !== b;
  }
  return canonicalJson(seen.input ?? null) !== canonicalJson(current.input ?? null);
}

export type ConflictChoice = 'compare' | 'overwrite' | 'cancel';

/**
 * Each answer keeps what was typed: only Overwrite sends it; Compare opens a diff and leaves the
 * document unsaved (saving again asks again); Cancel, or closing the dialog, sends nothing.
 */
export function conflictOutcome(choice: ConflictChoice | undefined): { send: boolean; showDiff: boolean } {
  return { send: choice === 'overwrite', showDiff: choice === 'compare' };
}

/** JSON with object keys sorted, so two equal inputs compare equal whatever their key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return item;
    return Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });
}
