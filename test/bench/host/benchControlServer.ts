// A tiny RPC server on 127.0.0.1 through which the in-host suite asks the runner for what only
// the runner has: the fake API's request log (the fake runs here, not in the measured extension
// host, so its CPU and heap stay out of the figures) and the Chromium page for UI timings.
// POST /<name> with a JSON body calls handlers[name](body) and answers with its JSON result.
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export type ControlHandlers = Record<string, (args: Record<string, unknown>) => unknown>;

export interface ControlServer {
  readonly url: string;
  close(): Promise<void>;
}

export async function startControlServer(handlers: ControlHandlers): Promise<ControlServer> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    // eslint-disable-next-line @typescript-eslint/no-misused-promises -- the body is one try/catch; nothing rejects
    req.on('end', async () => {
      const name = (req.url ?? '/').slice(1);
      const handler = Object.prototype.hasOwnProperty.call(handlers, name) ? handlers[name] : undefined;
      try {
        if (req.method !== 'POST' || !handler) throw new Error(`no control call ${req.method} /${name}`);
        const body = chunks.length > 0 ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
        const result = (await handler(body)) ?? null;
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
      } catch (error) {
        res.writeHead(500, { 'content-type': 'text/plain' }).end(error instanceof Error ? error.stack : String(error));
      }
    });
  });
  // A UI measurement can take a while; the suite waits for its answer.
  server.requestTimeout = 0;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
