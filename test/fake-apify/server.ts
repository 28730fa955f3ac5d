// A fake Apify API v2 on 127.0.0.1 for tests, benchmarks and demos: the endpoints the
// extension uses (tasks, runs, logs, datasets, task input, actor builds), real auth rules and
// error bodies, a run lifecycle tests can drive, plus faults on demand. No internet needed.
// The account's state lives in FakeAccount; this class is the HTTP side and the test controls.
import * as http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { TaskShort } from '../../src/api/types';
import type { FakeActor } from './buildsRoutes';
import { deliverAnswer } from './deliverAnswer';
import { FakeAccount } from './fakeAccount';
import { FaultSchedule, RUN_TASK, type FaultTarget, type RandomFaultsConfig } from './faultSchedule';
import type { Fault } from './faults';
import { readBody, recordRequest } from './incomingRequest';
import { errorResponse, type Answer } from './preparedResponse';
import type { RecordedRequest } from './recordedRequest';
import { route } from './routeTable';
import type { RunPlan } from './runLifecycle';
import type { FakeRun, RunOrigin, TerminalStatus } from './runModel';
import type { TaskStyle } from './seedTasks';
import type { TaskInput } from './taskDetails';

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
  /** Multiplies every wait of the fake (run schedules, waitForFinish): 0.01 makes "60 s" 600 ms. Default 1. */
  timeScale?: number;
  /** Past runs per task; default a seeded mix (the first task 45, the second none, others 0–40). */
  runsPerTask?: number | ((task: TaskShort, index: number) => number);
  /** How runs started through the API proceed; default READY 0.3 s, RUNNING 5 s, SUCCEEDED (scaled). */
  newRunPlan?: RunPlan;
}

export type RequestHook = (request: RecordedRequest) => void;


export class FakeApifyServer {
  /** Every request served, oldest first. */
  readonly requests: RecordedRequest[] = [];
  private readonly account: FakeAccount;
  private currentToken: string;
  private readonly faults = new FaultSchedule();
  private readonly hooks = new Set<RequestHook>();
  private readonly sockets = new Set<Socket>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private delayMs = 0;
  private server!: http.Server;
  private baseUrl = '';

