// The Apify account the fake serves: tasks, their inputs, runs (seeded lazily per task),
// datasets and actors. It is the state behind the routes (FakeApiState) and what the server's
// test-control methods change; it knows nothing of HTTP.
import type { TaskShort } from '../../src/api/types';
import { taskInputFor } from './actorInputSchemas';
import { inputSchemaOf, type FakeActor } from './buildsRoutes';
import { DatasetStore } from './datasetStore';
import type { FakeApiState } from './routeTable';
import { RunLifecycle, type RunPlan, type Scheduler } from './runLifecycle';
import type { FakeRun, RunOrigin } from './runModel';
import { seedRuns } from './seedRuns';
import { seededRandom } from './seededRandom';
import { TaskGenerator, type TaskStyle } from './seedTasks';
import { TaskDetails, type TaskInput } from './taskDetails';

export interface AccountOptions {
  taskCount: number;
  seed: number | string;
  username: string;
  style?: TaskStyle;
  timeScale: number;
  runsPerTask?: number | ((task: TaskShort, index: number) => number);
  newRunPlan?: RunPlan;
  schedule: Scheduler;
}

export class FakeAccount implements FakeApiState {
  readonly tasks: TaskShort[];
  readonly username: string;
  readonly userId: string;
  readonly datasets = new DatasetStore();
  readonly lifecycle: RunLifecycle;
  readonly details: TaskDetails;
  forbidden = false;
  newRunPlan: RunPlan | undefined;
  timeScale: number;
  private readonly generator: TaskGenerator;
  private readonly runCounts: (task: TaskShort, index: number) => number;
  /** Index in the initial list, for seeded run counts and inputs; tasks added later get -1. */
  private readonly initialIndex = new Map<string, number>();
  private readonly seededTasks = new Set<string>();

  constructor(private readonly options: AccountOptions) {
    this.username = options.username;
    this.generator = new TaskGenerator(options.taskCount, { seed: options.seed, username: options.username, style: options.style });
    this.tasks = Array.from({ length: options.taskCount }, () => this.generator.next());
    this.userId = this.generator.userId;
    this.tasks.forEach((task, index) => this.initialIndex.set(task.id, index));
    this.timeScale = options.timeScale;
    this.newRunPlan = options.newRunPlan;
    const perTask = options.runsPerTask;
    this.runCounts = typeof perTask === 'function' ? perTask : perTask !== undefined ? () => perTask : seededRunCount(options.seed);
    this.lifecycle = new RunLifecycle({
      random: seededRandom(`${options.seed}:new-runs`),
      schedule: options.schedule,
      datasets: this.datasets,
      userId: this.userId,
      timeScale: () => this.timeScale,
    });
    const schemaOf = (task: TaskShort): object | undefined => inputSchemaOf(this.actors.find((a) => a.actId === task.actId)?.actName ?? '');
    this.details = new TaskDetails((task) => taskInputFor(schemaOf(task), Math.max(0, this.initialIndex.get(task.id) ?? 0)));
  }

  get actors(): readonly FakeActor[] {
    return this.generator.actors;
  }

  addTasks(count: number): TaskShort[] {
    const added = Array.from({ length: count }, () => this.generator.next());
    this.tasks.push(...added);
    return added;
  }

  /** By ID, or by "username~name" as the API also accepts. */
  findTask(idOrName: string): TaskShort | undefined {
    return this.tasks.find((t) => t.id === idOrName || `${t.username}~${t.name}` === idOrName);
  }

  expectTask(taskId: string): TaskShort {
    const task = this.findTask(taskId);
    if (!task) throw new Error(`no task ${taskId}`);
    return task;
  }

  /** The task's runs, startedAt ascending; its past runs are made the first time. */
  runsOfTask(taskId: string): FakeRun[] {
    const task = this.findTask(taskId);
    if (task && !this.seededTasks.has(task.id)) {
      this.seededTasks.add(task.id);
      const count = this.runCounts(task, this.initialIndex.get(task.id) ?? -1);
      for (const { run, items } of seedRuns(task, count, this.options.seed, this.userId)) this.lifecycle.addFinished(run, items);
    }
    const id = task?.id ?? taskId;
    return this.lifecycle.runs.filter((r) => r.actorTaskId === id).sort((a, b) => a.startedAt - b.startedAt);
  }

  createRun(taskId: string, options: { plan?: RunPlan; origin?: RunOrigin }): FakeRun {
    const task = this.expectTask(taskId);
    this.runsOfTask(task.id);
    return this.lifecycle.create({ actorTaskId: task.id, actId: task.actId ?? '', origin: options.origin ?? 'WEB', plan: options.plan ?? this.newRunPlan });
  }

  changeTaskElsewhere(taskId: string, change: { input?: TaskInput; name?: string }): TaskShort {
    const task = this.expectTask(taskId);
    if (change.name !== undefined) (task as { name: string }).name = change.name;
    if (change.input !== undefined) this.details.replaceInput(task, change.input);
    else this.details.touch(task);
    return task;
  }

  deleteTask(taskId: string): void {
    const index = this.tasks.findIndex((t) => t.id === taskId);
    if (index >= 0) this.tasks.splice(index, 1);
  }
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
