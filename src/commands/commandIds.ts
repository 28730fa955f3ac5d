/** Command IDs: a contract with package.json and with tests outside this repository. */
export const CommandIds = {
  setToken: 'apifyTasks.setToken',
  signOut: 'apifyTasks.signOut',
  refresh: 'apifyTasks.refresh',
  toggleSortOrder: 'apifyTasks.toggleSortOrder',
  sortDescending: 'apifyTasks.sortDescending',
  sortAscending: 'apifyTasks.sortAscending',
  loadMore: 'apifyTasks.loadMore',
  copyTaskId: 'apifyTasks.copyTaskId',
  openInConsole: 'apifyTasks.openInConsole',
  showLog: 'apifyTasks.showLog',
  runTask: 'apifyTasks.runTask',
  showStartedRuns: 'apifyTasks.showStartedRuns',
  openRunInConsole: 'apifyTasks.openRunInConsole',
  copyRunId: 'apifyTasks.copyRunId',
  openRunLog: 'apifyTasks.openRunLog',
  openRunResults: 'apifyTasks.openRunResults',
  abortRun: 'apifyTasks.abortRun',
  openTaskInput: 'apifyTasks.openTaskInput',
  runTaskWithInput: 'apifyTasks.runTaskWithInput',
} as const;

export const VIEW_ID = 'apifyTasks';
