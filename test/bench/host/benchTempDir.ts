// Temp folders of the bench that are gone afterwards even when it is interrupted: Ctrl-C ends the
// process through test/host/codeServer.ts's signal handler (process.exit), which skips `finally`.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export interface TempDir {
  readonly path: string;
  remove(): void;
}

export function createTempDir(prefix: string): TempDir {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const remove = () => fs.rmSync(dir, { recursive: true, force: true });
  process.once('exit', remove);
  return {
    path: dir,
    remove: () => {
      process.removeListener('exit', remove);
      remove();
    },
  };
}
