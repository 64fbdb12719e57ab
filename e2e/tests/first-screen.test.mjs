// Content first: with the widget's top at the top of the viewport, the next thing to do is
// entirely on the first screen — for a first-time reader the first question, for a reader
// who has begun the current step's title and its Done box, in practice the console's first
// control and the current step's title — at 390 × 844 and 1280 × 800, in en/ko/ja, for both
// flows. The tools stay one click away ("More"), by keyboard and by their names.
import { test, before, after } from 'node:test';
import { startServer, withBrowser, widget, assert, axe, shot, tabTo, stored, DEEP_ACTIVE } from './helpers.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.close(); });

const LANGS = [['en', 'en-US', 'More'], ['ko', 'ko-KR', '더 보기'], ['ja', 'ja-JP', 'その他']];
const SIZES = [[390, 844], [1280, 800]];

/** Scrolls the i-th widget's top to the top of the viewport. */
async function topOf(page, i) {
  await page.locator('[data-marketo-guide]').nth(i).evaluate((el) => {
    window.scrollTo(0, window.scrollY + el.getBoundingClientRect().top);
  });
}

/** Asserts that every locator is entirely inside the viewport. */
async function onFirstScreen(page, what, locators) {
  const height = page.viewportSize().height;
  for (const [name, l] of locators) {
    const box = await l.boundingBox();
    assert.ok(box, `${what}: ${name} is not rendered`);
    assert.ok(box.y >= 0 && box.y + box.height <= height,
      `${what}: ${name} spans ${Math.round(box.y)}–${Math.round(box.y + box.height)} px; the first screen is ${height} px`);
  }
}

for (const [lang, locale, more] of LANGS) {
  for (const [width, height] of SIZES) {
    test(`the first screen shows the task, ${lang}, ${width} px`, { timeout: 120000 }, () =>
      withBrowser({ locale, width, height }, async (b) => {
        const page = await b.page(`${server.url}/?lang=${lang}`);
        for (const i of [0, 1]) {
          const w = widget(page, i);
          const what = `${lang} ${width}px widget ${i}`;
          // A first-time reader: the first question, its label and its control.
          await topOf(page, i);
          const first = w.locator('.mg-questions .mg-field, .mg-questions .mg-question').first();
          await onFirstScreen(page, `${what} first-time`, [
            ['the first question\'s label', first.locator('label, legend').first()],
            ['the first question\'s control', first.locator('input, select').first()],
          ]);
          // The tools are one click away, under "More", and keep their names.
          const toggle = w.getByRole('button', { name: more });
          assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
          await onFirstScreen(page, `${what} tools toggle`, [['More', toggle]]);
          // A reader who has begun: the current step's title and its Done box.
          await w.locator('.mg-step input[type=checkbox]').first().check();
        }
        await page.reload();
        await widget(page, 1).waitFor();
        for (const i of [0, 1]) {
          const w = widget(page, i);
          const what = `${lang} ${width}px widget ${i}`;
          await topOf(page, i);
          const next = w.locator('.mg-next');
          // Its Done box; a step the values for Step 3 complete says so instead.
          await onFirstScreen(page, `${what} returning`, [
            ['the current step\'s title', next.locator('.mg-next-title')],
            ['its Done box', next.locator('.mg-next-actions input[type=checkbox], .mg-next-actions small').first()],
          ]);
          const current = (await w.locator('.mg-step-current .mg-step-title').textContent()).trim();
          assert.equal((await next.locator('.mg-next-title').textContent()).trim(), current, `${what}: the card is the current step`);
          // The answers fold into one line with "Change".
          assert.equal(await w.locator('.mg-answers-summary').count(), 1, `${what}: answers folded`);
        }
        if (width === 390) await shot(page, `first-screen-${lang}-390-guide`);
        // Practice: the console's first control and the current step's title.
        for (const i of [0, 1]) {
          const w = widget(page, i);
          await w.getByRole('radio').nth(1).check();
          await w.locator('.mg-console').first().waitFor();
          await topOf(page, i);
          await onFirstScreen(page, `${lang} ${width}px widget ${i} practice`, [
            ['the current step\'s title', w.locator('.mg-next .mg-next-title')],
            ['the console\'s first control', w.locator('.mg-console').first().locator('select, input, button').first()],
          ]);
        }
        if (width === 390) await shot(page, `first-screen-${lang}-390-practice`);
        await axe(page, `${lang} ${width}px first screen`);
      }));
  }
}

