// The two trees the floor comparison drives alike: the Apify Tasks view and the floor
// extension's (test/bench/floor-extension). Both are driven by their commands and their views,
// and watched by a RootRowsProbe on their providers.
import * as vscode from 'vscode';
import type { ApifyTasksApi } from '../../../src/extension';
import type { TaskTreeRow } from '../../../src/tree/taskTreeRow';
import { waitFor } from '../../integration/support/waitFor';
import { FLOOR_EXTENSION_ID } from '../shared/benchEnv';
import { hideView, showView } from './extensionSteps';
import { RootRowsProbe, type ProbedTree } from './rootRowsProbe';


export interface TreeUnderTest {
  readonly name: 'ours' | 'floor';
  /** The view's title, by which the window side finds its rows. */
  readonly viewTitle: string;
  readonly probe: RootRowsProbe;
  /** The list now shown (a new object after every Refresh). */
  current(): unknown;
  loaded(): number;
  refresh(): Thenable<unknown>;
  loadMore(): Thenable<unknown>;
  show(): Promise<void>;
  hide(): Promise<void>;
  /** Scrolls the view to its last row, where the next page appears (a user's position at Load more). */
  revealEnd(): Promise<void>;
}

interface FloorExports {
  tree: ProbedTree & { current: { items: unknown[] } };
  view: vscode.TreeView<unknown>;
  configure(settings: { baseUrl: string; token: string; pageSize: number }): void;
}

function lastRow(probe: RootRowsProbe): TaskTreeRow | undefined {
  const calls = probe.calls.filter((call) => call.rows);
  return calls.at(-1)?.rows?.at(-1);
}

async function reveal(view: vscode.TreeView<unknown>, probe: RootRowsProbe): Promise<void> {
  const row = lastRow(probe);
  if (row) await view.reveal(row, { select: false, focus: false });
}

export function ourTree(api: ApifyTasksApi, probe: RootRowsProbe): TreeUnderTest {
  return {
    name: 'ours',
    viewTitle: 'Tasks',
    probe,
    current: () => api.tree.current,
    loaded: () => api.tree.current?.items.length ?? 0,
    refresh: () => vscode.commands.executeCommand('apifyTasks.refresh'),
    loadMore: () => vscode.commands.executeCommand('apifyTasks.loadMore'),
    show: () => showView(api),
    hide: () => hideView(api),
    revealEnd: () => reveal(api.view, probe),
  };
}

export async function floorTree(settings: { baseUrl: string; token: string; pageSize: number }): Promise<TreeUnderTest> {
  const extension = vscode.extensions.getExtension<FloorExports>(FLOOR_EXTENSION_ID);
  if (!extension) throw new Error(`${FLOOR_EXTENSION_ID} is not installed`);
  const floor = await extension.activate();
  floor.configure(settings);
  const probe = new RootRowsProbe(floor.tree);
  return {
    name: 'floor',
    viewTitle: 'Floor',
    probe,
    current: () => floor.tree.current,
    loaded: () => floor.tree.current.items.length,
    refresh: () => vscode.commands.executeCommand('benchFloor.refresh'),
    loadMore: () => vscode.commands.executeCommand('benchFloor.loadMore'),
    show: async () => {
      await vscode.commands.executeCommand('benchFloorView.focus');
      await waitFor(() => floor.view.visible, 'the floor view is visible');
    },
    hide: async () => {
      await vscode.commands.executeCommand('workbench.view.explorer');
      await waitFor(() => !floor.view.visible, 'the floor view is hidden');
    },
    revealEnd: () => reveal(floor.view, probe),
  };
}
