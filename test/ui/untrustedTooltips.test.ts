// Issue 6.2, last point, in the real workbench: a task name from the API cannot put a link, a
// command, an image or markup into the hover VS Code renders for its row.
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { FakeApifyServer } from '../fake-apify/server';
import { openWorkbench, signInThroughPalette, viewPane, type Workbench } from '../host/workbench';
import { closeAfterSuite } from './support/suiteHooks';

const TOKEN = 'apify_api_UiTooltipToken00000000000000';
const HOSTILE_NAMES = [
  '[run](command:workbench.action.quit) <command:workbench.action.quit>',
  '[open](https://example.com) ![img](https://example.com/x.png)',
  '<a href="https://example.com">a</a><img src=x onerror=alert(1)><script>alert(1)</script>',
  '<https://example.com> https://example.com www.example.com mailto:a@example.com',
  '**bold** _it_ `code` # heading $(alert) &lt;b&gt;',
];

describe('UI: hovers of task rows with hostile names', function () {
  let fake: FakeApifyServer;
  let workbench: Workbench | undefined;
  let page: Page;

  before(async function () {
    fake = await FakeApifyServer.start({ taskCount: 12, token: TOKEN, style: 'demo' });
    HOSTILE_NAMES.forEach((name, index) => (fake.tasks[index].name = name));
    workbench = await openWorkbench({ settings: { 'apifyTasks.apiBaseUrl': fake.url } });
    page = workbench.page;
    await signInThroughPalette(page, TOKEN);
    await viewPane(page).locator(`.monaco-list-row[data-index="${fake.tasks.length - 1}"]`).waitFor();
  });
  closeAfterSuite(() => ({ workbench, others: [fake] }));

  it('renders each name as plain text: no link, image, script, markup or icon in the hover', async function () {
    for (const [index, name] of HOSTILE_NAMES.entries()) {
      await viewPane(page).locator(`.monaco-list-row[data-index="${index}"]`).hover();
      const hover = page.locator('.monaco-hover .rendered-markdown');
      await hover.waitFor();
      const found = await hover.evaluate((element) => ({
        title: element.querySelector('strong')?.textContent ?? '',
        active: [...element.querySelectorAll('a, img, script, iframe, code, em, h1, .codicon')].map((node) => node.outerHTML),
      }));
      // The word joiner that safeText puts between $ and ( is invisible.
      assert.equal(found.title.replace(/\u2060/g, ''), name, 'the hover does not show the name as it is');
      assert.deepEqual(found.active, [], `the hover of "${name}" renders active content`);
      // Move away and let the hover close, so the next row gets a hover of its own.
      await page.mouse.move(800, 450);
      await page.keyboard.press('Escape');
      await hover.waitFor({ state: 'detached' });
    }
  });
});
