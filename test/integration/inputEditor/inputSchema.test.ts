// The actor's input schema drives completion, hovers and diagnostics of a task-input document;
// without one (no input schema in the build, no default build) it edits as plain JSON and says why.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeHarness, openSignedInHarness, type Harness } from '../support/apifyTasksHarness';
import { waitFor } from '../support/waitFor';
import { closeAllEditors, openInput, replaceText, setAutoSave, taskOf } from './inputEditorSteps';

const SOURCE = 'Apify input schema';

const completionLabel = (item: vscode.CompletionItem): string => (typeof item.label === 'string' ? item.label : item.label.label);

describe('task input editor: the actor\'s input schema', () => {
  let harness: Harness;

  before(async () => {
    harness = await openSignedInHarness({ taskCount: 40 });
    await setAutoSave('off');
  });
  afterEach(() => closeAllEditors());
  after(async () => {
    await setAutoSave(undefined);
    await closeHarness(harness);
  });

  const schemaSettled = (taskId: string) => waitFor(() => {
    const state = harness.api.taskInput.schemaState(taskId);
    return state !== undefined && state.kind !== 'loading';
  }, 'the schema state settled');
  const schemaDiagnostics = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);

  it('offers the schema\'s properties with their titles and descriptions as completion items', async () => {
    const task = taskOf(harness.fake, 'google-search-scraper');
    const editor = await openInput(task);
    await schemaSettled(task.id);
    assert.equal(harness.api.taskInput.schemaState(task.id)?.kind, 'ready');
    await replaceText(editor, '{\n  "queries": "x",\n  \n}\n');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(2, 2));
    const item = list.items.find((candidate) => completionLabel(candidate) === 'maxPagesPerQuery');
    assert.ok(item, `no maxPagesPerQuery among ${list.items.map((i) => JSON.stringify(i.label)).join(', ')}`);
    const documentation = typeof item.documentation === 'string' ? item.documentation : item.documentation?.value ?? '';
    assert.match(documentation, /Result pages to read/);
  });

  it('offers enum values with their titles, and hovers show a property\'s title and description', async () => {
    const task = taskOf(harness.fake, 'google-search-scraper');
    const editor = await openInput(task);
    await schemaSettled(task.id);
    await replaceText(editor, '{\n  "queries": "x",\n  "countryCode": ""\n}\n');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(2, 18));
    const labels = list.items.map(completionLabel);
    for (const value of ['"us"', '"de"', '"cz"', '"jp"']) assert.ok(labels.includes(value), `no ${value} among ${labels.join(', ')}`);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, new vscode.Position(1, 5));
    const text = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
    assert.match(text, /Search terms/);
    assert.match(text, /One query per line/);
  });

  it('reports a wrong type, an unknown property where the schema forbids them, and a missing required one', async () => {
    const task = taskOf(harness.fake, 'google-search-scraper');
    const editor = await openInput(task);
    await schemaSettled(task.id);
    await replaceText(editor, '{\n  "maxPagesPerQuery": "ten",\n  "unknownThing": 1\n}\n');
    await waitFor(() => schemaDiagnostics(editor.document.uri).length >= 3, 'three schema diagnostics appear');
    const messages = schemaDiagnostics(editor.document.uri).map((d) => `${d.range.start.line}: ${d.message}`);
    assert.ok(messages.some((m) => /^1: .*integer/i.test(m)), messages.join(' | '));
    assert.ok(messages.some((m) => /^2: .*unknownThing.*not allowed/i.test(m)), messages.join(' | '));
    assert.ok(messages.some((m) => /^0: .*queries/i.test(m)), messages.join(' | '));
    await replaceText(editor, '{\n  "queries": "fixed"\n}\n');
    await waitFor(() => schemaDiagnostics(editor.document.uri).length === 0, 'the diagnostics clear once the input fits');
  });

  it('allows unknown properties where the Apify schema does not forbid them', async () => {
    const task = taskOf(harness.fake, 'web-scraper');
    const editor = await openInput(task);
    await schemaSettled(task.id);
    await replaceText(editor, '{\n  "startUrls": [],\n  "maxRequestsPerCrawl": -1,\n  "extra": 1\n}\n');
    await waitFor(() => schemaDiagnostics(editor.document.uri).length >= 1, 'a schema diagnostic appears');
    const messages = schemaDiagnostics(editor.document.uri).map((d) => `${d.range.start.line}: ${d.message}`);
    assert.ok(messages.some((m) => /^2: .*(minimum|0)/i.test(m)), messages.join(' | '));
    assert.ok(!messages.some((m) => /extra/.test(m)), messages.join(' | '));
  });

  for (const [actName, reason] of [['my-custom-crawler', /no input schema/i], ['price-monitor', /no default build/i]] as const) {
    it(`opens and edits as plain JSON when the actor (${actName}) gives no schema, and says why`, async () => {
      const task = taskOf(harness.fake, actName);
      const editor = await openInput(task);
      await schemaSettled(task.id);
      const state = harness.api.taskInput.schemaState(task.id);
      assert.equal(state?.kind, 'none');
      assert.match(state?.kind === 'none' ? state.reason : '', reason);
      assert.equal(editor.document.getText(), `${JSON.stringify(harness.fake.taskInput(task.id), null, 2)}\n`);
      await replaceText(editor, '{ "anything": [1, 2] }');
      assert.equal(await editor.document.save(), true);
      assert.deepEqual(harness.fake.taskInput(task.id), { anything: [1, 2] });
      assert.deepEqual(schemaDiagnostics(editor.document.uri), []);
    });
  }
});
