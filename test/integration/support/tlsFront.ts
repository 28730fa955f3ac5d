// The fake Apify API over TLS: a TLS server that passes each connection on to the fake's plain
// port. Its certificate is the one the runner generated for the suite (test/host/testCertificate.ts),
// which the extension host trusts through NODE_EXTRA_CA_CERTS.
import * as fs from 'node:fs';
import * as net from 'node:net';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import * as tls from 'node:tls';
import { TEST_TLS_DIR_ENV, TEST_TLS_HOST } from '../../host/testCertificate';

export class TlsFront {
  private readonly sockets = new Set<net.Socket>();
  private constructor(private readonly server: tls.Server) {}

  /** Listens on 127.0.0.1 in front of `plainPort`. */
  static async start(plainPort: number): Promise<TlsFront> {
    const dir = process.env[TEST_TLS_DIR_ENV];
    if (!dir) throw new Error(`${TEST_TLS_DIR_ENV} is not set: the test host must be started with createTestCertificate()'s environment`);
    const server = tls.createServer({ key: fs.readFileSync(path.join(dir, 'key.pem')), cert: fs.readFileSync(path.join(dir, 'cert.pem')) });
    const front = new TlsFront(server);
    server.on('secureConnection', (socket) => {
      front.sockets.add(socket);
      const upstream = net.connect(plainPort, '127.0.0.1');
      socket.pipe(upstream).pipe(socket);
      const end = () => { socket.destroy(); upstream.destroy(); front.sockets.delete(socket); };
      socket.on('error', end).on('close', end);
      upstream.on('error', end).on('close', end);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return front;
  }

  /** The https base URL under the certificate's made-up host name. */
  get url(): string {
    return `https://${TEST_TLS_HOST}:${(this.server.address() as AddressInfo).port}`;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
