// Runtime check of a paginated 200 body ({data: {total, offset, limit, desc, count, items}})
// against the request that asked for it. A page is refused only where showing it could skip or
// repeat items (its offset, order or count do not match what was asked); a bad item only costs
// itself; an unusable or implausible `total` is treated as unknown.
import { describeJsonType, isJsonObject } from './describeJsonType';
import { ApifyInvalidResponseError } from './errors';
import { checkFields, describeValue, type FieldSpec } from './fieldSpec';
import type { Page, RejectedItem } from './types';

const MAX_PROBLEMS_IN_MESSAGE = 3;
/** No Apify list is this long; a larger total (10^15 has been seen from a broken proxy) is not believed. */
export const MAX_PLAUSIBLE_TOTAL = 1_000_000_000;

/** What was asked for; the answer must match it. */
export interface PageQuery {
  offset: number;
  limit: number;
  desc: boolean;
}

/** `what` names the list in messages, e.g. "task list". */
export function validatePage<T extends { id: string }>(body: unknown, itemSpec: FieldSpec<T>, query: PageQuery, what: string): Page<T> {
  const problems: string[] = [];
  const data = isJsonObject(body) ? body.data : undefined;
  if (!isJsonObject(body)) problems.push(`body: expected an object, got ${describeJsonType(body)}`);
  else if (!('data' in body)) problems.push('data: missing');
  else if (!isJsonObject(data)) problems.push(`data: expected an object, got ${describeJsonType(data)}`);
  if (!isJsonObject(data)) throw invalidPage(what, problems);

  const rawItems = data.items;
  if (!('items' in data)) problems.push('data.items: missing');
  else if (!Array.isArray(rawItems)) problems.push(`data.items: expected an array, got ${describeJsonType(rawItems)}`);
  const offset = data.offset;
  if (!('offset' in data)) problems.push('data.offset: missing');
  else if (offset !== query.offset) problems.push(`data.offset: the page starts at ${describeValue(offset)}, not at the requested offset ${query.offset}`);
  if (!('desc' in data)) problems.push('data.desc: missing');
  else if (data.desc !== query.desc) problems.push(`data.desc: the page is ${describeOrder(data.desc)}, not ${describeOrder(query.desc)} as requested`);
  const count = data.count;
  if (!('count' in data)) problems.push('data.count: missing');
  else if (!Number.isInteger(count)) problems.push(`data.count: expected an integer, got ${describeValue(count)}`);
  if (problems.length > 0 || !Array.isArray(rawItems)) throw invalidPage(what, problems);

  if (count !== rawItems.length) problems.push(`data.count (${count}) does not match the number of items (${rawItems.length})`);
  const limit = Number.isInteger(data.limit) && (data.limit as number) >= 1 ? (data.limit as number) : undefined;
  if (limit !== undefined && rawItems.length > limit) problems.push(`data.items has ${rawItems.length} items, more than data.limit (${limit})`);
  if (rawItems.length > query.limit) problems.push(`data.items has ${rawItems.length} items, more than the requested limit (${query.limit})`);
  const total = plausibleTotal(data.total);
  if (total !== undefined && total < query.offset + rawItems.length) {
    problems.push(`data.total (${total}) is less than data.offset + data.count (${query.offset + rawItems.length})`);
  }
  if (problems.length > 0) throw invalidPage(what, problems);

  const { items, rejected } = checkItems(rawItems, itemSpec);
  return { total, offset: query.offset, limit, desc: query.desc, count: rawItems.length, items, rejected };
}

/** A usable total, or undefined when it is missing, not a count, or not plausible. */
function plausibleTotal(value: unknown): number | undefined {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= MAX_PLAUSIBLE_TOTAL ? (value as number) : undefined;
}

function describeOrder(desc: unknown): string {
  if (desc === true) return 'newest first';
  if (desc === false) return 'oldest first';
  return `in an unknown order (${describeValue(desc)})`;
}

function checkItems<T extends { id: string }>(rawItems: unknown[], spec: FieldSpec<T>): { items: T[]; rejected: RejectedItem[] } {
  const items: T[] = [];
  const rejected: RejectedItem[] = [];
  const firstIndexById = new Map<string, number>();
  rawItems.forEach((raw, index) => {
    // Built only for a problem: most pages have none, and this runs for every item.
    const where = (): string => `items[${index}]`;
    const check = checkFields(raw, spec, where);
    if (!check.ok) {
      rejected.push({ index, reason: check.problems.join('; ') });
      return;
    }
    const first = firstIndexById.get(check.value.id);
    if (first !== undefined) {
      rejected.push({ index, reason: `${where()}.id: duplicate of items[${first}].id ${JSON.stringify(check.value.id)}` });
      return;
    }
    firstIndexById.set(check.value.id, index);
    items.push(check.value);
  });
  return { items, rejected };
}

function invalidPage(what: string, problems: string[]): ApifyInvalidResponseError {
  const shown = problems.slice(0, MAX_PROBLEMS_IN_MESSAGE).join('; ');
  const more = problems.length > MAX_PROBLEMS_IN_MESSAGE ? ` (and ${problems.length - MAX_PROBLEMS_IN_MESSAGE} more)` : '';
  return new ApifyInvalidResponseError(`The Apify API sent a ${what} page the extension cannot use: ${shown}${more}.`, problems);
}
