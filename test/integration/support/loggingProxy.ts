// A tiny HTTP proxy on 127.0.0.1 that records what passes through it: plain forwarding of
// absolute-URI requests and CONNECT tunnels. Host names in `hosts` are resolved to the given
// address, so an https base URL with a made-up name reaches a local server through the tunnel.
import * as http from 'node:http';
import * as net from 'node:net';
import type { AddressInfo } from 'node:net';

export interface ProxiedRequest {
  /** The request line, e.g. "GET http://127.0.0.5:8080/v2/users/me" or "CONNECT api.test:443". */
  line: string;
  /** Whether an Authorization header reached the proxy in clear text. */
  authorization: boolean;
}

export class LoggingProxy {
  readonly requests: ProxiedRequest[] = [];
  private readonly sockets = new Set<net.Socket>();

  private constructor(private readonly server: http.Server, private readonly hosts: Record<string, string>) {}

  static async start(hosts: Record<string, string> = {}): Promise<LoggingProxy> {
    const server = http.createServer();
    const proxy = new LoggingProxy(server, hosts);
    server.on('request', (req, res) => proxy.forward(req, res));
    server.on('connect', (req, socket, head) => proxy.tunnel(req, socket as net.Socket, head));
    server.on('connection', (socket) => {
      proxy.sockets.add(socket);
      socket.once('close', () => proxy.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return proxy;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private record(req: http.IncomingMessage): void {
    this.requests.push({ line: `${req.method} ${req.url}`, authorization: req.headers.authorization !== undefined });
  }

  private forward(req: http.IncomingMessage, res: http.ServerResponse): void {
    this.record(req);
    let target: URL;
    try {
      target = new URL(req.url ?? '');
    } catch {
      res.writeHead(400).end();
      return;
    }
    const upstream = http.request({
      host: this.hosts[target.hostname] ?? target.hostname.replace(/^\[|\]$/g, ''),
      port: target.port || 80,
      method: req.method,
      path: `${target.pathname}${target.search}`,
      headers: req.headers,
    }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  }

  private tunnel(req: http.IncomingMessage, client: net.Socket, head: Buffer): void {
    this.record(req);
    const [host = '', port = '443'] = (req.url ?? '').split(/:(?=\d+$)/);
    const upstream = net.connect(Number(port), this.hosts[host] ?? host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  }
}
