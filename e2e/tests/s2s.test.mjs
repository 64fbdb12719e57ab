// Flow 2 with today's server-to-server (OAuth) connection: the guide to a complete
// checklist and its "For Step 3" card; the practice to "ready for Step 3" keyboard only
// with the blocker list after each action; the secret shown once and never again (not in
// storage either); the mistakes and their way back; switching the variant keeps the shared
// ticks; axe and screenshots in all three languages.
import { test, before, after } from 'node:test';
import {
  startServer, withBrowser, widget, pressByKeyboard, chooseByKeyboard, typeByKeyboard, assert, shot, axe, idle, DEEP_ACTIVE,
  entraConsent, entraNewSecret,
} from './helpers.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.close(); });

const SECRET_LIKE = 'q8Z~4nR.tW2_xY7-kL1mP9sV3bC6dF0gH5jK8eA2';
const blockers = async (w) => (await w.locator('.mg-blockers li').evaluateAll((els) => els.map((e) => e.dataset.requirement)));
const tags = async (w) => (await w.locator('.mg-step .mg-tag').allTextContents()).map((t) => t.trim());
const storage = (page) => page.evaluate(() => JSON.stringify(Object.entries(localStorage)));
const describedText = async (page, field) => {
  const ids = (await field.getAttribute('aria-describedby')).split(/\s+/);
  const texts = [];
  for (const id of ids) texts.push(await page.locator(`[id="${id}"]`).textContent());
  return texts.join(' ');
};
/** Types a value into a practice field and leaves it (the value is written when the field is left). */
async function writeDown(page, w, label, text) {
  await typeByKeyboard(page, w.getByLabel(label, { exact: true }), text);
  await page.keyboard.press('Tab');
}

