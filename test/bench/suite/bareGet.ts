// The baseline every timing is divided by: the same page fetched with plain node-fetch from the
// same extension host (the library the extension bundles), body read and JSON parsed; no
// validation, no rows, no VS Code round trips.
async function importFetch() {
  return (await import('node-fetch')).default;
}
type NodeFetch = Awaited<ReturnType<typeof importFetch>>;

export interface BareGetResult {
  ms: number;
  /** Size of the JSON body. */
  bytes: number;
  items: { id: string }[];
  /** The list's length as the API reports it. */
  total: number;
}

export class BareGet {
  private fetch: NodeFetch | undefined;

  constructor(private readonly baseUrl: string, private readonly token: string) {}

  async page(offset: number, limit: number, desc = false): Promise<BareGetResult> {
    this.fetch ??= await importFetch();
    const fetch = this.fetch;
    const url = `${this.baseUrl}/v2/actor-tasks?offset=${offset}&limit=${limit}${desc ? '&desc=1' : ''}`;
    const started = performance.now();
    const response = await fetch(url, { headers: { Authorization: `Bearer ${this.token}`, Accept: 'application/json' } });
    const text = await response.text();
    const body = JSON.parse(text) as { data: { items: { id: string }[]; total: number } };
    const ms = performance.now() - started;
    if (response.status !== 200) throw new Error(`bare GET answered ${response.status}`);
    return { ms, bytes: Buffer.byteLength(text), items: body.data.items, total: body.data.total };
  }
}
