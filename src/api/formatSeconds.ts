/** "1.5 s" — durations in error messages, one decimal at most. */
export function formatSeconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}
