// Apify's input-schema format (docs.apify.com "Actor input schema") is close to JSON Schema but
// not the same. This translates what means the same in both and drops the rest, so VS Code's
// JSON language features can offer completion, hovers and diagnostics from it. The schema comes
// from the API: untrusted. Texts pass through safeText and lose link syntax, keys that would not
// show as themselves are dropped, depth and sizes are bounded, and `pattern` (a regular
// expression from the API, run on every keystroke) is never copied.
import { safeText } from '../ui/displayText';

export type JsonSchema = { [keyword: string]: unknown };

/** Keywords copied as they are when their value has the right JSON type. */
const NUMBERS = ['minimum', 'maximum', 'minLength', 'maxLength', 'minItems', 'maxItems'] as const;
const TYPES = new Set(['string', 'integer', 'number', 'boolean', 'array', 'object']);
const MAX_DEPTH = 8;
const MAX_PROPERTIES = 1000;
const MAX_ENUM = 1000;
const MAX_TEXT = 1000;

/**
 * JSON Schema for an Apify input schema; undefined when `input` is not one (not an object, or
 * no `properties`). Mapped: type (with `nullable` as a "null" type), title, description, default,
 * enum (with enumTitles as enumDescriptions), minimum, maximum, minLength, maxLength, minItems,
 * maxItems, uniqueItems, required, items, properties, and `additionalProperties: false` where
 * the Apify schema itself forbids unknown properties. Everything else (editor, sectionCaption,
 * sectionDescription, prefill, example, placeholderKey/Value, pattern, patternKey/Value, unit,
 * isSecret, resourceType, dateType, schemaVersion, …) is editor-only or unsafe, and ignored.
 */
export function jsonSchemaFromApify(input: unknown): JsonSchema | undefined {
  if (!isObject(input) || !isObject(input.properties)) return undefined;
  return { ...translate(input, 0), type: 'object' };
}

function translate(source: Record<string, unknown>, depth: number): JsonSchema {
  const out: JsonSchema = {};
  const type = source.type;
  if (typeof type === 'string' && TYPES.has(type)) out.type = source.nullable === true ? [type, 'null'] : type;
  if (typeof source.title === 'string') out.title = displayable(source.title);
  if (typeof source.description === 'string') out.description = displayable(source.description);
  if ('default' in source && source.default !== undefined) out.default = source.default;
  for (const keyword of NUMBERS) if (isFiniteNumber(source[keyword])) out[keyword] = source[keyword];
  if (typeof source.uniqueItems === 'boolean') out.uniqueItems = source.uniqueItems;
  if (Array.isArray(source.enum)) {
    const titles = Array.isArray(source.enumTitles) ? source.enumTitles : [];
    const kept = source.enum.slice(0, MAX_ENUM).map((value, index) => ({ value, title: titles[index] }))
      .filter(({ value }) => value === null || ['string', 'number', 'boolean'].includes(typeof value));
    out.enum = kept.map(({ value }) => value);
    if (titles.length > 0) out.enumDescriptions = kept.map(({ title }) => (typeof title === 'string' ? displayable(title) : ''));
  }
  if (depth >= MAX_DEPTH) return out;
  if (isObject(source.items)) out.items = translate(source.items, depth + 1);
  if (isObject(source.properties)) {
    const properties: Record<string, JsonSchema> = {};
    for (const [key, value] of Object.entries(source.properties).slice(0, MAX_PROPERTIES)) {
      if (isObject(value) && isShowableKey(key)) properties[key] = translate(value, depth + 1);
    }
    out.properties = properties;
  }
  if (Array.isArray(source.required)) out.required = source.required.filter((key): key is string => typeof key === 'string').slice(0, MAX_PROPERTIES);
  if (source.additionalProperties === false) out.additionalProperties = false;
  return out;
}

/** One safe line without link syntax: a word joiner after ':' and in "www." keeps the text and breaks autolinks in hovers. */
function displayable(text: string): string {
  return safeText(text, MAX_TEXT).replace(/:/g, ':\u2060').replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}\u2060.`);
}

/** A property key shown in the completion list must read as what it is. */
function isShowableKey(key: string): boolean {
  return key.length > 0 && safeText(key) === key;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
