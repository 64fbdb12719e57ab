// Accessibility and looks: axe (WCAG 2 A/AA, 2.1 AA) finds nothing in either mode, in any
// language, for both flows; screenshots at desktop width and at 320 px for each language.
import { test, before, after } from 'node:test';
import { startServer, withBrowser, widget, axe, shot, assert } from './helpers.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.close(); });

const LANGS = [['en', 'en-US'], ['ko', 'ko-KR'], ['ja', 'ja-JP']];

for (const [lang, locale] of LANGS) {
  test(`axe finds no violations in ${lang}, both flows, both modes`, { timeout: 120000 }, () =>
    withBrowser({ locale }, async (b) => {
      const page = await b.page(`${server.url}/?lang=${lang}`);
      for (const i of [0, 1]) {
        const w = widget(page, i);
        assert.equal(await w.getAttribute('lang'), lang, "the page's language is picked up");
        await axe(page, `${lang} widget ${i} guide`);
        await w.getByRole('radio').nth(1).check();
        await w.locator('.mg-console').first().waitFor();
        await axe(page, `${lang} widget ${i} practice`);
      }
    }));

  test(`screenshots in ${lang} at desktop width and at 320 px`, { timeout: 120000 }, () =>
    withBrowser({ locale }, async (b) => {
      const page = await b.page(`${server.url}/?lang=${lang}`);
      await shot(page, `guide-${lang}-desktop`);
      for (const i of [0, 1]) await widget(page, i).getByRole('radio').nth(1).check();
      await shot(page, `practice-${lang}-desktop`);
      await page.setViewportSize({ width: 320, height: 800 });
      await shot(page, `practice-${lang}-320`);
      // Nothing overflows sideways at 320 px: the page does not scroll horizontally.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px at 320 px`);
      for (const i of [0, 1]) await widget(page, i).getByRole('radio').nth(0).check();
      await shot(page, `guide-${lang}-320`);
    }));
}

test('with no page language, the browser language is used', { timeout: 60000 }, () =>
  withBrowser({ locale: 'ja-JP' }, async (b) => {
    const page = await b.page(`${server.url}/fixture/no-lang?lang=none`);
    assert.equal(await widget(page, 0).getAttribute('lang'), 'ja');
    assert.match(await widget(page, 0).locator('.mg-title').textContent(), /引き継ぐ/);
  }));

test('the widget is usable at 200 % zoom', { timeout: 60000 }, () =>
  withBrowser({ width: 640, height: 800 }, async (b) => {
    const page = await b.page(`${server.url}/`);
    await page.evaluate(() => { document.documentElement.style.zoom = '2'; });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px at 200 %`);
    await shot(page, 'guide-en-zoom200');
  }));

test('focus is visible on every control', { timeout: 60000 }, () =>
  withBrowser({}, async (b) => {
    const page = await b.page(`${server.url}/`);
    let inside = 0;
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Tab');
      const outline = await page.evaluate(() => {
        let el = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        if (!el.closest('.mg-root:not(.mg-first) section.mg')) return 'outside';
        const s = getComputedStyle(el);
        return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 ? 'visible' : `${el.tagName} ${s.outlineStyle} ${s.outlineWidth}`;
      });
      if (outline === 'visible') inside += 1;
      assert.ok(outline === 'visible' || outline === 'outside', `focus not visible: ${outline}`);
    }
    // The page header has one link; every other Tab stop is a control of the widget.
    assert.ok(inside >= 10, `focus entered the widget only ${inside} times in 14 Tabs`);
  }));
