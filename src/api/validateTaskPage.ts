// Runtime check of a GET /v2/actor-tasks 200 body against ListOfTasksResponse
// (PaginationResponse + items of TaskShort). Envelope problems make the page unusable
// (we could not tell what we are looking at); item problems only drop that item.
import { describeJsonType, isJsonObject } from './describeJsonType';
import { ApifyInvalidResponseError } from './errors';
import type { RejectedItem, TaskPage, TaskShort } from './types';
import { checkTaskShort, describeNumberish } from './validateTaskShort';

const MAX_PROBLEMS_IN_MESSAGE = 3;

/** Returns the page with valid items kept and invalid or duplicate ones in `rejected`. */
export function validateTaskPage(body: unknown): TaskPage {
  const problems: string[] = [];
  const data = isJsonObject(body) ? body.data : undefined;
  if (!isJsonObject(body)) problems.push(`body: expected an object, got ${describeJsonType(body)}`);
  else if (!('data' in body)) problems.push('data: missing');
  else if (!isJsonObject(data)) problems.push(`data: expected an object, got ${describeJsonType(data)}`);
  if (!isJsonObject(data)) throw invalidPage(problems);

  const total = checkInteger(data, 'total', 0, problems);
  const offset = checkInteger(data, 'offset', 0, problems);
  const limit = checkInteger(data, 'limit', 1, problems);
  const count = checkInteger(data, 'count', 0, problems);
  if (!('desc' in data)) problems.push('data.desc: missing');
  else if (typeof data.desc !== 'boolean') problems.push(`data.desc: expected a boolean, got ${describeJsonType(data.desc)}`);
  const rawItems = data.items;
  if (!('items' in data)) problems.push('data.items: missing');
  else if (!Array.isArray(rawItems)) problems.push(`data.items: expected an array, got ${describeJsonType(rawItems)}`);
  if (problems.length > 0 || !Array.isArray(rawItems)) throw invalidPage(problems);

  // Consistency the schema cannot express; a page that breaks it would make paging skip or repeat tasks.
  if (count !== rawItems.length) problems.push(`data.count (${count}) does not match the number of items (${rawItems.length})`);
  if (rawItems.length > limit!) problems.push(`data.items has ${rawItems.length} items, more than data.limit (${limit})`);
  if (total! < offset! + count!) problems.push(`data.total (${total}) is less than data.offset + data.count (${offset! + count!})`);
  if (problems.length > 0) throw invalidPage(problems);

  const { items, rejected } = checkItems(rawItems);
  return { total: total!, offset: offset!, limit: limit!, desc: data.desc as boolean, count: count!, items, rejected };
}

function checkItems(rawItems: unknown[]): { items: TaskShort[]; rejected: RejectedItem[] } {
  const items: TaskShort[] = [];
  const rejected: RejectedItem[] = [];
  const firstIndexById = new Map<string, number>();
  rawItems.forEach((raw, index) => {
    const where = `items[${index}]`;
    const check = checkTaskShort(raw, where);
    if (!check.ok) {
      rejected.push({ index, reason: check.problems.join('; ') });
      return;
    }
    const first = firstIndexById.get(check.task.id);
    if (first !== undefined) {
      rejected.push({ index, reason: `${where}.id: duplicate of items[${first}].id ${JSON.stringify(check.task.id)}` });
      return;
    }
    firstIndexById.set(check.task.id, index);
    items.push(check.task);
  });
  return { items, rejected };
}

/** Reads `data[key]` as an integer ≥ `minimum`, recording a problem (and returning undefined) otherwise. */
function checkInteger(data: Record<string, unknown>, key: string, minimum: number, problems: string[]): number | undefined {
  const value = data[key];
  if (!(key in data)) problems.push(`data.${key}: missing`);
  else if (!Number.isInteger(value)) problems.push(`data.${key}: expected an integer, got ${describeNumberish(value)}`);
  else if ((value as number) < minimum) problems.push(`data.${key}: must be at least ${minimum}, got ${value}`);
  else return value as number;
  return undefined;
}

function invalidPage(problems: string[]): ApifyInvalidResponseError {
  const shown = problems.slice(0, MAX_PROBLEMS_IN_MESSAGE).join('; ');
  const more = problems.length > MAX_PROBLEMS_IN_MESSAGE ? ` (and ${problems.length - MAX_PROBLEMS_IN_MESSAGE} more)` : '';
  return new ApifyInvalidResponseError(`The Apify API sent a task list in an unexpected shape: ${shown}${more}.`, problems);
}
