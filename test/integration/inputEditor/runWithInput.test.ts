// "Run Task with This Input": a run of the task with the editor's current (unsaved) text as its
// input, through Run Task's one start (confirmation, exactly once, watching), nothing saved.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Question } from '../../../src/ui/confirm';
import type { RunWithInputResult } from '../../../src/inputEditor/runTaskWithInput';
import { closeHarness, openSignedInHarness, type Harness } from '../support/apifyTasksHarness';
import { waitFor } from '../support/waitFor';
import { closeAllEditors, openInput, replaceText, setAutoSave, taskOf } from './inputEditorSteps';

describe('task input editor: Run Task with This Input', () => {
  let harness: Harness;
  let prompts: Question[];

  before(async () => {
    harness = await openSignedInHarness({ taskCount: 30, newRunPlan: { finishAfterMs: null } });
    await setAutoSave('off');
  });
  beforeEach(() => {
    prompts = [];
    harness.api.setAsk(async (question) => { prompts.push(question); return question.buttons[0]; });
    harness.fake.clearRequests();
  });
  afterEach(async () => {
    for (const run of harness.fake.runs) if (['READY', 'RUNNING'].includes(run.status)) harness.fake.finishRun(run.id, 'ABORTED');
    await closeAllEditors();
  });
  after(async () => {
    harness.api.setAsk(undefined);
    await setAutoSave(undefined);
    await closeHarness(harness);
  });

  const runWithInput = (uri?: vscode.Uri) => vscode.commands.executeCommand<RunWithInputResult>('apifyTasks.runTaskWithInput', uri);

  it('starts one run with the unsaved text as its body, after Run Task\'s confirmation, saves nothing and watches the run', async () => {
    const { api, fake } = harness;
    const task = taskOf(fake, 'google-search-scraper');
    const editor = await openInput(task);
    const stored = fake.taskInput(task.id);
    const text = '{\n  "queries": "only for this run",\n  "maxPagesPerQuery": 2\n}\n';
    await replaceText(editor, text);
    const result = await runWithInput(editor.document.uri);
    assert.equal(result?.kind, 'started');
    assert.equal(prompts.length, 1);
    assert.match(prompts[0].detail, /instead of the task's saved input/);
    const posts = fake.runStartRequests();
    assert.deepEqual(posts.map((request) => request.path), [`/v2/actor-tasks/${task.id}/runs`]);
    assert.deepEqual(JSON.parse(posts[0].body ?? ''), JSON.parse(text));
    assert.equal(editor.document.isDirty, true);
    assert.equal(editor.document.getText(), text);
    assert.deepEqual(fake.taskInput(task.id), stored);
    assert.ok(result && 'run' in result);
    await waitFor(() => api.session.runWatcher.isWatching(result.run.id), 'the run is watched');
  });

  it('from the editor title without an argument, acts on the active task input', async () => {
    const { fake } = harness;
    const task = taskOf(fake, 'web-scraper');
    await openInput(task);
    const result = await runWithInput();
    assert.equal(result?.kind, 'started');
    assert.deepEqual(JSON.parse(fake.runStartRequests()[0]?.body ?? ''), fake.taskInput(task.id));
  });

  it('refuses text that is not a JSON object or array: no confirmation, no request', async () => {
    const { fake } = harness;
    const editor = await openInput(taskOf(fake, 'google-search-scraper'));
    await replaceText(editor, '{ "queries": ');
    const result = await runWithInput(editor.document.uri);
    assert.equal(result?.kind, 'invalid-input');
    assert.deepEqual(prompts, []);
    assert.deepEqual(fake.runStartRequests(), []);
  });

  it('cancelled at the confirmation, starts nothing', async () => {
    const { api, fake } = harness;
    api.setAsk(async () => undefined);
    const editor = await openInput(taskOf(fake, 'google-search-scraper'));
    const result = await runWithInput(editor.document.uri);
    assert.equal(result?.kind, 'cancelled');
    assert.deepEqual(fake.runStartRequests(), []);
  });
});
