// Row ids. VS Code refuses two rows with the same id ("Element with id … is already
// registered"), and an id is also what keeps selection and focus on a row across refreshes.
// No vscode import: unit-tested in plain Node.

/**
 * The id segment of an item (a task, later a run). encodeURIComponent leaves every character an
 * Apify ID can have (letters, digits, `-_.~`) as it is, and turns `/` and `:` into `%2F` and
 * `%3A`, so no item segment contains either, whatever the API sent. It is one-to-one, so two
 * distinct IDs never share a row id.
 */
export function itemSegment(itemId: string): string {
  return encodeURIComponent(itemId);
}

/** An item's row id: its segment under its owner's row id (`<taskId>/<runId>`; top level: `<taskId>`). */
export function itemRowId(ownerRowId: string, itemId: string): string {
  return ownerRowId === '' ? itemSegment(itemId) : `${ownerRowId}/${itemSegment(itemId)}`;
}

/**
 * A special row's id (Load more, error, message): `<owner>/:<kind>`, e.g. `/:loadMore` at the
 * root and `<taskId>/:loadMore` under a task. The `:` cannot occur in an item segment, so no
 * item, at any level, can take a special row's id; and owners' ids differ, so their special rows do.
 */
export function specialRowId(ownerRowId: string, kind: string): string {
  return `${ownerRowId}/:${kind}`;
}
