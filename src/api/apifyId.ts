// What an Apify ID can be. IDs reach the clipboard, URLs and tree-row ids, so anything else
// (line breaks, shell syntax, '/' or ':' that row ids use as separators) is refused outright.

/** Letters, digits and Apify's separators `-`, `_`, `.`, `~`; 1–100 characters; at least one letter or digit. */
const APIFY_ID = /^(?=.*[A-Za-z0-9])[A-Za-z0-9._~-]{1,100}$/;

/** True when `value` can be an Apify ID (task, run, dataset, actor, build, user). */
export function isApifyId(value: unknown): value is string {
  return typeof value === 'string' && APIFY_ID.test(value);
}

/** Why a value is not an ID, for rejection reasons; never repeats the value itself. */
export const APIFY_ID_RULE = "not an Apify ID (1–100 letters, digits, '-', '_', '.' or '~')";
