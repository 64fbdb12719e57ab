// What the one practice session and the typed saved state changed for a reader: a refused
// button says why, the rule and the way out in every language; the same name typed twice is
// one person; progress from a newer version is neither shown nor touched; long names and
// Korean or Japanese text stay inside the widget at 320 px.
import { test, before, after } from 'node:test';
import { assert, withBrowser, startServer, widget, tabTo, shot, idle, frames, openTools } from './helpers.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.close(); });

const RULE = {
  en: ['Rule:', 'cannot connect until the connected admin takes that access away'],
  ko: ['규칙:', '연결된 관리자가 그 액세스를 없앨 때까지 연결할 수 없습니다'],
  ja: ['ルール：', '接続中の管理者がそのアクセス権を外すまで接続できません'],
};
const LANGUAGE = { en: 'English', ko: '한국어', ja: '日本語' };

for (const lang of ['en', 'ko', 'ja']) {
  test(`a refused Connect shows why, the rule and the way out (${lang})`, { timeout: 90000 }, () => withBrowser({}, async (b) => {
    const page = await b.page(`${server.url}/fixture/practice`);
    const w = widget(page, 0);
    await openTools(w);
    await w.locator('select[name="mg-lang"]').selectOption({ label: LANGUAGE[lang] });
    // The untouched practice now has sample names in this language; act as Admin B.
    const acting = w.locator('.mg-console select').first();
    await acting.selectOption({ index: 1 });
    const bName = (await acting.locator('option').nth(1).textContent()).replace(/\s*\(.*\)$/, '');
    if (lang !== 'en') {
      assert.doesNotMatch(bName, /[A-Za-z]/, `sample name not localized: ${bName}`);
      // Every table of the console shows the new names (rows are keyed by person).
      assert.doesNotMatch(await w.locator('.mg-console').textContent(), /Ana Lima|Bo Park|Chen Wei|Dana Kim|Eli Ruiz/);
    }
    const connect = w.locator('.mg-actions .mg-btn').first();
    assert.equal(await connect.getAttribute('aria-disabled'), 'true');
    await tabTo(page, connect);
    const reason = await page.locator(`[id="${await connect.getAttribute('aria-describedby')}"]`);
    const [label, sentence] = RULE[lang];
    assert.equal((await reason.locator('.mg-rule strong').textContent()).trim(), label);
    assert.match(await reason.locator('.mg-rule').textContent(), new RegExp(sentence));
    // The way out names who removes the access: Admin A, by name.
    const aName = (await acting.locator('option').nth(0).textContent()).replace(/\s*\(.*\)$/, '');
    assert.match(await reason.locator('.mg-way-out').textContent(), new RegExp(aName));
    // Pressing it anyway changes nothing and says the same through the live region.
    await page.keyboard.press('Enter');
    await idle(page, 0);
    await frames(page);
    assert.match(await w.locator('p.mg-sr[role=status]').textContent(), new RegExp(sentence));
    assert.equal(await w.locator('.mg-log li').count(), 0);
    await shot(page, `refusal-rule-${lang}`);
  }));
}

test('the Dynamics practice speaks the reader\'s language, sample users included', { timeout: 90000 }, () => withBrowser({}, async (b) => {
  const page = await b.page(`${server.url}/fixture/dynamics-practice`);
  const w = widget(page, 0);
  await openTools(w);
  await w.locator('select[name="mg-lang"]').selectOption({ label: '日本語' });
  await idle(page, 0);
  // The Dynamics console (after the two server-to-server portals) lists the sample users.
  const text = await w.locator('.mg-console').last().textContent();
  assert.doesNotMatch(text, /Pat Seller|Quinn Rivera|Robin Admin/);
  assert.match(text, /営業 花子/);
}));

