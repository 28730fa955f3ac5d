// Runtime check of a single-item 200 body ({"data": item}); unlike a page, a bad item leaves
// nothing to show, so the whole answer is refused, naming the problems.
import { describeJsonType, isJsonObject } from './describeJsonType';
import { ApifyInvalidResponseError } from './errors';
import { checkFields, type FieldSpec } from './fieldSpec';

/** `what` names the item in messages, e.g. "run". */
export function validateData<T extends object>(body: unknown, spec: FieldSpec<T>, what: string): T {
  let problems: string[];
  if (!isJsonObject(body)) problems = [`body: expected an object, got ${describeJsonType(body)}`];
  else if (!('data' in body)) problems = ['data: missing'];
  else {
    const check = checkFields(body.data, spec, 'data');
    if (check.ok) return check.value;
    problems = check.problems;
  }
  throw new ApifyInvalidResponseError(`The Apify API sent a ${what} in an unexpected shape: ${problems.join('; ')}.`, problems);
}

/** A body that must be a JSON object, kept as it came (a task's input). */
export function validateJsonObject(body: unknown, what: string): Record<string, unknown> {
  if (isJsonObject(body)) return body;
  const problem = `body: expected an object, got ${describeJsonType(body)}`;
  throw new ApifyInvalidResponseError(`The Apify API sent a ${what} in an unexpected shape: ${problem}.`, [problem]);
}
