// Datasets by ID: each run's default dataset, with the items tests put there.

export class DatasetStore {
  private readonly datasets = new Map<string, unknown[]>();

  create(id: string, items: unknown[] = []): void {
    this.datasets.set(id, items);
  }

  /** undefined when there is no such dataset. */
  items(id: string): unknown[] | undefined {
    return this.datasets.get(id);
  }

  add(id: string, items: readonly unknown[]): void {
    const existing = this.datasets.get(id);
    if (!existing) throw new Error(`no dataset ${id}`);
    // A loop, not push(...items): a spread of 100 000 items would overflow the call stack.
    for (const item of items) existing.push(item);
  }
}