  private constructor(options: FakeApifyOptions) {
    this.currentToken = options.token ?? 'fake-apify-token';
    this.account = new FakeAccount({
      taskCount: options.taskCount ?? 25,
      seed: options.seed ?? 1,
      username: options.username ?? 'demo-user',
      style: options.style,
      timeScale: options.timeScale ?? 1,
      runsPerTask: options.runsPerTask,
      newRunPlan: options.newRunPlan,
      schedule: (ms, action) => this.schedule(ms, action),
    });
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

  /** Live list, createdAt ascending; tests may change it between requests. */
  get tasks(): TaskShort[] {
    return this.account.tasks;
  }

  get username(): string {
    return this.account.username;
  }

  get userId(): string {
    return this.account.userId;
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
    this.account.forbidden = on;
  }

  /** Appends `count` tasks created after all existing ones; returns them. */
  addTasks(count: number): TaskShort[] {
    return this.account.addTasks(count);
  }

  // --- Runs -------------------------------------------------------------------------------

  /** Every run (seeded ones appear once their task's runs were first asked for), in creation order. */
  get runs(): readonly FakeRun[] {
    return this.account.lifecycle.runs;
  }

  /** The task's runs, startedAt ascending (seeding them if nothing asked yet). */
  runsOf(taskId: string): FakeRun[] {
    return this.account.runsOfTask(taskId);
  }

  run(runId: string): FakeRun | undefined {
    return this.account.lifecycle.find(runId);
  }

  /** POST …/runs requests that arrived (whatever became of them), oldest first. */
  runStartRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.method === RUN_TASK.method && RUN_TASK.pathMatches!.test(r.path));
  }

  /** Starts a run as if from elsewhere (Console, a schedule): no request is recorded. */
  createRun(taskId: string, options: { plan?: RunPlan; origin?: RunOrigin } = {}): FakeRun {
    return this.account.createRun(taskId, options);
  }

  /** READY → RUNNING now (for runs whose plan waits). */
  markRunning(runId: string): FakeRun {
    return this.account.lifecycle.startRun(runId);
  }

  /** Ends an unfinished run now; wakes every waitForFinish on it. */
  finishRun(runId: string, status: TerminalStatus, statusMessage?: string): FakeRun {
    return this.account.lifecycle.finishRun(runId, status, statusMessage);
  }

  /** As POST …/abort does: READY/RUNNING → ABORTING → ABORTED shortly after (scaled). */
  abortRun(runId: string): FakeRun {
    return this.account.lifecycle.abortRun(runId);
  }

  appendLog(runId: string, text: string): void {
    this.account.lifecycle.appendLog(runId, text);
  }

  /** Adds a log of about `bytes` bytes (ASCII lines) to the run. */
  addHugeLog(runId: string, bytes: number): void {
    const line = '2026-01-01T00:00:00.000Z INFO  CheerioCrawler: a long log keeps going and going\n';
    this.account.lifecycle.appendLog(runId, line.repeat(Math.ceil(bytes / line.length)));
  }

  addDatasetItems(runId: string, items: readonly unknown[]): void {
    this.account.lifecycle.addDatasetItems(runId, items);
  }

  /** Adds `count` generated items to the run's default dataset. */
  addHugeDataset(runId: string, count: number): void {
    const items = Array.from({ length: count }, (_, i) => ({ index: i, url: `https://example.com/p/${i}`, text: 'x'.repeat(80) }));
    this.account.lifecycle.addDatasetItems(runId, items);
  }

  /** How runs started from now on proceed (undefined: the default schedule). */
  setNewRunPlan(plan: RunPlan | undefined): void {
    this.account.newRunPlan = plan;
  }

  /** Multiplies every wait of the fake from now on. */
  setTimeScale(scale: number): void {
    this.account.timeScale = scale;
  }

  // --- Tasks ------------------------------------------------------------------------------

  /** The actors tasks belong to (GET /v2/acts/{id}/builds/default knows them). */
  get actors(): readonly FakeActor[] {
    return this.account.actors;
  }

  /** The task's stored input, as GET …/input would answer. */
  taskInput(taskId: string): TaskInput {
    return this.account.details.input(this.account.expectTask(taskId));
  }

  /** Someone changes the task in Console: replaces its input and/or renames it; modifiedAt moves on. */
  changeTaskElsewhere(taskId: string, change: { input?: TaskInput; name?: string } = {}): TaskShort {
    return this.account.changeTaskElsewhere(taskId, change);
  }

  /** Deletes the task: it leaves the list and its endpoints answer 404. */
  deleteTask(taskId: string): void {
    this.account.deleteTask(taskId);
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
    const record = recordRequest(req, this.currentToken);
    this.requests.push(record);
    res.on('finish', () => (record.finishedAt = Date.now()));
    res.on('close', () => {
      if (record.finishedAt === undefined) {
        record.finishedAt = Date.now();
        record.connectionClosedEarly = true;
      }
    });
    if (record.method === 'GET' || record.method === 'HEAD') {
      req.resume();
      this.respond(req, res, record, false);
      return;
    }
    readBody(req, (body, tooLarge) => {
      record.body = body;
      this.respond(req, res, record, tooLarge);
    });
  }

  private respond(req: http.IncomingMessage, res: http.ServerResponse, record: RecordedRequest, tooLarge: boolean): void {
    for (const hook of this.hooks) hook(record);
    const fault = this.faults.take(record);
    if (fault) record.fault = fault;
    const later = (ms: number, action: () => void): void => this.later(ms, res, action);
    const answer = (): Answer => (tooLarge ? errorResponse(413, 'request-too-large') : route(this.account, record));
    later(this.delayMs, () => deliverAnswer({ req, res, record, answer, later }, fault));
  }

  /** Runs `action` after `ms`; close() cancels it. */
  private schedule(ms: number, action: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      action();
    }, Math.max(0, ms));
    this.timers.add(timer);
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

