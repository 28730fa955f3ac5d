// What a task holds beyond its list entry: its input and options. modifiedAt (on the list
// entry, so the list shows it too) moves forward on every change, through the API or "from
// elsewhere" (a test standing in for someone editing the task in Apify Console).
import type { TaskShort } from '../../src/api/types';

export type TaskInput = Record<string, unknown>;

export class TaskDetails {
  private readonly inputs = new Map<string, TaskInput>();
  private readonly options = new Map<string, Record<string, unknown>>();

  /** `seedInput` gives a task's input the first time it is asked for. */
  constructor(private readonly seedInput: (task: TaskShort) => TaskInput) {}

  input(task: TaskShort): TaskInput {
    let input = this.inputs.get(task.id);
    if (!input) {
      input = this.seedInput(task);
      this.inputs.set(task.id, input);
    }
    return input;
  }

  /** PUT /v2/actor-tasks/{id} with {"input": …}: the new input is the whole input. */
  replaceInput(task: TaskShort, input: TaskInput): void {
    this.inputs.set(task.id, input);
    this.touch(task);
  }

  /** PUT …/input: the given properties overwrite, the others stay. */
  mergeInput(task: TaskShort, patch: TaskInput): TaskInput {
    const merged = { ...this.input(task), ...patch };
    this.inputs.set(task.id, merged);
    this.touch(task);
    return merged;
  }

  taskOptions(task: TaskShort): Record<string, unknown> {
    return this.options.get(task.id) ?? { build: 'latest', timeoutSecs: 3600, memoryMbytes: 1024 };
  }

  setOptions(task: TaskShort, options: Record<string, unknown>): void {
    this.options.set(task.id, { ...this.taskOptions(task), ...options });
  }

  /** Moves modifiedAt forward: now, or 1 ms after the last value when the clock has not moved. */
  touch(task: TaskShort): void {
    const previous = Date.parse(String(task.modifiedAt)) || 0;
    (task as { modifiedAt: string }).modifiedAt = new Date(Math.max(Date.now(), previous + 1)).toISOString();
  }

  /** GET /v2/actor-tasks/{id}: the Task object. */
  taskJson(task: TaskShort): Record<string, unknown> {
    return { ...task, removedAt: null, options: this.taskOptions(task), input: this.input(task), title: null };
  }
}
