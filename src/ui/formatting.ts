import * as vscode from 'vscode';

// Built on first use: creating Intl formatters loads locale data, which would slow activation.
let numbers: Intl.NumberFormat | undefined;
let dates: Intl.DateTimeFormat | undefined;

export function formatCount(value: number): string {
  numbers ??= new Intl.NumberFormat(vscode.env.language || undefined);
  return numbers.format(value);
}

/** A date from the API in the user's locale, the raw text if it is not a date, '—' if there is none. */
export function formatDate(isoDate: string | undefined): string {
  if (isoDate === undefined) return '—';
  const time = Date.parse(isoDate);
  if (Number.isNaN(time)) return isoDate;
  dates ??= new Intl.DateTimeFormat(vscode.env.language || undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return dates.format(time);
}