test('the same name typed for both admins is one person, with a clear message', { timeout: 90000 }, () => withBrowser({}, async (b) => {
  const page = await b.page(`${server.url}/`);
  const w = widget(page, 0);
  await w.getByLabel('Admin who is leaving (Admin A)').fill('Kim Lee');
  await w.getByLabel('Admin taking over (Admin B)').fill('  kim lee ');
  assert.match(await w.locator('.mg-questions [role=alert]').textContent(), /same person/);
  assert.equal(await w.locator('.mg-step').count(), 0);
  await w.getByLabel('Admin taking over (Admin B)').fill('Kim Leigh');
  assert.equal((await w.locator('.mg-questions [role=alert]').textContent()).trim(), '');
  assert.match(await w.locator('.mg-step-title').first().textContent(), /Kim Lee removes Kim Leigh's access/);
}));

test('progress saved by a newer version is neither shown nor changed', { timeout: 90000 }, () => withBrowser({}, async (b) => {
  const page = await b.page(`${server.url}/`);
  const key = 'marketo-guides:sia-handoff:sia-handoff';
  const future = '{"schema":99,"revision":5,"saved_at":0,"data":{"from":"the future"}}';
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [key, future]);
  await page.reload();
  await page.waitForSelector('.mg-root:not(.mg-first) section.mg');
  const w = widget(page, 0);
  assert.match(await w.locator('.mg-notice').textContent(), /newer version/);
  assert.equal(await w.locator('.mg-step').count(), 0, 'a fresh checklist is shown instead');
  assert.equal(await w.getByRole('button', { name: 'Start over' }).count(), 0);
  // Switching mode and language changes nothing that is stored.
  await w.getByRole('radio', { name: /Practice/ }).check();
  await openTools(w);
  await w.locator('select[name="mg-lang"]').selectOption({ label: '日本語' });
  await idle(page, 0);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), key), future);
  // The other widget on the page works as usual.
  assert.ok((await widget(page, 1).locator('.mg-step').count()) > 0);
}));

const LONG_A = 'María de los Ángeles Fernández-Castellanos y Rodríguez de la Fuente Olmedo';
const LONG_B = 'Bartholomew Alexander Montgomery-Wellington III of Ravenscroft Hall Estate';

for (const lang of ['en', 'ko', 'ja']) {
  test(`long names and ${lang} text stay inside the widget at 320 px`, { timeout: 90000 }, () => withBrowser({ width: 320, height: 800 }, async (b) => {
    const page = await b.page(`${server.url}/`);
    const w = widget(page, 0);
    await openTools(w);
    await w.locator('select[name="mg-lang"]').selectOption({ label: LANGUAGE[lang] });
    const fields = w.locator('.mg-questions input[type=text]');
    assert.equal(await fields.first().getAttribute('maxlength'), '80');
    await fields.nth(0).fill(LONG_A);
    await fields.nth(1).fill(LONG_B);
    // A status that names the long name ("waiting for …").
    await w.locator('.mg-step').first().getByRole('checkbox').check();
    await idle(page, 0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
    const outside = await page.evaluate(() => {
      const bad = [];
      for (const step of document.querySelectorAll('.mg-step')) {
        const box = step.getBoundingClientRect();
        for (const el of step.querySelectorAll('.mg-tag, .mg-badge, .mg-actor-name, .mg-step-title')) {
          const r = el.getBoundingClientRect();
          if (r.right > box.right + 0.5 || r.left < box.left - 0.5) bad.push(`${el.className}: ${el.textContent.slice(0, 30)}`);
        }
      }
      return bad;
    });
    assert.deepEqual(outside, [], 'something sticks out of its step card');
    if (lang === 'ko') {
      const wb = await w.locator('.mg-title').evaluate((el) => getComputedStyle(el).wordBreak);
      assert.equal(wb, 'keep-all');
    }
    if (lang === 'ja') {
      const lb = await w.locator('.mg-title').evaluate((el) => getComputedStyle(el).lineBreak);
      assert.equal(lb, 'strict');
    }
    await shot(page, `long-names-320-${lang}`);
  }));
}
