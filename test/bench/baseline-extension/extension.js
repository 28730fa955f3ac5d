// Baseline of the activation benchmark: one activate() that registers one empty tree view, in
// its own view container like the Apify one, so both activate the same way (and neither at startup).
const vscode = require('vscode');

exports.activate = function activate(context) {
  const provider = { getTreeItem: (element) => element, getChildren: () => [] };
  context.subscriptions.push(vscode.window.createTreeView('benchBaselineView', { treeDataProvider: provider }));
};

exports.deactivate = function deactivate() {};
