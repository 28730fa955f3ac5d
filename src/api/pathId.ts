// IDs go into URL paths only after the same check items pass (isApifyId), so an ID can never
// climb out of its path segment ("..", "/") or carry anything else.
import { isApifyId } from './apifyId';

/** `id` as a path segment; throws a RangeError (a programming error: IDs come from validated items). */
export function pathId(id: string, what: string): string {
  if (!isApifyId(id)) throw new RangeError(`Not a valid ${what} ID.`);
  return encodeURIComponent(id);
}
