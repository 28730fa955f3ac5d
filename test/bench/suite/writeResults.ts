import * as fs from 'node:fs';
import { BenchEnv, requireEnv } from '../shared/benchEnv';

/** Hands the suite's figures to the runner, which reads the file after run() resolved. */
export function writeResults(results: unknown): void {
  fs.writeFileSync(requireEnv(BenchEnv.outFile), JSON.stringify(results, null, 2));
}
