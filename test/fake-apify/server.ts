// A fake Apify API v2 on 127.0.0.1 for tests, benchmarks and demos: the endpoints the
// extension uses (tasks, runs, logs, datasets, task input, actor builds), real auth rules and
// error bodies, a run lifecycle tests can drive, plus faults on demand. No internet needed.
import * as http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { TaskShort } from '../../src/api/types';
import { taskInputFor } from './actorInputSchemas';
import { inputSchemaOf, type FakeActor } from './buildsRoutes';
import { DatasetStore } from './datasetStore';
import { deliverAnswer } from './deliverAnswer';
import { FaultSchedule, RUN_TASK, type FaultTarget, type RandomFaultsConfig } from './faultSchedule';
import type { Fault } from './faults';
import { errorResponse, type Answer } from './preparedResponse';
import type { AuthMethod, RecordedRequest } from './recordedRequest';
import { route, type FakeApiState } from './routeTable';
import { RunLifecycle, type RunPlan } from './runLifecycle';
import type { FakeRun, RunOrigin, TerminalStatus } from './runModel';
import { seedRuns } from './seedRuns';
import { seededRandom } from './seededRandom';
import { TaskGenerator, type TaskStyle } from './seedTasks';
import { TaskDetails, type TaskInput } from './taskDetails';

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
  /** Live list, createdAt ascending; tests may change it between requests. */
  readonly tasks: TaskShort[];
  /** Every request served, oldest first. */
  readonly requests: RecordedRequest[] = [];
  readonly username: string;
  readonly userId: string;
  private currentToken: string;
  private readonly generator: TaskGenerator;
  private readonly seed: number | string;
  private readonly runCounts: (task: TaskShort, index: number) => number;
  /** Index in the initial list, for the seeded run counts; tasks added later get -1. */
  private readonly initialIndex = new Map<string, number>();
  private readonly seededTasks = new Set<string>();
  private readonly datasets = new DatasetStore();
  private readonly lifecycle: RunLifecycle;
  private readonly details: TaskDetails;
  private readonly state: FakeApiState;
  private scale: number;
  private plan: RunPlan | undefined;
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
    this.seed = options.seed ?? 1;
    this.scale = options.timeScale ?? 1;
    this.plan = options.newRunPlan;
    const perTask = options.runsPerTask;
    this.runCounts = typeof perTask === 'function' ? perTask : perTask !== undefined ? () => perTask : seededRunCount(this.seed);
    this.tasks.forEach((task, index) => this.initialIndex.set(task.id, index));
    this.lifecycle = new RunLifecycle({
      random: seededRandom(`${this.seed}:new-runs`),
      schedule: (ms, action) => this.schedule(ms, action),
      datasets: this.datasets,
      userId: this.userId,
      timeScale: () => this.scale,
    });
    this.details = new TaskDetails((task) => taskInputFor(inputSchemaOf(this.actorOf(task)?.actName ?? ''), this.initialIndex.get(task.id) ?? 0));
    this.state = this.createState();
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

  // --- Runs -------------------------------------------------------------------------------

  /** Every run (seeded ones appear once their task's runs were first asked for), in creation order. */
  get runs(): readonly FakeRun[] {
    return this.lifecycle.runs;
  }

  /** The task's runs, startedAt ascending (seeding them if nothing asked yet). */
  runsOf(taskId: string): FakeRun[] {
    return this.runsOfTask(taskId);
  }

  run(runId: string): FakeRun | undefined {
    return this.lifecycle.find(runId);
  }

  /** POST …/runs requests that arrived (whatever became of them), oldest first. */
  runStartRequests(): RecordedRequest[] {
    return this.requests.filter((r) => r.method === RUN_TASK.method && RUN_TASK.pathMatches!.test(r.path));
  }

  /** Starts a run as if from elsewhere (Console, a schedule): no request is recorded. */
  createRun(taskId: string, options: { plan?: RunPlan; origin?: RunOrigin } = {}): FakeRun {
    const task = this.findTask(taskId);
    if (!task) throw new Error(`no task ${taskId}`);
    this.runsOfTask(task.id);
    return this.lifecycle.create({ actorTaskId: task.id, actId: task.actId, origin: options.origin ?? 'WEB', plan: options.plan ?? this.plan });
  }

  /** READY → RUNNING now (for runs whose plan waits). */
  markRunning(runId: string): FakeRun {
    return this.lifecycle.startRun(runId);
  }

  /** Ends an unfinished run now; wakes every waitForFinish on it. */
  finishRun(runId: string, status: TerminalStatus, statusMessage?: string): FakeRun {
    return this.lifecycle.finishRun(runId, status, statusMessage);
  }

  /** As POST …/abort does: READY/RUNNING → ABORTING → ABORTED shortly after (scaled). */
  abortRun(runId: string): FakeRun {
    return this.lifecycle.abortRun(runId);
  }

  appendLog(runId: string, text: string): void {
    this.lifecycle.appendLog(runId, text);
  }

  /** Adds a log of about `bytes` bytes (ASCII lines) to the run. */
  addHugeLog(runId: string, bytes: number): void {
    const line = '2026-01-01T00:00:00.000Z INFO  CheerioCrawler: a long log keeps going and going\n';
    this.lifecycle.appendLog(runId, line.repeat(Math.ceil(bytes / line.length)));
  }

  addDatasetItems(runId: string, items: readonly unknown[]): void {
    this.lifecycle.addDatasetItems(runId, items);
  }

  /** Adds `count` generated items to the run's default dataset. */
  addHugeDataset(runId: string, count: number): void {
    const items = Array.from({ length: count }, (_, i) => ({ index: i, url: `https://example.com/p/${i}`, text: 'x'.repeat(80) }));
    this.lifecycle.addDatasetItems(runId, items);
  }

  /** How runs started from now on proceed (undefined: the default schedule). */
  setNewRunPlan(plan: RunPlan | undefined): void {
    this.plan = plan;
  }

  /** Multiplies every wait of the fake from now on. */
  setTimeScale(scale: number): void {
    this.scale = scale;
  }

  // --- Tasks ------------------------------------------------------------------------------

  /** The actors tasks belong to (GET /v2/acts/{id}/builds/default knows them). */
  get actors(): readonly FakeActor[] {
    return this.generator.actors;
  }

  /** The task's stored input, as GET …/input would answer. */
  taskInput(taskId: string): TaskInput {
    const task = this.findTask(taskId);
    if (!task) throw new Error(`no task ${taskId}`);
    return this.details.input(task);
  }

  /** Someone changes the task in Console: replaces its input and/or renames it; modifiedAt moves on. */
  changeTaskElsewhere(taskId: string, change: { input?: TaskInput; name?: string } = {}): TaskShort {
    const task = this.findTask(taskId);
    if (!task) throw new Error(`no task ${taskId}`);
    if (change.name !== undefined) (task as { name: string }).name = change.name;
    if (change.input !== undefined) this.details.replaceInput(task, change.input);
    else this.details.touch(task);
    return task;
  }

  /** Deletes the task: it leaves the list and its endpoints answer 404. */
  deleteTask(taskId: string): void {
    const index = this.tasks.findIndex((t) => t.id === taskId);
    if (index >= 0) this.tasks.splice(index, 1);
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
    const record = this.record(req);
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
    const answer = (): Answer => (tooLarge ? errorResponse(413, 'request-too-large') : route(this.state, record));
    later(this.delayMs, () => deliverAnswer({ req, res, record, answer, later }, fault));
  }

  private createState(): FakeApiState {
    const server = this;
    return {
      get tasks() { return server.tasks; },
      get actors() { return server.generator.actors; },
      get datasets() { return server.datasets; },
      get username() { return server.username; },
      get userId() { return server.userId; },
      get forbidden() { return server.forbidden; },
      get lifecycle() { return server.lifecycle; },
      get details() { return server.details; },
      get newRunPlan() { return server.plan; },
      findTask: (id) => this.findTask(id),
      runsOfTask: (id) => this.runsOfTask(id),
    };
  }

  /** By ID, or by "username~name" as the API also accepts. */
  private findTask(idOrName: string): TaskShort | undefined {
    return this.tasks.find((t) => t.id === idOrName || `${t.username}~${t.name}` === idOrName);
  }

  private runsOfTask(taskId: string): FakeRun[] {
    const task = this.findTask(taskId);
    if (task && !this.seededTasks.has(task.id)) {
      this.seededTasks.add(task.id);
      const count = this.runCounts(task, this.initialIndex.get(task.id) ?? -1);
      for (const { run, items } of seedRuns(task, count, this.seed, this.userId)) this.lifecycle.addFinished(run, items);
    }
    const id = task?.id ?? taskId;
    return this.lifecycle.runs.filter((r) => r.actorTaskId === id).sort((a, b) => a.startedAt - b.startedAt);
  }

  private actorOf(task: TaskShort): { actName: string } | undefined {
    return this.generator.actors.find((a) => a.actId === task.actId);
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

/** Bodies above this are refused with 413, as the real API refuses oversized payloads. */
const MAX_BODY_BYTES = 9 * 1024 * 1024;

function readBody(req: http.IncomingMessage, done: (body: string, tooLarge: boolean) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
  });
  req.on('end', () => done(Buffer.concat(chunks).toString('utf8'), size > MAX_BODY_BYTES));
  req.on('error', () => undefined);
}

/** Seeded past-run counts: the first task has more than a page of 20, the second none. */
function seededRunCount(seed: number | string): (task: TaskShort, index: number) => number {
  return (task, index) => {
    if (index === 0) return 45;
    if (index === 1) return 0;
    const r = seededRandom(`${seed}:run-count:${task.id}`);
    return r() < 0.15 ? 0 : 1 + Math.floor(r() * r() * 40);
  };
}
