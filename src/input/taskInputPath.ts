// The path of a task's input document: `/<taskId>/<name>.input.json`. The name makes the tab
// readable; the ID is what the provider acts on. No token or other secret is ever in it.
import { isApifyId } from '../api/apifyId';
import { safeText } from '../ui/displayText';

const SUFFIX = '.input.json';

export function taskInputPath(taskId: string, taskName: string): string {
  return `/${taskId}/${fileName(taskName)}${SUFFIX}`;
}

/** The task ID a document path names; undefined for any other path. */
export function taskIdOfPath(path: string): string | undefined {
  const match = /^\/([^/]+)\/[^/]+$/.exec(path);
  return match && path.endsWith(SUFFIX) && isApifyId(match[1]) ? match[1] : undefined;
}

/** The task name as one safe path segment: no separators, nothing a file name cannot hold. */
function fileName(taskName: string): string {
  const name = safeText(taskName, 80).replace(/[/\\:*?"<>|%#]/g, '_').replace(/\.{2,}/g, '.').trim().replace(/^\.+/, '');
  return name === '' ? 'task' : name;
}
