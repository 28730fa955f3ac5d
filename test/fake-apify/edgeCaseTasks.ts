// Task fields that have broken UIs before: markup that must not render or run, scripts in
// other directions, huge names, and the nulls the schema allows. The seeded list mixes
// these in among ordinary tasks.
import type { TaskShort } from '../../src/api/types';

export interface EdgeCase {
  /** Stable handle for tests, e.g. "html". */
  label: string;
  /** Applied over an ordinary generated task; `undefined` removes the field. */
  overrides: Partial<Record<keyof TaskShort, unknown>>;
}

export const LONG_NAME = 'A very long task name that keeps going '.repeat(130).trim();

export const EDGE_CASES: readonly EdgeCase[] = [
  { label: 'accents', overrides: { name: 'Données météo — été à Zürich, ñandú' } },
  { label: 'html', overrides: { name: '<img src=x onerror=alert(1)>' } },
  { label: 'cjk', overrides: { name: '東京の天気データ 数据抓取 날씨' } },
  { label: 'null-act-name', overrides: { actName: null } },
  { label: 'markdown', overrides: { name: '**bold** [link](https://example.com)' } },
  { label: 'emoji', overrides: { name: '🚀 Launch tracker 🔥 👩‍💻' } },
  { label: 'null-username', overrides: { username: null } },
  { label: 'arabic', overrides: { name: 'مهمة استخراج الأسعار اليومية' } },
  { label: 'command-link', overrides: { name: '[run](command:workbench.action.quit)' } },
  { label: 'null-stats', overrides: { stats: null } },
  { label: 'hebrew', overrides: { name: 'משימת איסוף נתונים' } },
  { label: 'long-name', overrides: { name: LONG_NAME } },
  { label: 'null-act-username', overrides: { actUsername: null } },
  { label: 'bidi-override', overrides: { name: 'invoice-\u202Efdp.exe' } },
  { label: 'all-nulls', overrides: { actName: null, username: null, actUsername: null, stats: null } },
  { label: 'absent-optionals', overrides: { actName: undefined, username: undefined, actUsername: undefined, stats: undefined } },
  { label: 'empty-stats', overrides: { stats: {} } },
];

/** How many ordinary tasks come first, so a demo's first screen looks normal. */
export const ORDINARY_LEAD = 5;

/** Index → edge case, spreading the cases evenly after the ordinary lead (fewer fit in short lists). */
export function edgeCasePositions(taskCount: number): Map<number, EdgeCase> {
  const positions = new Map<number, EdgeCase>();
  const room = taskCount - ORDINARY_LEAD;
  if (room <= 0) return positions;
  EDGE_CASES.forEach((edgeCase, k) => {
    const index = ORDINARY_LEAD + Math.floor((k * room) / EDGE_CASES.length);
    if (!positions.has(index)) positions.set(index, edgeCase);
  });
  return positions;
}

export function applyEdgeCase(task: TaskShort, edgeCase: EdgeCase): TaskShort {
  const result: Record<string, unknown> = { ...task };
  for (const [key, value] of Object.entries(edgeCase.overrides)) {
    if (value === undefined) delete result[key];
    else result[key] = value;
  }
  return result as unknown as TaskShort;
}
