// The running extension, as the integration tests drive it: through the object activate()
// returns and through its commands. activate() returns it only in ExtensionMode.Test, i.e. when
// the host was started with extensionTestsPath beside this repo as the extension under development.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ApifyTasksApi } from '../../../src/extension';

const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../../package.json'), 'utf8'));
export const EXTENSION_ID = `${manifest.publisher}.${manifest.name}`;

export async function extensionApi(): Promise<ApifyTasksApi> {
  const extension = vscode.extensions.getExtension<ApifyTasksApi | undefined>(EXTENSION_ID);
  if (!extension) throw new Error(`extension ${EXTENSION_ID} is not loaded`);
  const api = await extension.activate();
  if (!api) throw new Error(`${EXTENSION_ID} returned no test surface: it is one only in ExtensionMode.Test (extensionDevelopmentPath + extensionTestsPath)`);
  return api;
}
