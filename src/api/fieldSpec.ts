// Declarative runtime checks: an item's fields are described once, in a table keyed by its
// TypeScript interface, and the check is derived from the table. Only fields marked `required`
// can cost an item its place on screen; an optional field with an odd value is left out.
// Unknown extra fields are always accepted (and not copied).
import { APIFY_ID_RULE, isApifyId } from './apifyId';
import { describeJsonType, isJsonObject } from './describeJsonType';

/** 'json': any JSON value, kept as it came (an actor's input, an input schema). */
export type FieldType = 'apify-id' | 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'json';

export interface FieldRule {
  type: FieldType;
  /** The extension cannot use the item without it: missing or invalid rejects the item. */
  required?: boolean;
  /** null is kept as null (the schema allows it); otherwise null counts as absent. */
  nullable?: boolean;
  /** Lowest allowed value of an 'integer' or 'number'. */
  min?: number;
  /** The fields of an 'object'. */
  fields?: FieldSpec<object>;
}

/** One rule for every field of `T`, so the table cannot drift from the type. */
export type FieldSpec<T extends object> = { readonly [K in keyof T]-?: FieldRule };

export type FieldCheck<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/**
 * Where a value was found, for messages: "items[3]", or a function that builds it, so that a
 * page of valid items builds no paths at all (they are only needed to report a problem).
 */
export type Where = string | (() => string);

/** Checks `value` found at `where` (e.g. "items[3]") against `spec`; a valid item is copied with known fields only. */
export function checkFields<T extends object>(value: unknown, spec: FieldSpec<T>, where: Where): FieldCheck<T> {
  if (!isJsonObject(value)) return { ok: false, problems: [`${pathOf(where)}: expected an object, got ${describeJsonType(value)}`] };
  const problems: string[] = [];
  const copy: Record<string, unknown> = {};
  for (const [key, rule] of rulesOf(spec)) {
    const field = value[key]; // undefined also when the key is absent: one lookup for both
    if (field === undefined) {
      if (rule.required) problems.push(`${pathOf(where, key)}: missing`);
      continue;
    }
    if (field === null) {
      if (rule.nullable) copy[key] = null;
      else if (rule.required) problems.push(`${pathOf(where, key)}: expected ${expected(rule)}, got null`);
      continue;
    }
    const checked = checkValue(field, rule, where, key);
    if (checked.ok) copy[key] = checked.value;
    else if (rule.required) problems.push(...checked.problems);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: copy as T };
}

/** `where`, or its field `key`, as text. */
function pathOf(where: Where, key?: string): string {
  const base = typeof where === 'string' ? where : where();
  return key === undefined ? base : `${base}.${key}`;
}

// Each spec's fields as a list, made once: specs are constant tables, and every item of a page
// is checked against the same one.
const rulesBySpec = new WeakMap<object, readonly (readonly [string, FieldRule])[]>();

function rulesOf(spec: FieldSpec<object>): readonly (readonly [string, FieldRule])[] {
  let rules = rulesBySpec.get(spec);
  if (!rules) {
    rules = Object.entries(spec) as [string, FieldRule][];
    rulesBySpec.set(spec, rules);
  }
  return rules;
}

function checkValue(field: unknown, rule: FieldRule, where: Where, key: string): FieldCheck<unknown> {
  const wrong = (): FieldCheck<unknown> => ({ ok: false, problems: [`${pathOf(where, key)}: expected ${expected(rule)}, got ${describeValue(field)}`] });
  switch (rule.type) {
    case 'apify-id':
      if (typeof field !== 'string') return wrong();
      return isApifyId(field) ? { ok: true, value: field } : { ok: false, problems: [`${pathOf(where, key)}: ${APIFY_ID_RULE}`] };
    case 'string':
    case 'boolean':
      return typeof field === rule.type ? { ok: true, value: field } : wrong();
    case 'integer':
    case 'number': {
      const typeOk = rule.type === 'integer' ? Number.isInteger(field) : typeof field === 'number' && Number.isFinite(field);
      if (!typeOk) return wrong();
      if (rule.min !== undefined && (field as number) < rule.min) return { ok: false, problems: [`${pathOf(where, key)}: must be at least ${rule.min}, got ${field}`] };
      return { ok: true, value: field };
    }
    case 'json':
      return { ok: true, value: field };
    case 'object':
      if (!isJsonObject(field)) return wrong();
      return rule.fields ? checkFields(field, rule.fields, () => pathOf(where, key)) : { ok: true, value: {} };
  }
}

function expected(rule: FieldRule): string {
  const names: Record<FieldType, string> = {
    'apify-id': 'an Apify ID',
    string: 'a string',
    integer: 'an integer',
    number: 'a number',
    boolean: 'a boolean',
    object: 'an object',
    json: 'a JSON value',
  };
  return names[rule.type];
}

/** "number 1.5" reads better than "number" when an integer was expected. */
export function describeValue(value: unknown): string {
  return typeof value === 'number' ? `number ${value}` : describeJsonType(value);
}