test('guide mode: server-to-server by default, to a complete checklist and the "For Step 3" card', { timeout: 120000 }, () =>
  withBrowser({}, async (b) => {
    const page = await b.page(`${server.url}/`);
    const w = widget(page, 1);
    const connection = w.getByRole('group', { name: 'Connection' });
    assert.equal(await connection.getByRole('radio', { name: 'Server-to-server (OAuth)' }).isChecked(), true);
    assert.equal(await connection.getByRole('radio', { name: 'Sync user with a password' }).isChecked(), false);
    await typeByKeyboard(page, w.getByLabel('Installed Marketo solution version'), '4.0.0.14');

    // Invalid values are marked and explained beside the field.
    const client = w.getByLabel('Application (client) ID', { exact: true });
    await typeByKeyboard(page, client, '3f2504e0-4f89-11d3-9a0c');
    assert.equal(await client.getAttribute('aria-invalid'), 'true');
    assert.match(await describedText(page, client), /five groups of 8-4-4-4-12/);
    await typeByKeyboard(page, client, '3F2504E0-4F89-11D3-9A0C-0305E82C3301');
    assert.equal(await client.getAttribute('aria-invalid'), 'false');
    const url = w.getByLabel('Organization URL', { exact: true });
    await typeByKeyboard(page, url, 'http://contoso.crm4.dynamics.com/main.aspx');
    assert.equal(await url.getAttribute('aria-invalid'), 'true');
    assert.match(await describedText(page, url), /https:\/\//);
    const confirm = w.getByLabel('I have checked the organization URL');
    assert.equal(await confirm.isDisabled(), true, 'an ill-formed URL cannot be confirmed');

    // A pasted secret is refused in any field: not kept on screen, not stored.
    const tenant = w.getByLabel('Directory (tenant) ID', { exact: true });
    await tenant.focus();
    await page.keyboard.insertText(SECRET_LIKE);
    assert.equal(await tenant.inputValue(), '');
    assert.equal(await tenant.getAttribute('aria-invalid'), 'true');
    assert.match(await describedText(page, tenant), /looks like a secret/);
    await idle(page, 1);
    assert.ok(!(await storage(page)).includes(SECRET_LIKE), 'the secret is nowhere in storage');

    await typeByKeyboard(page, tenant, '72f988bf-86f1-41af-91ab-2d7cd011db47');
    assert.equal(await tenant.getAttribute('aria-invalid'), 'false');
    await typeByKeyboard(page, w.getByLabel("Application user's e-mail", { exact: true }), 'marketo-sync@contoso.onmicrosoft.com');
    await typeByKeyboard(page, url, 'https://contoso.crm4.dynamics.com');
    const readiness = w.getByRole('region', { name: 'Ready for Step 3 of 3?' });
    // The values count by themselves; what is left is every step not ticked, and the URL's confirmation.
    assert.deepEqual(await blockers(w), ['app-single-tenant', 'consent-granted', 'secret-saved', 'app-user-created', 'app-user-has-role', 'marketo-user-is-app-user', 'published-after-change', 'validated', 'org-url-confirmed']);
    await pressByKeyboard(page, confirm, 'Space');
    await typeByKeyboard(page, w.getByLabel('Client secret expires on'), '05312027');

    // Tick every step a person does by hand; the written-down steps completed themselves.
    const ticks = w.locator('.mg-step input[type=checkbox]');
    const count = await ticks.count();
    assert.equal(count, 8, 'eight steps are ticked by hand (three count from the values)');
    for (let i = 0; i < count; i++) await pressByKeyboard(page, ticks.nth(i), 'Space');
    const done = await tags(w);
    assert.deepEqual(done.filter((t) => t !== 'Not needed'), Array(11).fill('Completed'));
    assert.match(await readiness.locator('.mg-banner').textContent(), /Ready: everything Step 3 of 3 asks for is in place/);

    const card = w.getByRole('region', { name: 'For Step 3 of 3', exact: true });
    const cardText = await card.textContent();
    for (const v of ['3f2504e0-4f89-11d3-9a0c-0305e82c3301', '72f988bf-86f1-41af-91ab-2d7cd011db47', 'marketo-sync@contoso.onmicrosoft.com', 'https://contoso.crm4.dynamics.com']) {
      assert.ok(cardText.includes(v), `the card shows ${v}`);
    }
    assert.match(cardText, /expires on 2027-05-31\. Make a new one and enter it in Marketo before then/);
    assert.equal(await card.getByRole('button', { name: /^Copy/ }).count(), 4);
    await shot(page, 's2s-guide-complete');

    // Taking the confirmation back makes the verdict "not ready" again, naming the step.
    await pressByKeyboard(page, confirm, 'Space');
    assert.deepEqual(await blockers(w), ['org-url-confirmed']);
    await pressByKeyboard(page, readiness.getByRole('button', { name: 'Go to the step' }));
    assert.equal(await page.evaluate(`${DEEP_ACTIVE}.id.endsWith('note-org-url')`), true);
  }));

test('switching the variant keeps the ticks both share', { timeout: 90000 }, () =>
  withBrowser({}, async (b) => {
    const page = await b.page(`${server.url}/`);
    const w = widget(page, 1);
    const tick = (slug) => w.locator(`[data-step="${slug}"] input[type=checkbox]`);
    for (const slug of ['register-app', 'set-marketo-user', 'publish', 'validate']) await tick(slug).check();
    await w.getByRole('radio', { name: 'Sync user with a password' }).check();
    // The client app is ROPC Step 3 of 4 too: its tick carries over with the others.
    for (const slug of ['register-app', 'set-marketo-user', 'publish', 'validate']) assert.equal(await tick(slug).isChecked(), true, slug);
    assert.equal(await tick('create-user').isChecked(), false);
    assert.ok(await w.getByLabel(/Sync user's user name/).isVisible());
    await w.getByRole('radio', { name: 'Server-to-server (OAuth)' }).check();
    assert.equal(await tick('register-app').isChecked(), true);
    await idle(page, 1);
    await page.reload();
    await page.waitForSelector('.mg-root:not(.mg-first) section.mg');
    // The reader has begun: the answers are folded into one line; "Change" opens them.
    assert.match(await widget(page, 1).locator('.mg-answers-summary').textContent(), /Server-to-server \(OAuth\)/);
    await widget(page, 1).locator('.mg-answers-summary').getByRole('button', { name: 'Change' }).click();
    assert.equal(await widget(page, 1).getByRole('radio', { name: 'Server-to-server (OAuth)' }).isChecked(), true);
    assert.equal(await widget(page, 1).locator('[data-step="register-app"] input[type=checkbox]').isChecked(), true);
  }));

test('practice mode: server-to-server to "ready for Step 3" keyboard only, the blockers after each action', { timeout: 180000 }, () =>
  withBrowser({ width: 1400, height: 1000 }, async (b) => {
    const page = await b.page(`${server.url}/fixture/dynamics-practice`);
    const w = widget(page, 0);
    const entra = w.getByRole('region', { name: 'Microsoft Entra admin center (simulated)' });
    const ppac = w.getByRole('region', { name: 'Power Platform admin center (simulated)' });
    const dyn = w.getByRole('region', { name: 'Dynamics (simulated)' });
    const expect = async (list) => assert.deepEqual(await blockers(w), list);
    const all = ['app-single-tenant', 'ids-recorded', 'consent-granted', 'secret-saved', 'app-user-created', 'app-user-has-role', 'app-user-email-recorded', 'marketo-user-is-app-user', 'published-after-change', 'validated', 'org-url-confirmed'];
    await expect(all);

    await pressByKeyboard(page, entra.getByRole('button', { name: 'New registration' }));
    await typeByKeyboard(page, entra.getByLabel('Name'), 'Marketo Integration');
    assert.equal(await entra.getByRole('radio', { name: 'Accounts in this organizational directory only' }).isChecked(), true);
    await pressByKeyboard(page, entra.getByRole('button', { name: 'Register' }));
    await expect(all.slice(1));

    const client = (await entra.locator('[data-value="client-id"]').textContent()).trim();
    const tenant = (await entra.locator('[data-value="tenant-id"]').textContent()).trim();
    assert.match(client, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    await writeDown(page, w, 'Application (client) ID', client);
    await expect(all.slice(1));
    await writeDown(page, w, 'Directory (tenant) ID', tenant);
    await expect(all.slice(2));

    await entraConsent(page, entra);
    await expect(all.slice(3));

    // As in Entra: "New client secret" opens Description and Expires, then Add.
    await entraNewSecret(page, entra, 'Marketo sync');
    const secret = (await entra.locator('.mg-secret-value').textContent()).trim();
    assert.ok(secret.length >= 30, 'a secret-shaped practice value is shown');
    await expect(all.slice(3));
    await pressByKeyboard(page, entra.getByRole('button', { name: 'Copy value' }));
    await expect(all.slice(4));
    // Shown once: leaving the page hides it for good; it was never stored.
    await pressByKeyboard(page, entra.getByRole('button', { name: 'Overview' }));
    assert.ok(!(await w.textContent()).includes(secret), 'the value is no longer on the page');
    await pressByKeyboard(page, entra.getByRole('button', { name: 'Certificates & secrets' }));
    assert.ok(!(await w.textContent()).includes(secret), 'nor when the page is opened again');
    assert.match(await entra.locator('.mg-secrets').textContent(), /Copied to a safe place/);
    await idle(page, 0);
    assert.ok(!(await storage(page)).includes(secret), 'the value is nowhere in storage');

    await chooseByKeyboard(page, ppac.getByLabel('App'), 'Marketo Integration');
    // As in the Power Platform admin center: the business unit is asked too (C12).
    await chooseByKeyboard(page, ppac.getByLabel('Business unit'), 'contoso-training');
    await pressByKeyboard(page, ppac.getByRole('button', { name: 'Create' }));
    await expect(all.slice(5));
    await pressByKeyboard(page, ppac.getByRole('button', { name: /^Give role Marketo Sync User/ }));
    await expect(all.slice(6));
    const email = (await ppac.locator('[data-value="app-user-email"]').textContent()).trim();
    await writeDown(page, w, "Application user's e-mail", email);
    await expect(all.slice(7));

    await chooseByKeyboard(page, dyn.getByLabel('Marketo User', { exact: true }), 'Marketo Integration');
    await pressByKeyboard(page, dyn.getByRole('button', { name: 'Save', exact: true }));
    await expect(all.slice(8));
    await pressByKeyboard(page, dyn.getByRole('button', { name: 'Publish All Customizations' }));
    await expect(all.slice(9));
    await pressByKeyboard(page, dyn.getByRole('button', { name: 'Run validation' }));
    await expect(all.slice(10));

    const orgUrl = (await ppac.locator('[data-value="org-url"]').textContent()).trim();
    await writeDown(page, w, 'Organization URL', orgUrl);
    await expect(['org-url-confirmed']);
    await pressByKeyboard(page, w.getByLabel('I have checked the organization URL'), 'Space');
    await expect([]);
    assert.match(await w.getByRole('region', { name: 'Ready for Step 3 of 3?' }).locator('.mg-banner').textContent(), /Ready: everything Step 3 of 3 asks for is in place/);
    assert.match(await w.getByRole('region', { name: 'For Step 3 of 3', exact: true }).textContent(), new RegExp(client));
    await shot(page, 's2s-practice-ready');

    await idle(page, 0);
    await page.reload();
    await page.waitForSelector('.mg-console');
    const again = widget(page, 0);
    assert.deepEqual(await blockers(again), [], 'ready survives a reload');
    assert.ok(!(await again.textContent()).includes(secret), 'and the secret is still never shown');
  }));

test('practice mistakes show their consequence and the way back', { timeout: 120000 }, () =>
  withBrowser({ width: 1400, height: 1000 }, async (b) => {
    const page = await b.page(`${server.url}/fixture/dynamics-practice`);
    const w = widget(page, 0);
    const entra = w.getByRole('region', { name: 'Microsoft Entra admin center (simulated)' });
    // A registration open to any organization.
    await entra.getByRole('button', { name: 'New registration' }).click();
    await entra.getByLabel('Name').fill('Marketo');
    await entra.getByRole('radio', { name: /multitenant/ }).check();
    await entra.getByRole('button', { name: 'Register' }).click();
    assert.match(await w.locator('.mg-log li').first().textContent(), /Mistake: Marketo accepts accounts from any organization/);
    assert.ok((await blockers(w)).includes('app-single-tenant'));
    await entra.getByRole('button', { name: 'Change to this organizational directory only' }).click();
    assert.ok(!(await blockers(w)).includes('app-single-tenant'));
    // A secret left uncopied is gone for good; a new one is the way back.
    await entra.getByRole('button', { name: 'Certificates & secrets' }).click();
    await entra.getByRole('button', { name: 'New client secret' }).click();
    await entra.getByRole('button', { name: 'Add', exact: true }).click();
    await entra.getByRole('button', { name: 'API permissions' }).click();
    assert.match(await w.locator('.mg-log li').first().textContent(), /Mistake: the page was left before the value/);
    await entra.getByRole('button', { name: 'Certificates & secrets' }).click();
    assert.match(await entra.locator('.mg-secrets').textContent(), /Not copied: the value is gone/);
    assert.equal(await entra.getByRole('button', { name: 'Copy value' }).count(), 0);
    assert.ok((await blockers(w)).includes('secret-saved'));
    await entra.getByRole('button', { name: 'New client secret' }).click();
    await entra.getByRole('button', { name: 'Add', exact: true }).click();
    await entra.getByRole('button', { name: 'Copy value' }).click();
    assert.ok(!(await blockers(w)).includes('secret-saved'));
    // A secret pasted where a value for Step 3 goes is refused, announced and not kept.
    const field = w.getByLabel('Application (client) ID', { exact: true });
    await field.fill(SECRET_LIKE);
    await field.press('Tab');
    assert.equal(await field.inputValue(), '');
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    assert.match(await describedText(page, field), /looks like a secret/);
    await idle(page, 0);
    assert.ok(!(await storage(page)).includes(SECRET_LIKE));
    // The Marketo User left on an ordinary user is refused with the rule.
    const dyn = w.getByRole('region', { name: 'Dynamics (simulated)' });
    await dyn.getByLabel('Marketo User', { exact: true }).selectOption({ label: 'Pat Seller (CRM user)' });
    const save = dyn.getByRole('button', { name: 'Save', exact: true });
    assert.equal(await save.getAttribute('aria-disabled'), 'true');
    // The role missing on the application user is flagged the moment it becomes the Marketo User.
    const ppac = w.getByRole('region', { name: 'Power Platform admin center (simulated)' });
    await ppac.getByLabel('App').selectOption({ label: 'Marketo' });
    await ppac.getByLabel('Business unit').selectOption('root');
    await ppac.getByRole('button', { name: 'Create' }).click();
    await dyn.getByLabel('Marketo User', { exact: true }).selectOption({ label: 'Marketo (Application user)' });
    await save.click();
    assert.match(await w.locator('.mg-log li').first().textContent(), /Mistake: Marketo is the Marketo User but does not have the Marketo Sync User role/);
    assert.ok((await blockers(w)).includes('app-user-has-role'));
    await shot(page, 's2s-practice-mistakes');
  }));

for (const [lang, locale] of [['en', 'en-US'], ['ko', 'ko-KR'], ['ja', 'ja-JP']]) {
  test(`server-to-server screens: axe finds nothing in ${lang}; screenshots at desktop and 320 px`, { timeout: 150000 }, () =>
    withBrowser({ locale }, async (b) => {
      const page = await b.page(`${server.url}/?lang=${lang}`);
      const w = widget(page, 1);
      // Guide with values written down, so the card and the verdict show.
      const inputs = w.locator('.mg-questions input[type=text], .mg-questions input[type=email], .mg-questions input[type=url]');
      await inputs.nth(0).fill('4.0.0.14');
      await w.locator('input[id$="note-client-id"]').fill('3f2504e0-4f89-11d3-9a0c-0305e82c3301');
      await w.locator('input[id$="note-tenant-id"]').fill('not-a-guid');
      await w.locator('input[id$="note-app-user-email"]').fill('marketo-sync@contoso.onmicrosoft.com');
      await w.locator('input[id$="note-org-url"]').fill('https://contoso.crm4.dynamics.com');
      await w.locator('input[id$="confirm-url"]').check();
      await w.locator('.mg-card').waitFor();
      await axe(page, `${lang} S2S guide`);
      await w.scrollIntoViewIfNeeded();
      await shot(page, `s2s-guide-${lang}-desktop`);
      // Practice with an app and a secret on screen.
      await w.getByRole('radio').nth(1).check();
      const consoles = w.locator('.mg-console');
      await consoles.first().waitFor();
      assert.equal(await consoles.count(), 3, 'Entra, Power Platform and Dynamics');
      await w.locator('[id$="nav-new"]').click();
      await w.locator('input[id$="app-name"]').fill('Marketo Integration');
      await consoles.first().locator('.mg-btn').last().click();
      await consoles.first().locator('.mg-tab').nth(3).click();
      await w.locator('[id$="new-secret"]').click();
      await w.locator('input[id$="secret-description"]').fill('Marketo');
      await consoles.first().locator('.mg-group .mg-act .mg-btn').click();
      await w.locator('.mg-secret-value').waitFor();
      await axe(page, `${lang} S2S practice`);
      await shot(page, `s2s-practice-${lang}-desktop`);
      await page.setViewportSize({ width: 320, height: 800 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px at 320 px`);
      await shot(page, `s2s-practice-${lang}-320`);
      await w.getByRole('radio').nth(0).check();
      await shot(page, `s2s-guide-${lang}-320`);
    }));
}
