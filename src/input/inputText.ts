// What a task-input document must be before anything is sent: JSON, and an object or an array
// (Apify's actors take an input object; an array is passed on for Apify to judge). Pure, so the
// rule is unit-tested in plain Node; the editor words the outcome.

export type TaskInputValue = Record<string, unknown> | unknown[];

export type InputTextCheck =
  | { ok: true; value: TaskInputValue }
  /** Not JSON; `detail` is the parser's own message (our runtime's text, not the API's). */
  | { ok: false; problem: 'syntax'; detail: string }
  /** JSON, but a string, number, boolean or null. */
  | { ok: false; problem: 'shape'; got: string };

export function checkInputText(text: string): InputTextCheck {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: 'syntax', detail: error instanceof Error ? error.message : String(error) };
  }
  if (typeof value === 'object' && value !== null) return { ok: true, value: value as TaskInputValue };
  return { ok: false, problem: 'shape', got: value === null ? 'null' : typeof value };
}

/** How the document shows an input: pretty-printed with two spaces and a final line break. */
export function formatInput(input: unknown): string {
  return `${JSON.stringify(input, null, 2)}\n`;
}
