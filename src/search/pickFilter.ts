// The items a quick pick is sent, for lists too long to send whole. VS Code's quick pick filters
// and sorts every item it holds on each key press, on the window's thread (about 0.35 s a key
// with 100,000 tasks), and re-sending a long list costs as much. So it is sent at most `limit`
// items: with nothing typed, the first ones; otherwise those that match, found here over every
// item loaded. VS Code's own filter then narrows and highlights those few. No vscode import.
import { mayMatchQuery, matchesQuery, pickQuery, type PickQuery } from './pickQuery';

export interface Pickable {
  readonly label: string;
  readonly description?: string;
}

export class PickFilter<E extends Pickable> {
  private readonly items: E[] = [];
  private readonly labels: string[] = [];
  private readonly descriptions: string[] = [];
  private query: PickQuery | undefined;
  /** Items the query matches, in list order, up to the limit. */
  private matched: E[] = [];
  /** Items it may match (see mayMatchQuery), to fill the room the matches leave. */
  private maybe: E[] = [];
  private matchCount = 0;

  constructor(private readonly limit: number) {}

  /** Every item loaded. */
  get size(): number { return this.items.length; }
  /** Whether something (other than spaces) is typed. */
  get searching(): boolean { return this.query !== undefined; }
  /** How many items the query matches (all of them while nothing is typed). */
  get matching(): number { return this.matchCount; }
  /** What to send to the quick pick: at most `limit` items, the matches first. */
  get shown(): E[] { return this.matched.concat(this.maybe); }
  /** Whether matches were left out for the limit. */
  get limited(): boolean { return this.matchCount > this.matched.length; }

  /** Adds items at the end of the list; true when `shown` changed. */
  add(items: readonly E[]): boolean {
    let changed = false;
    for (const item of items) {
      this.items.push(item);
      this.labels.push(item.label.toLowerCase());
      this.descriptions.push((item.description ?? '').toLowerCase());
      if (this.offer(this.items.length - 1)) changed = true;
    }
    return changed;
  }

  /** Takes the text now typed and finds what to show for it among every item loaded. */
  setQuery(typed: string): void {
    this.query = pickQuery(typed);
    this.matched = [];
    this.maybe = [];
    this.matchCount = 0;
    for (let index = 0; index < this.items.length; index++) this.offer(index);
  }

  /** Places the item at `index` if the query wants it and there is room; true if `shown` changed. */
  private offer(index: number): boolean {
    const query = this.query;
    const item = this.items[index];
    if (!query || matchesQuery(query, this.labels[index]) || matchesQuery(query, this.descriptions[index])) {
      this.matchCount++;
      if (this.matched.length >= this.limit) return false;
      this.matched.push(item);
      // A match takes the place of an item that only may match.
      if (this.matched.length + this.maybe.length > this.limit) this.maybe.pop();
      return true;
    }
    if (this.matched.length + this.maybe.length >= this.limit) return false;
    if (!mayMatchQuery(query, this.labels[index]) && !mayMatchQuery(query, this.descriptions[index])) return false;
    this.maybe.push(item);
    return true;
  }
}
