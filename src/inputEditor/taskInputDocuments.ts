import * as vscode from 'vscode';
import type { ApifyClient } from '../api/apifyClient';
import type { TaskShort } from '../api/types';
import { formatInput } from '../input/inputText';
import type { TaskVersion } from '../input/saveConflict';
import { taskIdOfPath, taskInputPath } from '../input/taskInputPath';

export const TASK_INPUT_SCHEME = 'apify-task-input';

/** One open task input: what the tab shows and what Apify had when it was read or last saved. */
export interface TaskInputEntry {
  readonly taskId: string;
  name: string;
  actId?: string;
  /** The task as the list showed it, when opened from a row or the quick pick (actor names for Run Task's confirmation). */
  listed?: TaskShort;
  /** The version a save compares with Apify's before it overwrites. */
  seen: TaskVersion;
  content: Uint8Array;
  mtime: number;
}

/** Saves `content` as the entry's input; throws (a FileSystemError) to leave the document dirty. */
export type SaveHandler = (entry: TaskInputEntry, content: Uint8Array, uri: vscode.Uri) => Promise<void>;

/**
 * Task inputs as files of the `apify-task-input` scheme, `/<taskId>/<name>.input.json`, so VS
 * Code's own editor gives save, dirty state, undo, revert, diff and find. Reads come from Apify
 * (GET the task, then its input: a save can then only see the task as older than the input,
 * never newer); a write is a save to Apify, which `save` carries out.
 */
export class TaskInputDocuments implements vscode.FileSystemProvider {
  private readonly entries = new Map<string, TaskInputEntry>();
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changed.event;

  constructor(private readonly client: () => ApifyClient | undefined, private readonly save: SaveHandler) {}

  entry(taskId: string): TaskInputEntry | undefined {
    return this.entries.get(taskId);
  }

  /** Reads the task and its input from Apify; the URI of its document. An open document shows the new text when not dirty. */
  async load(taskId: string, listed?: TaskShort): Promise<{ uri: vscode.Uri; entry: TaskInputEntry }> {
    const client = this.client();
    if (!client) throw vscode.FileSystemError.Unavailable(vscode.l10n.t('Set an Apify API token to open task inputs.'));
    const task = await client.getTask({ taskId });
    const input = await client.getTaskInput({ taskId });
    const content = new TextEncoder().encode(formatInput(input));
    const entry: TaskInputEntry = {
      taskId, name: task.name, actId: task.actId, listed: listed ?? this.entries.get(taskId)?.listed, seen: { modifiedAt: task.modifiedAt, input }, content, mtime: Date.now(),
    };
    const had = this.entries.has(taskId);
    this.entries.set(taskId, entry);
    const uri = vscode.Uri.from({ scheme: TASK_INPUT_SCHEME, path: taskInputPath(taskId, task.name) });
    if (had) this.changed.fire([{ type: vscode.FileChangeType.Changed, uri }]);
    return { uri, entry };
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  async stat(uri: vscode.Uri): Promise<vscode.FileStat> {
    const entry = await this.entryFor(uri);
    return { type: vscode.FileType.File, ctime: entry.mtime, mtime: entry.mtime, size: entry.content.byteLength };
  }

  async readFile(uri: vscode.Uri): Promise<Uint8Array> {
    return (await this.entryFor(uri)).content;
  }

  async writeFile(uri: vscode.Uri, content: Uint8Array): Promise<void> {
    const entry = await this.entryFor(uri);
    await this.save(entry, content, uri);
    entry.content = content;
    entry.mtime = Math.max(Date.now(), entry.mtime + 1);
  }

  readDirectory(): [string, vscode.FileType][] {
    return [];
  }

  createDirectory(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  delete(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  rename(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }

  dispose(): void {
    this.changed.dispose();
  }

  /** The entry a URI names; a document restored with the window (or reopened) is read from Apify again. */
  private async entryFor(uri: vscode.Uri): Promise<TaskInputEntry> {
    const taskId = taskIdOfPath(uri.path);
    if (taskId === undefined) throw vscode.FileSystemError.FileNotFound(uri);
    return this.entries.get(taskId) ?? (await this.load(taskId)).entry;
  }
}
