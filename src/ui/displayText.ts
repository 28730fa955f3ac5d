// The one function that makes text from the API safe to show: in tree rows, quick picks, the
// status bar, notifications, the log and document titles. It never imports `vscode`, so it is
// unit-tested in plain Node.

const MAX_LINE_LENGTH = 200;

// Line breaks and other controls (C0, C1, U+2028/2029) would break the row: they become spaces.
const LINE_BREAKING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
// Characters that are invisible or reorder text: bidi marks, embeddings, overrides and isolates;
// zero-width spaces and joiners; the word joiner and invisible operators; the BOM; soft hyphen;
// Mongolian vowel separator; Hangul fillers; interlinear annotations; tag characters. Removed,
// so two names that differ only in them come out the same.
// eslint-disable-next-line no-misleading-character-class -- variation selectors are listed on purpose
const INVISIBLE = /[\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb\u{e0000}-\u{e007f}]/gu;
// Real text stacks a few combining marks on a letter (Vietnamese two, some Indic and Tibetan
// clusters three); a flood of them draws over the rows above and below.
const MARK_FLOOD = /(\p{M}{3})\p{M}+/gu;
// `$(name)` draws a codicon in quick picks and the status bar. A word joiner (stripped from the
// input above, so only we put it there) between `$` and `(` keeps the text and breaks the syntax.
const ICON_SYNTAX = /\$\(/g;

// What none of the rules above would change: printable ASCII without `$(`. Nearly every name
// the API sends is like that, so such text skips the rules and goes straight to the length check.
const NEEDS_RULES = /[^\x20-\x7e]|\$\(/;

/**
 * `text` from the API as one bounded line that looks like what it is: no control or invisible
 * characters, no bidi reordering, no stacks of combining marks, no icon syntax. Two strings
 * that differ only in invisible characters come out the same, so a name cannot pass for
 * another by hiding characters in it.
 */
export function safeText(text: string, maxLength = MAX_LINE_LENGTH): string {
  const line = NEEDS_RULES.test(text) ? applyRules(text) : text;
  return truncate(line, maxLength);
}

function applyRules(text: string): string {
  return text
    .replace(LINE_BREAKING, ' ')
    .replace(INVISIBLE, '')
    .replace(MARK_FLOOD, '$1')
    .replace(ICON_SYNTAX, '$\u2060(');
}

function truncate(line: string, maxLength: number): string {
  // A string has at most as many characters (code points) as UTF-16 units: short ones fit as they are.
  if (line.length <= maxLength) return line;
  const characters = Array.from(line); // never split a surrogate pair
  return characters.length > maxLength ? `${characters.slice(0, maxLength - 1).join('')}…` : line;
}

// Every ASCII punctuation character may be backslash-escaped in CommonMark. Escaping all of
// them leaves no Markdown, HTML, link, autolink (`https\:`) or theme-icon syntax in the text.
const MARKDOWN_PUNCTUATION = /[!-/:-@[-`{-~]/g;

/** `text` as literal Markdown for a tooltip: safeText, then no syntax in it takes effect. */
export function escapeMarkdown(text: string, maxLength = 2000): string {
  return safeText(text, maxLength).replace(MARKDOWN_PUNCTUATION, '\\$&');
}

// Terminal escape sequences: CSI (colours, cursor moves), OSC (titles, hyperlinks; ended by BEL
// or ST), and the two-character ones. An editor does not interpret them, so they would show as
// clutter like "[31m"; removing them leaves the words the terminal would have shown.
const ANSI_ESCAPE = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-Z\\-_]|\u009b[0-?]*[ -/]*[@-~]/g;
// Controls other than tab and line feed mean nothing in a text document: shown as U+FFFD, so
// the reader sees something was there.
const DOCUMENT_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// Characters that reorder or hide text (bidi controls, zero-width ones, tag characters): removed,
// so a line reads in the order its characters come (no "Trojan source" lines).
const DOCUMENT_INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\u206a-\u206f\ufeff\ufff9-\ufffb\u{e0000}-\u{e007f}]/gu;

/**
 * Multi-line `text` from the API (a run's log) as plain text for a read-only document: terminal
 * escapes removed, CR LF and lone CR as line feeds, other controls visible as U+FFFD, no bidi
 * reordering or invisible characters, U+2028/2029 as line feeds.
 */
export function safeDocumentText(text: string): string {
  return text
    .replace(ANSI_ESCAPE, '')
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(DOCUMENT_CONTROL, '\ufffd')
    .replace(DOCUMENT_INVISIBLE, '');
}
