// Issue 6.2, bad-input catalogue: every way a task page can be malformed, served as the second
// page after a good first one. Valid tasks are shown, a clear error says what was not valid,
// nothing crashes, nothing already loaded is lost, and no API text can run a command or open a
// link from a tooltip. (The validator's own verdicts are unit-tested in test/unit/api/.)
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TaskShort } from '../../../src/api/types';
import type { TaskTreeRow } from '../../../src/tree/taskTreeRow';
import type { Fault } from '../../fake-apify/faults';
import {
  closeHarness, configure, firstPageSettled, labelOf, listRequests, openHarness, rows, showView, signIn, type Harness,
} from '../support/apifyTasksHarness';
import { assertNoDuplicates, clickRow, settledRows, taskIds } from './rowClicks';
import { tooltipText as shownTooltip } from '../support/tooltipText';

const PAGE_SIZE = 10;
const TASK_COUNT = 40;
/** The client's default attempts; an unusable body served this often outlasts its retries. */
const MAX_ATTEMPTS = 5;

type Item = Record<string, unknown>;

/** ASCII punctuation in `markdown` without a backslash before it: characters Markdown may act on. */
function unescapedPunctuation(markdown: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < markdown.length; i++) {
    if (markdown[i] === '\\') i++;
    else if (/[!-/:-@[-`{-~]/.test(markdown[i])) found.push(markdown[i]);
  }
  return found;
}

describe('reliability: bad input from the API', () => {
  let harness: Harness;

  before(async () => {
    harness = await openHarness({ taskCount: TASK_COUNT, style: 'demo' });
    await configure({ pageSize: PAGE_SIZE });
    await signIn(harness);
    await showView(harness.api);
  });
  beforeEach(async () => {
    harness.fake.clearFaults();
    await vscode.commands.executeCommand('apifyTasks.refresh');
    await firstPageSettled(harness.api);
    assert.equal(taskIds(await rows(harness.api)).length, PAGE_SIZE);
    harness.fake.clearRequests();
  });
  after(() => closeHarness(harness));

  /** The real second page's tasks, as plain objects a case may change. */
  function secondPageItems(): Item[] {
    return harness.fake.tasks.slice(PAGE_SIZE, 2 * PAGE_SIZE).map((task) => ({ ...task }));
  }

  /** A second-page body around `items`; `envelope` overrides fields (undefined drops one). */
  function secondPage(items: unknown[], envelope: Item = {}): Fault {
    const data = { total: TASK_COUNT, offset: PAGE_SIZE, limit: PAGE_SIZE, desc: false, count: items.length, items, ...envelope };
    return { kind: 'body', body: { data } };
  }

  /** Serves `fault` for the next `times` list requests and clicks Load more; returns the rows after. */
  async function loadMoreAnswered(fault: Fault, times = 1): Promise<TaskTreeRow[]> {
    harness.fake.failNext(times, fault, { paths: ['/v2/actor-tasks'] });
    await clickRow((await rows(harness.api)).at(-1)!);
    return settledRows(harness.api);
  }

  function assertFirstPageKept(shown: readonly TaskTreeRow[]): void {
    assert.deepEqual(shown.slice(0, PAGE_SIZE).map((row) => row.id), harness.fake.tasks.slice(0, PAGE_SIZE).map((task) => task.id),
      'the tasks loaded before were lost');
  }

  /** Clicks the last row (Retry or Load more) with the fake answering normally; the list goes on. */
  async function assertRecovers(expectedTasks: number): Promise<void> {
    harness.fake.clearFaults();
    await clickRow((await rows(harness.api)).at(-1)!);
    const shown = await settledRows(harness.api);
    assert.equal(taskIds(shown).length, expectedTasks);
    assert.equal(shown.at(-1)?.kind, 'loadMore');
  }

  describe('an unusable body (not JSON, HTML, empty): retried, then an error row saying what came', () => {
    const cases: { name: string; fault: Fault; expect: RegExp }[] = [
      { name: 'text that is not JSON', fault: { kind: 'body', body: 'Service temporarily unavailable', contentType: 'text/plain' }, expect: /the response body is not valid JSON/ },
      { name: 'an HTML page with status 200', fault: { kind: 'non-json' }, expect: /the response is an HTML page, not JSON/ },
      { name: 'an empty body with status 200', fault: { kind: 'empty' }, expect: /the response body is empty/ },
    ];
    for (const { name, fault, expect } of cases) {
      it(`${name}: "${expect.source}", loaded tasks kept, Retry recovers`, async () => {
        const shown = await loadMoreAnswered(fault, MAX_ATTEMPTS);
        assert.equal(listRequests(harness.fake).length, MAX_ATTEMPTS, 'a body a flaky proxy can produce should be retried');
        assertFirstPageKept(shown);
        const error = shown.at(-1)!;
        assert.equal(shown.length, PAGE_SIZE + 1);
        assert.equal(error.kind, 'error');
        assert.match(labelOf(error), /^Apify sent a response that is not valid: /);
        assert.match(labelOf(error), expect);
        assert.equal(error.command?.command, 'apifyTasks.loadMore');
        await assertRecovers(2 * PAGE_SIZE);
      });
    }
  });

  describe('a page of the wrong shape: refused whole, not retried, an error row names the problem', () => {
    const items = (): Item[] => secondPageItems();
    const cases: { name: string; fault: () => Fault; expect: RegExp }[] = [
      { name: 'wrong type: desc is a string', fault: () => secondPage(items(), { desc: 'false' }), expect: /data\.desc: the page is in an unknown order \(string\), not oldest first as requested/ },
      { name: 'wrong type: items is an object', fault: () => secondPage(items(), { items: { 0: items()[0] } }), expect: /data\.items: expected an array, got object/ },
      { name: 'wrong type: the body is an array', fault: () => ({ kind: 'body', body: items() }), expect: /body: expected an object, got array/ },
      { name: 'missing required field: data', fault: () => ({ kind: 'body', body: { items: items() } }), expect: /data: missing/ },
      { name: 'missing required field: items', fault: () => secondPage(items(), { items: undefined }), expect: /data\.items: missing/ },
      { name: 'null in a non-nullable field: count', fault: () => secondPage(items(), { count: null }), expect: /data\.count: expected an integer, got null/ },
      { name: 'total smaller than the items received', fault: () => secondPage(items(), { total: 15 }), expect: /data\.total \(15\) is less than data\.offset \+ data\.count \(20\)/ },
      { name: 'count ≠ number of items', fault: () => secondPage(items(), { count: 3 }), expect: /data\.count \(3\) does not match the number of items \(10\)/ },
      { name: 'more items than limit', fault: () => secondPage(harness.fake.tasks.slice(PAGE_SIZE, 2 * PAGE_SIZE + 1)), expect: /data\.items has 11 items, more than data\.limit \(10\)/ },
    ];
    for (const { name, fault, expect } of cases) {
      it(`${name}: "${expect.source}"`, async () => {
        const shown = await loadMoreAnswered(fault());
        assert.equal(listRequests(harness.fake).length, 1, 'a well-formed body of the wrong shape comes back the same: no retry');
        assertFirstPageKept(shown);
        assert.equal(shown.length, PAGE_SIZE + 1);
        const error = shown.at(-1)!;
        assert.equal(error.kind, 'error');
        assert.match(labelOf(error), /^Apify sent a response that is not valid: /);
        assert.match(labelOf(error), expect);
        assert.match(shownTooltip(error.tooltip), expect, 'the tooltip lists the problems');
        await assertRecovers(2 * PAGE_SIZE);
        assert.equal(listRequests(harness.fake).at(-1)?.query.offset, String(PAGE_SIZE), 'Retry asked for another page');
      });
    }
  });

  describe('invalid tasks in a good page: the valid ones shown, a warning row says which were left out', () => {
    const cases: { name: string; change: (items: Item[]) => void; expect: RegExp }[] = [
      { name: 'wrong type: name is a number', change: (items) => { items[3].name = 42; }, expect: /items\[3\]\.name: expected a string, got number/ },
      { name: 'wrong type: the task is a string', change: (items) => { items[3] = 'task' as unknown as Item; }, expect: /items\[3\]: expected an object, got string/ },
      { name: 'missing required fields: id and name', change: (items) => { delete items[3].id; delete items[3].name; }, expect: /items\[3\]\.id: missing; items\[3\]\.name: missing/ },
      { name: 'null in a non-nullable field: name', change: (items) => { items[3].name = null; }, expect: /items\[3\]\.name: expected a string, got null/ },
      { name: 'the same ID twice in a page', change: (items) => { items[3].id = items[1].id; }, expect: /items\[3\]\.id: duplicate of items\[1\]\.id/ },
    ];
    for (const { name, change, expect } of cases) {
      it(`${name}: 9 of 10 shown, "${expect.source}", the next page follows on`, async () => {
        const { fake } = harness;
        const items = secondPageItems();
        change(items);
        const shown = await loadMoreAnswered(secondPage(items));
        assertFirstPageKept(shown);
        const expected = [...fake.tasks.slice(0, PAGE_SIZE + 3), ...fake.tasks.slice(PAGE_SIZE + 4, 2 * PAGE_SIZE)].map((task) => task.id);
        assert.deepEqual(taskIds(shown), expected);
        const warning = shown.find((row) => row.kind === 'message')!;
        assert.ok(warning, 'no row says that a task was left out');
        assert.equal(labelOf(warning), '1 task could not be shown');
        assert.match(String(warning.tooltip), /^The Apify API sent tasks that are not valid:\n/);
        assert.match(String(warning.tooltip), expect);
        assert.equal(shown.at(-1)?.kind, 'loadMore');
        // The left-out task still counts for paging: the next page starts after all ten.
        await assertRecovers(2 * PAGE_SIZE - 1 + PAGE_SIZE);
        assert.equal(listRequests(fake).at(-1)?.query.offset, String(2 * PAGE_SIZE));
      });
    }
  });

  describe('odd but valid tasks: shown, with labels made safe and tooltips that cannot link', () => {
    const hostileNames: Record<string, string> = {
      markdown: '**bold** _it_ [link](https://example.com) ![img](https://example.com/x.png) `code` # heading',
      html: '<img src=x onerror=alert(1)><a href="https://example.com">a</a><script>alert(1)</script>',
      commandLink: '[run](command:workbench.action.quit) <command:workbench.action.quit> [x](command:apifyTasks.signOut "t")',
      autolinks: '<https://example.com> https://example.com www.example.com mailto:a@example.com',
      themeIcon: '$(alert) $(sync~spin)',
      controlCharacters: 'tab\there\nnew line\r\u0007bell\u0000nul\u001b[31mred\u009bcsi\u007fdel',
      rightToLeft: 'مهمة استخراج الأسعار — משימה',
      bidiOverride: 'invoice-\u202Efdp.exe \u2066isolate\u2069 \u202Bembed\u202C',
    };
    const longName = 'x'.repeat(9_990) + ' the end.';

    async function loadOddPage(): Promise<{ shown: TaskTreeRow[]; odd: Map<string, TaskTreeRow>; items: Item[] }> {
      const items = secondPageItems();
      const labels = ['nullsAndExtras', 'long', ...Object.keys(hostileNames)];
      Object.assign(items[0], { actName: null, username: null, actUsername: null, stats: null });
      Object.assign(items[0], { extra: { nested: [1, 2] }, isDeprecated: true, 'weird key': null });
      items[1].name = longName;
      Object.values(hostileNames).forEach((name, k) => (items[2 + k].name = name));
      const shown = await loadMoreAnswered(secondPage(items));
      const odd = new Map(labels.map((label, index) => [label, shown.find((row) => row.id === items[index].id)!]));
      return { shown, odd, items };
    }

    it('nulls in every nullable field and unknown extra fields: accepted and shown, nothing rejected', async () => {
      const { shown, odd, items } = await loadOddPage();
      assert.equal(taskIds(shown).length, 2 * PAGE_SIZE);
      assert.ok(!shown.some((row) => row.kind === 'message' || row.kind === 'error'), 'an odd but valid task was refused');
      const row = odd.get('nullsAndExtras')! as TaskTreeRow & { task: TaskShort };
      assert.equal(labelOf(row), items[0].name);
      assert.equal(row.description, items[0].actId, 'without actor names the actor ID is shown');
      assert.match(await tooltipText(row), /Total runs: —/);
      assert.ok(!('extra' in row.task) && !('isDeprecated' in row.task), 'unknown fields were kept');
    });

    it('a 10,000-character name: one row of at most 200 characters, a bounded tooltip', async () => {
      const { odd } = await loadOddPage();
      const label = labelOf(odd.get('long')!);
      assert.equal(label.length, 200);
      assert.ok(label.endsWith('…'));
      const tooltip = await tooltipText(odd.get('long')!);
      assert.ok(tooltip.length < 3_000, `the tooltip has ${tooltip.length} characters`);
    });

    it('names with Markdown, HTML, command: links, control characters and right-to-left text: plain labels, inert tooltips', async () => {
      const { odd } = await loadOddPage();
      for (const [label, name] of Object.entries(hostileNames)) {
        const row = odd.get(label)!;
        const shownLabel = labelOf(row);
        assert.ok(!/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(shownLabel), `${label}: control or bidi characters in the label`);
        // Only what would break a one-line row is replaced; right-to-left script and markup stay, as text.
        // Icon syntax is broken by a word joiner (quick picks and the status bar would render it).
        if (!['controlCharacters', 'bidiOverride'].includes(label)) assert.equal(shownLabel.replace(/\u2060/g, ''), name, `${label}: the label changed`);
        const tooltip = (await resolvedTooltip(row)) as vscode.MarkdownString;
        assert.ok(tooltip instanceof vscode.MarkdownString);
        assert.equal(tooltip.isTrusted, false, `${label}: a trusted tooltip can run commands`);
        assert.equal(tooltip.supportHtml, false, `${label}: the tooltip renders HTML`);
        assert.ok(!tooltip.supportThemeIcons, `${label}: the tooltip renders theme icons`);
        // Every Markdown-active character of the name is escaped, so no link, image, tag or icon
        // can come out of it (test/ui/untrustedTooltips.test.ts hovers the rows in the workbench).
        const nameLine = tooltip.value.split('\n')[0];
        assert.ok(nameLine.startsWith('**') && nameLine.endsWith('**'), `${label}: ${nameLine}`);
        assert.deepEqual(unescapedPunctuation(nameLine.slice(2, -2)), [], `${label}: Markdown syntax left active in ${nameLine}`);
      }
    });
  });

  // In a describe of its own: mocha runs a suite's own tests before those of its nested suites.
  describe('afterwards', () => {
    it('after the whole catalogue the view still pages through every task, each once', async () => {
      const { api, fake } = harness;
      for (let click = 0; click < TASK_COUNT; click++) {
        const last = (await settledRows(api)).at(-1)!;
        if (last.kind === 'task') break;
        await clickRow(last);
      }
      const ids = taskIds(await settledRows(api));
      assertNoDuplicates(ids);
      assert.deepEqual(ids, fake.tasks.map((task) => task.id));
    });
  });

  async function resolvedTooltip(row: TaskTreeRow): Promise<vscode.TreeItem['tooltip']> {
    const item = await harness.api.tree.resolveTreeItem(new vscode.TreeItem(labelOf(row)), row);
    return item.tooltip;
  }

  async function tooltipText(row: TaskTreeRow): Promise<string> {
    const tooltip = await resolvedTooltip(row);
    return tooltip instanceof vscode.MarkdownString ? tooltip.value : String(tooltip);
  }
});
