// Names a JSON value's type the way validation messages need it ("got null", "got array").

export type JsonTypeName = 'null' | 'array' | 'object' | 'string' | 'number' | 'boolean' | 'undefined';

export function describeJsonType(value: unknown): JsonTypeName | string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** A plain JSON object (not null, not an array). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
