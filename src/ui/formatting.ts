import * as vscode from 'vscode';

const numbers = new Intl.NumberFormat(vscode.env.language || undefined);
const dates = new Intl.DateTimeFormat(vscode.env.language || undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatCount(value: number): string {
  return numbers.format(value);
}

/** A date from the API in the user's locale, or the raw text if it is not a date. */
export function formatDate(isoDate: string): string {
  const time = Date.parse(isoDate);
  return Number.isNaN(time) ? isoDate : dates.format(time);
}
