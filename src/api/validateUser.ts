// Runtime check of a GET /v2/users/me 200 body (PrivateUserDataResponse → UserPrivateInfo).
// Only what the extension reads is checked; plan, proxy, etc. may be absent when a token
// is used from inside an Actor run, so their absence must not fail sign-in.
import { describeJsonType, isJsonObject } from './describeJsonType';
import { ApifyInvalidResponseError } from './errors';
import { checkFields, type FieldSpec } from './fieldSpec';
import type { ApifyUser } from './types';

const USER_FIELDS: FieldSpec<ApifyUser> = {
  id: { type: 'apify-id' },
  username: { type: 'string', required: true },
};

export function validateUser(body: unknown): ApifyUser {
  const data = isJsonObject(body) ? body.data : undefined;
  let problems: string[];
  if (!isJsonObject(body)) problems = [`body: expected an object, got ${describeJsonType(body)}`];
  else if (!('data' in body)) problems = ['data: missing'];
  else {
    const check = checkFields(data, USER_FIELDS, 'data');
    if (check.ok) return check.value;
    problems = check.problems;
  }
  throw new ApifyInvalidResponseError(`The Apify API sent account details in an unexpected shape: ${problems.join('; ')}.`, problems);
}
