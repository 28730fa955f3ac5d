// What a run's results document shows: `//` lines saying what is shown, then the items as JSON
// (the document is JSON with comments). No vscode import: unit-tested in plain Node.
import { safeText } from '../ui/displayText';

export interface ResultsFacts {
  items: readonly unknown[];
  /** Items in the dataset, when the API said. */
  total: number | undefined;
  /** The setting apifyTasks.resultsLimit: at most this many were asked for. */
  limit: number;
  /** The body was longer than the cap: `items` are the ones at its start. */
  capped: boolean;
  /** The run is still going: more items may come. */
  unfinished: boolean;
}

/** The sentences of the header, worded by the caller (vscode.l10n). */
export interface ResultsWording {
  empty(): string;
  all(count: number): string;
  some(shown: number, total: number): string;
  unknownTotal(shown: number): string;
  limited(limit: number): string;
  capped(): string;
  unfinished(): string;
}

export function resultsHeader(facts: ResultsFacts, words: ResultsWording): string[] {
  const shown = facts.items.length;
  const lines: string[] = [];
  if (shown === 0 && (facts.total ?? 0) === 0 && !facts.capped) lines.push(words.empty());
  else if (facts.total === undefined) lines.push(words.unknownTotal(shown));
  else if (shown >= facts.total) lines.push(words.all(shown));
  else lines.push(words.some(shown, facts.total));
  if (facts.total !== undefined && facts.total > facts.limit && shown === facts.limit) lines.push(words.limited(facts.limit));
  if (facts.capped) lines.push(words.capped());
  if (facts.unfinished) lines.push(words.unfinished());
  return lines;
}

// JSON.stringify escapes controls inside strings but leaves characters that reorder or hide
// text (bidi controls, zero-width ones, line/paragraph separators): written as \u escapes
// instead, the value stays exactly the same JSON and the line reads as it is.
// eslint-disable-next-line no-misleading-character-class -- variation selectors are listed on purpose
const REORDERING = /[\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff\ufff9-\ufffb]|\udb40[\udc00-\udc7f]/g;

/** Above this many characters of compact JSON, each item is written on one line. */
export const INDENT_UP_TO_CHARS = 1024 * 1024;

/**
 * The header lines as `//` comments (each made one safe line), then the items: indented, or one
 * item per line when they are many (a fraction of the lines for the editor and the JSON language
 * server to handle, so a large result opens without stalling the window).
 */
export function resultsDocumentText(header: readonly string[], items: readonly unknown[]): string {
  const comments = header.map((line) => `// ${safeText(line, 500)}`).join('\n');
  const compact = items.map((item) => JSON.stringify(item) ?? 'null');
  const size = compact.reduce((sum, line) => sum + line.length, 0);
  const json = (size <= INDENT_UP_TO_CHARS ? JSON.stringify(items, null, 2) : `[\n${compact.join(',\n')}\n]`)
    .replace(REORDERING, escapeCodeUnits);
  return `${comments}\n${json}\n`;
}

function escapeCodeUnits(text: string): string {
  let escaped = '';
  for (let i = 0; i < text.length; i++) escaped += `\\u${text.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return escaped;
}
