// "Open Task Input": the task's input as a document of the extension's file system, saved back
// with PUT /v2/actor-tasks/{id} {"input": …}, refused when it is not a JSON object or array, and
// never overwriting a change made elsewhere without asking.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ConflictChoice } from '../../../src/input/saveConflict';
import { safeText } from '../../../src/ui/displayText';
import { closeHarness, FAST_RETRY, openSignedInHarness, type Harness } from '../support/apifyTasksHarness';
import { sleep, waitFor } from '../support/waitFor';
import { closeAllEditors, inputTabs, openInput, replaceText, SCHEME, setAutoSave, taskOf, writes } from './inputEditorSteps';

const pretty = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

describe('task input editor: open and save', () => {
  let harness: Harness;

  before(async () => {
    harness = await openSignedInHarness({ taskCount: 40 });
    await setAutoSave('off');
  });
  afterEach(async () => {
    harness.api.setAsk(undefined);
    harness.api.setRetry(FAST_RETRY);
    harness.fake.clearFaults();
    await closeAllEditors();
  });
  after(async () => {
    await setAutoSave(undefined);
    await closeHarness(harness);
  });

  it('opens the input pretty-printed under a URI that names the task, and a second open focuses the same editor', async () => {
    const { fake } = harness;
    const task = taskOf(fake, 'web-scraper');
    const editor = await openInput(task);
    const doc = editor.document;
    assert.equal(doc.uri.scheme, SCHEME);
    assert.equal(doc.uri.path, `/${task.id}/${task.name}.input.json`);
    assert.doesNotMatch(doc.uri.toString(), new RegExp(fake.token));
    assert.equal(doc.languageId, 'json');
    assert.equal(doc.getText(), pretty(fake.taskInput(task.id)));
    assert.equal(doc.isDirty, false);

    await replaceText(editor, '{ "typed": true }');
    await vscode.commands.executeCommand('workbench.action.closeEditorsInOtherGroups');
    await vscode.commands.executeCommand('workbench.action.files.newUntitledFile');
    fake.clearRequests();
    await openInput(task);
    assert.equal(inputTabs().length, 1);
    assert.equal(vscode.window.activeTextEditor?.document.getText(), '{ "typed": true }', 'the second open replaced unsaved text');
    assert.deepEqual(fake.requests.map((request) => `${request.method} ${request.path}`), [], 'the second open asked Apify again');
  });

  it('from the palette, opens the input of the task picked in the quick pick', async () => {
    const { fake } = harness;
    fake.clearRequests();
    const opening = vscode.commands.executeCommand<vscode.Uri[]>('apifyTasks.openTaskInput');
    await waitFor(() => fake.requests.some((request) => request.path === '/v2/actor-tasks' && request.finishedAt !== undefined), 'the quick pick loaded its page');
    await sleep(300);
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const [uri] = (await opening) ?? [];
    assert.equal(uri?.path, `/${fake.tasks[0].id}/${fake.tasks[0].name}.input.json`);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
    assert.equal(vscode.window.activeTextEditor?.document.getText(), pretty(fake.taskInput(fake.tasks[0].id)));
  });

  it('saves the whole document as the input with PUT of the task: a deleted property is gone', async () => {
    const { fake } = harness;
    const task = taskOf(fake, 'google-search-scraper');
    const editor = await openInput(task);
    const before = fake.taskInput(task.id);
    assert.ok('countryCode' in before);
    const rest: Record<string, unknown> = { ...before, maxPagesPerQuery: 7 };
    delete rest.countryCode;
    const text = JSON.stringify({ ...rest, queries: 'edited\nlines' }, null, 4);
    await replaceText(editor, text);
    fake.clearRequests();
    assert.equal(await editor.document.save(), true);
    assert.equal(editor.document.isDirty, false);
    assert.deepEqual(fake.taskInput(task.id), JSON.parse(text));
    assert.ok(!('countryCode' in fake.taskInput(task.id)));
    const put = writes(fake);
    assert.deepEqual(put.map((request) => [request.method, request.path]), [['PUT', `/v2/actor-tasks/${task.id}`]]);
    assert.deepEqual(JSON.parse(put[0].body ?? ''), { input: JSON.parse(text) });
    assert.equal(editor.document.getText(), text, 'the saved text was reformatted');
  });

  for (const [what, text] of [['invalid JSON', '{ "queries": "x", }'], ['a JSON string', '"just text"'], ['null', 'null']] as const) {
    it(`refuses to save ${what}: no request, the text stays and the document stays dirty`, async () => {
      const { fake } = harness;
      const task = taskOf(fake, 'google-search-scraper');
      const editor = await openInput(task);
      const stored = fake.taskInput(task.id);
      await replaceText(editor, text);
      fake.clearRequests();
      assert.equal(await editor.document.save(), false);
      assert.equal(editor.document.isDirty, true);
      assert.equal(editor.document.getText(), text);
      assert.deepEqual(fake.requests, []);
      assert.deepEqual(fake.taskInput(task.id), stored);
    });
  }

  it('sends an untouched encrypted value back exactly, and refuses an altered one', async () => {
    const { fake } = harness;
    const task = taskOf(fake, 'web-scraper', (candidate) => typeof fake.taskInput(candidate.id).apiKey === 'string');
    const secret = fake.taskInput(task.id).apiKey as string;
    assert.match(secret, /^ENCRYPTED_VALUE:/);
    const editor = await openInput(task);
    await replaceText(editor, editor.document.getText().replace(/"maxRequestsPerCrawl": \d+/, '"maxRequestsPerCrawl": 5'));
    assert.equal(await editor.document.save(), true);
    assert.equal(fake.taskInput(task.id).apiKey, secret);
    assert.equal(fake.taskInput(task.id).maxRequestsPerCrawl, 5);

    await replaceText(editor, editor.document.getText().replace(secret, `${secret}x`));
    fake.clearRequests();
    assert.equal(await editor.document.save(), false);
    assert.deepEqual(writes(fake), []);
    assert.equal(editor.document.isDirty, true);
  });

  describe('conflict with a change made elsewhere', () => {
    const answer = (choice: ConflictChoice | undefined) => {
      const asked: string[] = [];
      harness.api.setAsk(async ({ message, buttons }) => {
        asked.push(message);
        return choice === 'compare' ? buttons[0] : choice === 'overwrite' ? buttons[1] : undefined;
      });
      return asked;
    };
    const openAndChangeElsewhere = async () => {
      const { fake } = harness;
      const task = taskOf(fake, 'website-content-crawler');
      const editor = await openInput(task);
      fake.changeTaskElsewhere(task.id, { input: { changedElsewhere: true, startUrls: [] } });
      const text = editor.document.getText().replace(/"maxRequestsPerCrawl": \d+/, '"maxRequestsPerCrawl": 42');
      await replaceText(editor, text);
      fake.clearRequests();
      return { task, editor, text };
    };

    it('Cancel sends nothing and keeps the text, dirty', async () => {
      const asked = answer('cancel');
      const { task, editor, text } = await openAndChangeElsewhere();
      assert.equal(await editor.document.save(), false);
      assert.equal(asked.length, 1);
      assert.ok(asked[0].includes(safeText(task.name)), asked[0]);
      assert.deepEqual(writes(harness.fake), []);
      assert.deepEqual(harness.fake.taskInput(task.id), { changedElsewhere: true, startUrls: [] });
      assert.equal(editor.document.getText(), text);
      assert.equal(editor.document.isDirty, true);
    });

    it('Compare opens a diff of Apify\'s input against the editor\'s, sends nothing and keeps the text', async () => {
      answer('compare');
      const { editor, text } = await openAndChangeElsewhere();
      assert.equal(await editor.document.save(), false);
      await waitFor(() => vscode.window.tabGroups.activeTabGroup.activeTab?.input instanceof vscode.TabInputTextDiff, 'a diff editor is active');
      const diff = vscode.window.tabGroups.activeTabGroup.activeTab!.input as vscode.TabInputTextDiff;
      assert.equal(diff.modified.toString(), editor.document.uri.toString());
      const original = await vscode.workspace.openTextDocument(diff.original);
      assert.deepEqual(JSON.parse(original.getText()), { changedElsewhere: true, startUrls: [] });
      assert.deepEqual(writes(harness.fake), []);
      assert.equal(editor.document.getText(), text);
      assert.equal(editor.document.isDirty, true);
    });

    it('Overwrite saves the editor\'s text over the change', async () => {
      answer('overwrite');
      const { task, editor, text } = await openAndChangeElsewhere();
      assert.equal(await editor.document.save(), true);
      assert.deepEqual(harness.fake.taskInput(task.id), JSON.parse(text));
      assert.equal(editor.document.isDirty, false);
      // Saved over: the next save compares with the version this one made and asks nothing.
      const asked = answer('cancel');
      await replaceText(editor, text.replace('"maxRequestsPerCrawl": 42', '"maxRequestsPerCrawl": 43'));
      assert.equal(await editor.document.save(), true);
      assert.deepEqual(asked, []);
    });
  });

  for (const [index, [what, fault]] of ([
    ['a 413', { status: 413, type: 'request-too-large', message: 'Input is too large' }],
    ['a 403', { status: 403, type: 'insufficient-permissions', message: 'Not allowed' }],
    ['a 429 after retries', { status: 429, type: 'rate-limit-exceeded', retryAfter: 0 }],
    ['a dropped connection after retries', { kind: 'drop' }],
  ] as const).entries()) {
    it(`a save that fails with ${what} keeps the text and the dirty state; saving again retries`, async () => {
      const { fake } = harness;
      const task = taskOf(fake, 'instagram-scraper');
      const editor = await openInput(task);
      const pages = 10 + index; // a value no other test saved
      const text = editor.document.getText().replace(/"maxPagesPerQuery": \d+/, `"maxPagesPerQuery": ${pages}`);
      await replaceText(editor, text);
      fake.failNext(50, fault, { method: 'PUT' });
      assert.equal(await editor.document.save(), false);
      assert.equal(editor.document.isDirty, true);
      assert.equal(editor.document.getText(), text);
      assert.notEqual(fake.taskInput(task.id).maxPagesPerQuery, pages);
      fake.clearFaults();
      assert.equal(await editor.document.save(), true);
      assert.equal(fake.taskInput(task.id).maxPagesPerQuery, pages);
    });
  }
});