test('the tools open under "More", keep their names, and keyboard order follows the visual order', { timeout: 90000 }, () =>
  withBrowser({}, async (b) => {
    const page = await b.page(`${server.url}/`);
    const w = widget(page, 0);
    const toggle = w.getByRole('button', { name: 'More' });
    await tabTo(page, toggle);
    await page.keyboard.press('Enter');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    for (const name of ['Share progress', 'Summary', 'Export progress', 'Start over']) {
      assert.ok(await w.getByRole('button', { name, exact: true }).isVisible(), `${name} is shown`);
    }
    assert.ok(await w.getByLabel('Language').isVisible());
    // The file picker is a labelled button in the reader's language; the native input is hidden.
    const pick = w.getByRole('button', { name: 'Import progress' });
    assert.ok(await pick.isVisible());
    assert.equal(await w.locator('input[type=file]').isVisible(), false);
    // Tab order: each next control is at or below the previous one (reading order).
    let last = -1;
    for (let k = 0; k < 12; k++) {
      await page.keyboard.press('Tab');
      // In page coordinates: focus scrolls the page.
      const y = await page.evaluate(`(() => { const a = ${DEEP_ACTIVE}; return a ? a.getBoundingClientRect().top + window.scrollY : -1; })()`);
      assert.ok(y + 2 >= last || y < 0, `focus went up from ${last} to ${y}`);
      last = Math.max(last, y);
    }
    // Korean: the picker's button speaks the reader's language.
    await w.getByLabel('Language').selectOption('ko');
    await w.getByRole('button', { name: '진행 상황 가져오기' }).waitFor();
  }));

test('the Dynamics widget names the identity of the chosen connection', { timeout: 60000 }, () =>
  withBrowser({}, async (b) => {
    const page = await b.page(`${server.url}/`);
    const w = widget(page, 1);
    assert.match(await w.locator('.mg-title').textContent(), /application user/);
    assert.match(await w.locator('.mg-intro').textContent(), /application user/);
    await w.getByRole('radio', { name: 'Sync user with a password' }).check();
    assert.match(await w.locator('.mg-title').textContent(), /sync user/);
    assert.doesNotMatch(await w.locator('.mg-title').textContent(), /application user/);
  }));

for (const [lang, go, tag] of [['en', 'Go to the fields', 'en-US'], ['ko', '입력란으로 이동', 'ko-KR']]) {
  test(`${lang}: a returning reader's next step done by values written down leads to its fields from the card`, { timeout: 60000 }, () =>
    withBrowser({ locale: tag, width: 390, height: 844 }, async (b) => {
      const page = await b.page(`${server.url}/?lang=${lang}`);
      const w = widget(page, 1);
      // Server-to-server: the app registered, then back another day.
      await w.locator('[data-step="register-app"] input[type=checkbox]').check();
      await stored(page, 'marketo-guides:dynamics-sync-user:dynamics-sync-user', (v) => Object.values(v.data.ticks).some(Boolean));
      await page.reload();
      const card = widget(page, 1).locator('.mg-next');
      await card.waitFor();
      const button = card.getByRole('button', { name: go });
      // The step ticks itself once the IDs are right: no Done box, a way to the fields instead.
      assert.equal(await card.locator('input[type=checkbox]').count(), 0);
      await tabTo(page, button);
      await page.keyboard.press('Enter');
      const focused = await page.evaluate(`${DEEP_ACTIVE}.id`);
      assert.match(focused, /-note-client-id$/, 'the first field of the step has focus');
      // Typing there does the step.
      await page.keyboard.type('72f988bf-86f1-41af-91ab-2d7cd011db47');
      await page.keyboard.press('Tab');
      await page.keyboard.type('3f2504e0-4f89-11d3-9a0c-0305e82c3301');
      await widget(page, 1).locator('[data-step="record-ids"].mg-step-done').waitFor();
      await shot(page, `next-step-fields-${lang}`);
    }));
}
