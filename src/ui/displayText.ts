// Text from the API is shown as-is where VS Code renders it as plain text, except for what
// would break a one-line row: control characters, bidi overrides and runaway lengths.

const MAX_LABEL_LENGTH = 200;
// C0/C1 controls, and the bidi embeddings/overrides/isolates that can reorder text around them.
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** A single-line, bounded version of `text` for labels and descriptions. */
export function toDisplayLine(text: string, maxLength = MAX_LABEL_LENGTH): string {
  const line = text.replace(UNSAFE_CHARACTERS, ' ');
  return line.length > maxLength ? `${line.slice(0, maxLength - 1)}…` : line;
}

// Every ASCII punctuation character may be backslash-escaped in CommonMark. Escaping all of
// them leaves no Markdown, HTML, link, autolink (`https\:`) or theme-icon syntax in the text.
const MARKDOWN_PUNCTUATION = /[!-/:-@[-`{-~]/g;

/** `text` as literal Markdown: no syntax in it takes effect. */
export function escapeMarkdown(text: string, maxLength = 2000): string {
  return toDisplayLine(text, maxLength).replace(MARKDOWN_PUNCTUATION, '\\$&');
}
