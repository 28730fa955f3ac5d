// The floor of the benchmark (issue 13): the simplest tree of tasks a VS Code extension can
// have. getChildren fetches the first page with node-fetch; a click on "Load more…" appends the
// next page and fires onDidChangeTreeData once. Same rows as the Apify Tasks view (label,
// description, icon, id, the Load more row's text); no validation, retries or progress.
// Bundled with node-fetch by the bench when it installs this folder; driven through the object
// activate() returns.
import * as vscode from 'vscode';
import fetch from 'node-fetch';

const count = (n) => n.toLocaleString('en-US');

class FloorTree {
  constructor() {
    this.emitter = new vscode.EventEmitter();
    this.onDidChangeTreeData = this.emitter.event;
    this.settings = undefined;
    this.reset();
  }

  /** A new list object on every Refresh: the bench tells lists apart by identity. */
  reset() {
    this.current = { items: [], total: undefined };
  }

  async fetchPage(list) {
    const { baseUrl, token, pageSize } = this.settings;
    const response = await fetch(`${baseUrl}/v2/actor-tasks?offset=${list.items.length}&limit=${pageSize}`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const body = await response.json();
    list.items.push(...body.data.items);
    list.total = body.data.total;
  }

  getTreeItem(row) {
    return row;
  }

  getParent() {
    return undefined;
  }

  async getChildren(parent) {
    if (parent || !this.settings) return [];
    const list = this.current;
    if (list.total === undefined) await this.fetchPage(list);
    const rows = list.items.map((task) => {
      const row = new vscode.TreeItem(task.name, vscode.TreeItemCollapsibleState.None);
      row.kind = 'task';
      row.id = `task:${task.id}`;
      row.description = task.actUsername && task.actName ? `${task.actUsername}/${task.actName}` : (task.actName ?? task.actId ?? '');
      row.contextValue = 'task';
      row.iconPath = new vscode.ThemeIcon('checklist');
      return row;
    });
    if (list.items.length < list.total) {
      const text = 'Load more…';
      const row = new vscode.TreeItem({ label: text, highlights: [[0, text.length]] }, vscode.TreeItemCollapsibleState.None);
      const loaded = `${count(list.items.length)} of ${count(list.total)}`;
      row.kind = 'loadMore';
      row.id = 'special:loadMore';
      row.description = loaded;
      row.contextValue = 'loadMore';
      row.iconPath = new vscode.ThemeIcon('ellipsis');
      row.accessibilityInformation = { label: `Load more tasks, ${loaded} loaded. Press Enter to load the next page.`, role: 'button' };
      row.command = { command: 'benchFloor.loadMore', title: 'Load More' };
      rows.push(row);
    }
    return rows;
  }

  refresh() {
    this.reset();
    this.emitter.fire(undefined);
  }

  async loadMore() {
    await this.fetchPage(this.current);
    this.emitter.fire(undefined);
  }
}

export function activate(context) {
  const tree = new FloorTree();
  const view = vscode.window.createTreeView('benchFloorView', { treeDataProvider: tree });
  context.subscriptions.push(
    view,
    vscode.commands.registerCommand('benchFloor.refresh', () => tree.refresh()),
    vscode.commands.registerCommand('benchFloor.loadMore', () => tree.loadMore()),
  );
  return {
    tree,
    view,
    configure: (settings) => { tree.settings = settings; },
  };
}

export function deactivate() {}
