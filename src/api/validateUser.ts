// Runtime check of a GET /v2/users/me 200 body (PrivateUserDataResponse → UserPrivateInfo).
// Only what the extension reads is checked; plan, proxy, etc. may be absent when a token
// is used from inside an Actor run, so their absence must not fail sign-in.
import { describeJsonType, isJsonObject } from './describeJsonType';
import { ApifyInvalidResponseError } from './errors';
import type { ApifyUser } from './types';

export function validateUser(body: unknown): ApifyUser {
  const problems: string[] = [];
  const data = isJsonObject(body) ? body.data : undefined;
  if (!isJsonObject(body)) problems.push(`body: expected an object, got ${describeJsonType(body)}`);
  else if (!('data' in body)) problems.push('data: missing');
  else if (!isJsonObject(data)) problems.push(`data: expected an object, got ${describeJsonType(data)}`);
  else {
    if (!('username' in data)) problems.push('data.username: missing');
    else if (typeof data.username !== 'string') problems.push(`data.username: expected a string, got ${describeJsonType(data.username)}`);
    if (data.id !== undefined && typeof data.id !== 'string') problems.push(`data.id: expected a string, got ${describeJsonType(data.id)}`);
  }
  if (problems.length > 0 || !isJsonObject(data)) {
    throw new ApifyInvalidResponseError(`The Apify API sent account details in an unexpected shape: ${problems.join('; ')}.`, problems);
  }
  const user: ApifyUser = { username: data.username as string };
  if (typeof data.id === 'string') user.id = data.id;
  return user;
}
