// node-fetch v3 is ESM-only. A dynamic import works from the CommonJS output (tsc keeps it
// under module Node16; esbuild inlines it into the bundle) and keeps activation cheap.
// node-fetch rather than global fetch: VS Code routes Node's http/https through the user's proxy.

async function importFetch() {
  const module = await import('node-fetch');
  return module.default;
}

export type NodeFetch = Awaited<ReturnType<typeof importFetch>>;

let loading: Promise<NodeFetch> | undefined;

/** Loads node-fetch once; a failed load is retried on the next call. */
export function loadFetch(): Promise<NodeFetch> {
  loading ??= importFetch().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
