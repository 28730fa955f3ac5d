// A fake Apify API v2 on 127.0.0.1 for tests, benchmarks and demos: the two endpoints the
// extension uses, real auth rules and error bodies, plus faults on demand. No internet needed.
import * as http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { TaskShort } from '../../src/api/types';
import { deliverAnswer } from './deliverAnswer';
import { defaultErrorMessage, errorBody } from './errorBodies';
import { FaultSchedule, type FaultTarget, type RandomFaultsConfig } from './faultSchedule';
import type { Fault } from './faults';
import { listTasks } from './listTasksRoute';
import { jsonResponse, type PreparedResponse } from './preparedResponse';
import type { AuthMethod, RecordedRequest } from './recordedRequest';
import { TaskGenerator, type TaskStyle } from './seedTasks';
import { userPrivateInfo } from './userPrivateInfo';

export interface FakeApifyOptions {
  taskCount?: number;
  seed?: number | string;
  token?: string;
  username?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1; '::1' for IPv6 loopback tests. */
  host?: string;
  /** 'edge-cases' (default) or 'demo' (realistic names only). */
  style?: TaskStyle;
}

export type RequestHook = (request: RecordedRequest) => void;

const TASKS_PATH = '/v2/actor-tasks';
const ME_PATH = '/v2/users/me';

export class FakeApifyServer {
  /** Live list, createdAt ascending; tests may change it between requests. */
  readonly tasks: TaskShort[];
  /** Every request served, oldest first. */
  readonly requests: RecordedRequest[] = [];
  readonly username: string;
  readonly userId: string;
  private currentToken: string;
  private readonly generator: TaskGenerator;
  private readonly faults = new FaultSchedule();
  private readonly hooks = new Set<RequestHook>();
  private readonly sockets = new Set<Socket>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private delayMs = 0;
  private forbidden = false;
  private server!: http.Server;
  private baseUrl = '';

  private constructor(options: FakeApifyOptions) {
    const taskCount = options.taskCount ?? 25;
    this.username = options.username ?? 'demo-user';
    this.currentToken = options.token ?? 'fake-apify-token';
    this.generator = new TaskGenerator(taskCount, { seed: options.seed ?? 1, username: this.username, style: options.style });
    this.tasks = Array.from({ length: taskCount }, () => this.generator.next());
    this.userId = this.generator.userId;
  }

  static async start(options: FakeApifyOptions = {}): Promise<FakeApifyServer> {
    const fake = new FakeApifyServer(options);
    await fake.listen(options.host ?? '127.0.0.1', options.port ?? 0);
    return fake;
  }

  /** e.g. http://127.0.0.1:41234 (no trailing slash). */
  get url(): string {
    return this.baseUrl;
  }

  get token(): string {
    return this.currentToken;
  }

  setToken(token: string): void {
    this.currentToken = token;
  }

  clearRequests(): void {
    this.requests.length = 0;
  }

  /** The next `count` matching requests get `fault` (queued after earlier failNext calls). */
  failNext(count: number, fault: Fault, target?: FaultTarget): void {
    this.faults.failNext(count, fault, target);
  }

  /** Fails a fraction of requests at random, reproducibly; null stops it. */
  setRandomFaults(config: RandomFaultsConfig | null): void {
    this.faults.setRandom(config);
  }

  /** Forgets queued and random faults. */
  clearFaults(): void {
    this.faults.clear();
  }

  /** Delays every answer by `ms` (a slow API). */
  setDelay(ms: number): void {
    this.delayMs = ms;
  }

  /** When on, GET /v2/actor-tasks answers 403 insufficient-permissions (a token without that scope). */
  setForbidden(on: boolean): void {
    this.forbidden = on;
  }

  /** Appends `count` tasks created after all existing ones; returns them. */
  addTasks(count: number): TaskShort[] {
    const added = Array.from({ length: count }, () => this.generator.next());
    this.tasks.push(...added);
    return added;
  }

  /** Calls `hook` as each request arrives, before its answer is computed; returns an unsubscribe function. */
  onRequest(hook: RequestHook): () => void {
    this.hooks.add(hook);
    return () => this.hooks.delete(hook);
  }

  /** Stops listening and destroys open connections, so stalled answers cannot keep the process alive. */
  async close(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }

  private listen(host: string, port: number): Promise<void> {
    this.server = http.createServer((req, res) => this.handle(req, res));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => {
        const address = this.server.address() as AddressInfo;
        const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
        this.baseUrl = `http://${shownHost}:${address.port}`;
        resolve();
      });
    });
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    req.resume();
    const record = this.record(req);
    this.requests.push(record);
    res.on('finish', () => (record.finishedAt = Date.now()));
    res.on('close', () => {
      if (record.finishedAt === undefined) {
        record.finishedAt = Date.now();
        record.connectionClosedEarly = true;
      }
    });
    for (const hook of this.hooks) hook(record);
    const fault = this.faults.take(record);
    if (fault) record.fault = fault;
    const later = (ms: number, action: () => void): void => this.later(ms, res, action);
    const answer = (): PreparedResponse => this.route(req.method ?? 'GET', record);
    later(this.delayMs, () => deliverAnswer({ req, res, record, answer, later }, fault));
  }

  private route(method: string, record: RecordedRequest): PreparedResponse {
    const known = record.path === TASKS_PATH || record.path === ME_PATH || record.path.startsWith(`${TASKS_PATH}/`);
    if (!known) return this.error(404, 'page-not-found');
    if (method !== 'GET') return this.error(405, 'method-not-allowed', { allow: 'GET' });
    if (record.auth === 'none') return this.error(401, 'token-not-provided');
    if (!record.tokenValid) return this.error(401, 'user-or-token-not-found');
    if (record.path === ME_PATH) return jsonResponse(200, { data: userPrivateInfo(this.username, this.userId) });
    if (record.path !== TASKS_PATH) return this.error(404, 'record-not-found', {}, 'Actor task was not found');
    if (this.forbidden) return this.error(403, 'insufficient-permissions');
    return listTasks(this.tasks, record.query);
  }

  private error(status: number, type: string, headers: Record<string, string> = {}, message = defaultErrorMessage(type)): PreparedResponse {
    return jsonResponse(status, errorBody(type, message), headers);
  }

  private record(req: http.IncomingMessage): RecordedRequest {
    const url = new URL(req.url ?? '/', 'http://fake.invalid');
    const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
    const query = Object.fromEntries(url.searchParams);
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
    let auth: AuthMethod = 'none';
    let presented: string | undefined;
    if (bearer) [auth, presented] = ['bearer', bearer[1]];
    else if (query.token !== undefined && query.token !== '') [auth, presented] = ['query', query.token];
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]));
    return { method: req.method ?? 'GET', path, query, headers, auth, tokenValid: presented === this.currentToken, receivedAt: Date.now() };
  }

  /** Runs `action` after `ms` unless the connection is gone by then; close() cancels it. */
  private later(ms: number, res: http.ServerResponse, action: () => void): void {
    if (ms <= 0) return action();
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (!res.destroyed) action();
    }, ms);
    this.timers.add(timer);
  }
}
