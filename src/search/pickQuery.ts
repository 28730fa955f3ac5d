// What a quick pick shows for the text typed into it, mirrored from VS Code's own filter so the
// extension can filter lists too long to send to the quick pick whole (see PickFilter). VS Code
// trims the text, matches it case-insensitively against the label and, separately, the
// description, `*` standing for any run of characters; failing that, it also accepts a prefix or
// camel-case match. No vscode import: unit-tested in plain Node.

/** The typed text, prepared once for matching many items. */
export interface PickQuery {
  /** The text between `*`s, lower-cased: each must occur, in this order. */
  readonly parts: readonly string[];
  /** The text without `*`, lower-cased, for the looser match. */
  readonly characters: string;
}

/** The query for `typed`; undefined when nothing (but spaces) is typed, which shows every item. */
export function pickQuery(typed: string): PickQuery | undefined {
  const text = typed.trim().toLowerCase();
  if (text === '') return undefined;
  return { parts: text.split('*').filter((part) => part !== ''), characters: text.replaceAll('*', '') };
}

/** Whether `text` (lower-cased) contains the query's parts in order: what VS Code highlights as a match. */
export function matchesQuery(query: PickQuery, text: string): boolean {
  return occurInOrder(query.parts, text);
}

/**
 * Whether the query's characters occur in `text` (lower-cased) in order, not necessarily
 * together. Every prefix or camel-case match VS Code accepts is one of these, so an item that
 * fails this is certain not to be shown by VS Code.
 */
export function mayMatchQuery(query: PickQuery, text: string): boolean {
  return occurInOrder(query.characters, text); // a string iterates by code point
}

/** Whether each of `pieces` occurs in `text` after the one before it, without overlapping. */
function occurInOrder(pieces: Iterable<string>, text: string): boolean {
  let from = 0;
  for (const piece of pieces) {
    const at = text.indexOf(piece, from);
    if (at < 0) return false;
    from = at + piece.length;
  }
  return true;
}
