// The scale phase's host: 100,000 tasks. The suite times the Copy Task ID picker at 10,000,
// 50,000 and 100,000 (the fake serving only the first n), heap per task, showing the view and
// Load more with 99,000 loaded, for the extension and the floor extension.
import type { ScaleSuiteResults } from '../shared/benchResults';
import { runHostedPhase } from './hostedPhase';
import { measurePickerScale } from './pickerScaleUi';

export const SCALE_TASK_COUNT = 100_000;

export function measureScalePhase(): Promise<ScaleSuiteResults> {
  return runHostedPhase<ScaleSuiteResults>({
    label: '[scale]',
    suite: 'scaleSuite.js',
    taskCount: SCALE_TASK_COUNT,
    withFloor: true,
    samples: 1,
    timeoutMs: 10 * 60_000,
    handlers: (fake, page) => {
      const all = [...fake.tasks];
      return {
        setTaskCount: ({ count }) => {
          fake.tasks.length = 0;
          for (const task of all.slice(0, count === undefined ? all.length : Number(count))) fake.tasks.push(task);
          return fake.tasks.length;
        },
        pickerScale: ({ taskCount }) => measurePickerScale(page(), fake, Number(taskCount)),
      };
    },
  });
}
