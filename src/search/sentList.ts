// What a quick pick holds of a long list (see TaskPickList). VS Code names the item picked by its
// index in the list the window holds, and the extension host reads that index in the list it
// sent last: a list replaced while the user pressed Enter would pick another item. So items are
// only ever added at the end, and the list is replaced only past `limit` items, after which an
// item picked at once may have been meant as the one at its place before. No vscode import.

export interface SentUpdate<E> {
  /** The whole list to send. */
  items: readonly E[];
  /** True when earlier items moved: the quick pick's scroll position and active item mean nothing now. */
  replaced: boolean;
}

export class SentList<E> {
  private items: readonly E[] = [];
  private members = new Set<E>();
  private before: { items: readonly E[]; at: number } | undefined;

  constructor(private readonly limit: number, private readonly now: () => number = () => performance.now()) {}

  /** The list that makes the quick pick hold `shown`, or undefined when it holds all of it already. */
  update(shown: readonly E[]): SentUpdate<E> | undefined {
    const fresh = shown.filter((item) => !this.members.has(item));
    if (fresh.length === 0) return undefined;
    if (this.items.length + fresh.length <= this.limit) {
      this.items = this.items.concat(fresh);
      for (const item of fresh) this.members.add(item);
      return { items: this.items, replaced: false };
    }
    this.before = { items: this.items, at: this.now() };
    this.items = shown.slice();
    this.members = new Set(this.items);
    return { items: this.items, replaced: true };
  }

  /** Whether `item`, picked now, may have been meant as the item at its place in a list replaced less than `doubtMs` ago. */
  mayBeMisread(item: E, doubtMs: number): boolean {
    const before = this.before;
    if (!before || this.now() - before.at >= doubtMs) return false;
    const meant = before.items[this.items.indexOf(item)];
    return meant !== undefined && meant !== item;
  }
}
