// One fake Apify API per test file, the extension pointed at it, and the steps every test
// repeats: sign in, show or hide the view, wait for a page, read the rows.
import * as vscode from 'vscode';
import type { ApifyTasksApi } from '../../../src/extension';
import type { TaskTreeRow } from '../../../src/tree/taskTreeRow';
import { FakeApifyServer, type FakeApifyOptions } from '../../fake-apify/server';
import { extensionApi } from './extensionApi';
import { configure, hideView, showView, signInWith } from './extensionSteps';
import { waitFor } from './waitFor';

export { configure, hideView, showView };

export interface Harness {
  api: ApifyTasksApi;
  fake: FakeApifyServer;
}

/** Retries as the client does them, only faster, so failure tests take milliseconds, not 20 s. Set with `api.setRetry`. */
export const FAST_RETRY = { initialDelayMs: 5, maxDelayMs: 40, attemptTimeoutMs: 1_500, totalBudgetMs: 4_000 };

/** Starts a fake API and points the extension at it; call from `before`. Signed out, oldest first. */
export async function openHarness(options: FakeApifyOptions = {}): Promise<Harness> {
  const api = await extensionApi();
  api.setRetry(FAST_RETRY);
  const fake = await FakeApifyServer.start(options);
  await resetExtension();
  await configure({ apiBaseUrl: fake.url });
  return { api, fake };
}

/** openHarness, then the common start of a test file: settings, sign in, view shown, first page in. */
export async function openSignedInHarness(options: FakeApifyOptions = {}, settings: { pageSize?: number; runsPageSize?: number } = {}): Promise<Harness> {
  const harness = await openHarness(options);
  await configure(settings);
  await signIn(harness);
  await showView(harness.api);
  await firstPageSettled(harness.api);
  return harness;
}

export async function closeHarness(harness: Harness | undefined): Promise<void> {
  if (!harness) return;
  await resetExtension();
  harness.api.setRetry({});
  await harness.fake.close();
}

/** Back to a fresh install's state: signed out, default settings, oldest first. */
export async function resetExtension(): Promise<void> {
  await vscode.commands.executeCommand('apifyTasks.signOut');
  await vscode.commands.executeCommand('apifyTasks.sortAscending');
  await configure({ pageSize: undefined, runsPageSize: undefined, apiBaseUrl: undefined });
}


export function signIn(harness: Harness): Promise<void> {
  return signInWith(harness.fake.token);
}



/** Waits until the current list has a settled first page (loaded or failed). */
export async function firstPageSettled(api: ApifyTasksApi): Promise<void> {
  await waitFor(() => {
    const pager = api.tree.current;
    return pager !== undefined && !pager.loading && (pager.total !== undefined || pager.error !== undefined);
  }, 'the first page has settled');
}

/** The rows the provider gives VS Code now (reading them makes no request once a page settled). */
export async function rows(api: ApifyTasksApi): Promise<TaskTreeRow[]> {
  return (await api.tree.getChildren()) ?? [];
}

/** Requests the fake served for the task list (not /users/me). */
export function listRequests(fake: FakeApifyServer) {
  return fake.requests.filter((request) => request.path === '/v2/actor-tasks');
}

export function labelOf(row: TaskTreeRow): string {
  return typeof row.label === 'string' ? row.label : row.label?.label ?? '';
}
