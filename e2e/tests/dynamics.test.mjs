// Flow 2 as a reader meets it, in the password variant: Adobe's ROPC connection, Steps 2
// and 3 of 4 (the server-to-server variant, today's default, is in s2s.test.mjs). Practice
// to "ready for Step 4 of 4" keyboard only, only with the client app done; the guide's card
// and verdict in English and Korean; the version rule, the existing-CRM-user refusal,
// publish-after-change; and the client secret's expiry in the reader's own day.
import fs from 'node:fs';
import { test, before, after } from 'node:test';
import { startServer, withBrowser, widget, pressByKeyboard, chooseByKeyboard, chooseRadioByKeyboard, typeByKeyboard, assert, shot, axe, DEEP_ACTIVE,
  entraConsent, entraNewSecret } from './helpers.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.close(); });

const blockers = async (w) => (await w.locator('.mg-blockers li').evaluateAll((els) => els.map((e) => e.dataset.requirement)));
/** Chooses the password variant with the keyboard (server-to-server is the default). */
async function usePassword(page, w) {
  // By the radio's value, so that it reads in every language.
  const group = w.locator('fieldset.mg-question:has(input[type=radio][value="password"])');
  const radio = group.locator('input[type=radio][value="password"]');
  await chooseRadioByKeyboard(page, group, radio);
}
const status = async (w, title) => (await w.locator('.mg-step', { hasText: title }).locator('.mg-tag').textContent()).trim();
/** Types a value into a practice field and leaves it (the value is written when the field is left). */
async function writeDown(page, w, label, text) {
  await typeByKeyboard(page, w.getByLabel(label, { exact: true }), text);
  await page.keyboard.press('Tab');
}

/** ROPC Step 2 of 4 and Step 3 of 4 in practice, keyboard only, the blockers after each action. */
async function toReady(page, w) {
  const expect = async (list) => assert.deepEqual(await blockers(w), list);
  const entra = w.getByRole('region', { name: 'Microsoft Entra admin center (simulated)' });
  const dyn = w.getByRole('region', { name: 'Dynamics (simulated)' });
  const all = ['sync-user-created', 'user-name-recorded', 'sync-user-has-role', 'marketo-user-is-sync-user', 'published-after-change',
    'app-single-tenant', 'client-id-recorded', 'consent-granted', 'secret-saved', 'validated', 'signed-in-as-sync-user', 'org-url-confirmed'];
  await expect(all);
  // Step 2 of 4: the sync user, its role, the Marketo solution.
  await typeByKeyboard(page, w.getByLabel(/Sync user's user name/), 'Marketo Sync');
  await typeByKeyboard(page, w.getByLabel(/E-mail for the sign-in details/), 'mkto-sync@nowhere.invalid');
  await pressByKeyboard(page, w.getByRole('button', { name: 'Add user and send e-mail' }));
  await expect(all.slice(2));
  await pressByKeyboard(page, w.getByRole('button', { name: 'Give role Marketo Sync' }));
  await expect(all.slice(3));
  await chooseByKeyboard(page, dyn.getByLabel('Marketo User', { exact: true }), 'Marketo Sync');
  await pressByKeyboard(page, dyn.getByRole('button', { name: 'Save', exact: true }));
  await expect(all.slice(4));
  await pressByKeyboard(page, w.getByRole('button', { name: 'Publish All Customizations' }));
  // What the older three-step set-up called "ready" is not: Step 4 of 4 needs the client app.
  await expect(all.slice(5));
  assert.match(await w.locator('.mg-readiness .mg-banner').textContent(), /Not yet: 7 things to fix/);
  // Step 3 of 4: the client app in the simulated Entra admin center, as in server-to-server.
  await pressByKeyboard(page, entra.getByRole('button', { name: 'New registration' }));
  await typeByKeyboard(page, entra.getByLabel('Name'), 'Marketo Integration');
  await pressByKeyboard(page, entra.getByRole('button', { name: 'Register' }));
  await expect(all.slice(6));
  const client = (await entra.locator('[data-value="client-id"]').textContent()).trim();
  await writeDown(page, w, 'Application (client) ID', client);
  await expect(all.slice(7));
  // ROPC asks for no tenant ID and has no application user: neither is offered.
  assert.equal(await w.getByLabel('Directory (tenant) ID', { exact: true }).isVisible(), false);
  assert.equal(await w.getByRole('region', { name: 'Power Platform admin center (simulated)' }).count(), 0);
  await entraConsent(page, entra);
  await expect(all.slice(8));
  await entraNewSecret(page, entra, 'Marketo sync');
  await pressByKeyboard(page, entra.getByRole('button', { name: 'Copy value' }));
  await expect(all.slice(9));
  // Before Proceeding to Step 4.
  await pressByKeyboard(page, w.getByRole('button', { name: 'Run validation' }));
  await expect(all.slice(10));
  await chooseByKeyboard(page, w.getByLabel('Sign in as'), 'Marketo Sync');
  await pressByKeyboard(page, w.getByRole('button', { name: 'Sign in once' }));
  await expect(all.slice(11));
  const orgUrl = (await dyn.locator('[data-value="org-url"]').textContent()).trim();
  await writeDown(page, w, 'Organization URL', orgUrl);
  await pressByKeyboard(page, w.getByLabel('I have checked the organization URL'), 'Space');
  await expect([]);
  return { client, orgUrl };
}

test('practice: the password variant reaches "ready for Step 4 of 4" keyboard only, only once the client app of Step 3 of 4 is done', { timeout: 180000 }, () =>
  withBrowser({ width: 1400, height: 1000 }, async (b) => {
    const page = await b.page(`${server.url}/fixture/dynamics-practice`);
    const w = widget(page, 0);
    await usePassword(page, w);
    assert.match(await w.locator('.mg-title').textContent(), /Steps 2 and 3 of 4/);
    assert.match(await w.locator('.mg-readiness .mg-banner').textContent(), /Not yet: 12 things to fix/);
    const { client, orgUrl } = await toReady(page, w);
    const readiness = w.getByRole('region', { name: 'Ready for Step 4 of 4?' });
    assert.match(await readiness.locator('.mg-banner').textContent(), /Ready: everything Step 4 of 4 asks for is in place/);
    const tags = (await w.locator('.mg-step .mg-tag').allTextContents()).map((t) => t.trim());
    assert.deepEqual(tags, ['Completed', 'Completed', 'Completed', 'Not needed', 'Completed', 'Completed', 'Completed', 'Completed',
      'Completed', 'Completed', 'Not needed', 'Completed', 'Completed', 'Completed']);
    // The card holds what Step 4 of 4 asks for; the password and the secret only as "you have it".
    const card = w.getByRole('region', { name: 'For Step 4 of 4', exact: true });
    const cardText = await card.textContent();
    for (const v of ['Marketo Sync', client, orgUrl]) assert.ok(cardText.includes(v), `the card shows ${v}`);
    assert.match(cardText, /Password.*never enter it here/);
    assert.match(await w.locator('.mg-around').last().textContent(), /exactly as created \(Marketo Sync\)/);
    await shot(page, 'dynamics-practice-ready');
  }));

test('changing the configuration after publishing makes readiness require publishing again', { timeout: 180000 }, () =>
  withBrowser({ width: 1400, height: 1000 }, async (b) => {
    const page = await b.page(`${server.url}/fixture/dynamics-practice`);
    const w = widget(page, 0);
    await usePassword(page, w);
    await toReady(page, w);
    await pressByKeyboard(page, w.getByRole('button', { name: 'Save another change to this configuration' }));
    assert.deepEqual(await blockers(w), ['published-after-change', 'validated']);
    assert.equal(await status(w, 'Publish all customizations'), 'Do this now');
    assert.match(await w.locator('.mg-log li').first().textContent(), /publish all customizations again/);
    // The readiness panel links to the step that fixes it.
    await pressByKeyboard(page, w.locator('.mg-blockers li').first().getByRole('button', { name: 'Go to the step' }));
    assert.equal(await page.evaluate(`${DEEP_ACTIVE}.dataset.step || ''`), 'publish');
  }));

test('choosing an existing CRM user as the Marketo User is refused with the reason', { timeout: 60000 }, () =>
  withBrowser({}, async (b) => {
    const page = await b.page(`${server.url}/fixture/dynamics-practice`);
    const w = widget(page, 0);
    await usePassword(page, w);
    await chooseByKeyboard(page, w.getByLabel('Marketo User', { exact: true }), 'Pat Seller');
    const save = w.getByRole('button', { name: 'Save', exact: true });
    assert.equal(await save.getAttribute('aria-disabled'), 'true');
    const reason = await page.locator(`[id="${await save.getAttribute('aria-describedby')}"]`).textContent();
    assert.match(reason, /existing CRM user's own account.*Create a dedicated sync user/);
    await pressByKeyboard(page, save);
    assert.match(await w.locator('.mg-readiness').textContent(), /Marketo Config's Marketo User is not the dedicated sync user/);
  }));

test('the role steps differ for solution 3.x and 4.0.0.14', { timeout: 60000 }, () =>
  withBrowser({}, async (b) => {
    const page = await b.page(`${server.url}/`);
    const w = widget(page, 1);
    await usePassword(page, w);
    const version = w.getByLabel('Installed Marketo solution version');
    const every = 'Give the role to all users as well';
    await typeByKeyboard(page, version, '3.1.0.2');
    assert.equal(await status(w, every), 'Not started');
    assert.match(await w.locator('.mg-around').first().textContent(), /version 3\.1\.0\.2/);
    await typeByKeyboard(page, version, '4.0.0.14');
    assert.equal(await status(w, every), 'Not needed');
    assert.match(await w.locator('.mg-step', { hasText: every }).textContent(), /only the sync user needs the role/);
    // A bad version gets the parser's message beside the field.
    await typeByKeyboard(page, version, '4.0.0');
    assert.equal(await version.getAttribute('aria-invalid'), 'true');
    assert.match(await w.locator('.mg-questions .mg-error').first().textContent(), /four numbers.*this has 3/);
    // Practice: the trainer's version choice changes the role steps too.
    await w.getByRole('radio', { name: /Practice/ }).check();
    await w.getByRole('radio', { name: 'Sync user with a password' }).check();
    await w.getByLabel('Installed Marketo solution version').selectOption('3.1.0.2');
    assert.equal(await status(w, every), 'Not started');
    assert.ok((await blockers(w)).includes('syncing-users-have-role'));
  }));

test("guide answers: the sync user's name and e-mail are checked and shown in the steps", { timeout: 60000 }, () =>
  withBrowser({}, async (b) => {
    const page = await b.page(`${server.url}/`);
    const w = widget(page, 1);
    await usePassword(page, w);
    await typeByKeyboard(page, w.getByLabel(/Sync user's user name/), 'Pat Seller Sync');
    const email = w.getByLabel(/E-mail for the sign-in details/);
    await typeByKeyboard(page, email, 'not-an-address');
    // Said under the field, in the error line that describes it; the field is marked invalid.
    const errId = (await email.getAttribute('aria-describedby')).split(' ').find((id) => id.endsWith('-err'));
    const error = w.locator(`.mg-questions p.mg-error[id="${errId}"]`);
    assert.match(await error.textContent(), /does not look like an e-mail address/);
    assert.equal(await email.getAttribute('aria-invalid'), 'true');
    await typeByKeyboard(page, email, 'pss@nowhere.invalid');
    assert.equal((await error.textContent()).trim(), '');
    assert.equal(await email.getAttribute('aria-invalid'), 'false');
    const create = w.locator('.mg-step').first();
    assert.match(await create.locator('.mg-step-title').textContent(), /Create a dedicated user, Pat Seller Sync/);
    assert.match(await create.textContent(), /sign-in details will go to pss@nowhere\.invalid/);
    assert.match(await w.locator(".mg-around").last().textContent(), /exactly as created \(Pat Seller Sync\)/);
  }));

const GUIDE_TICKS = ['create-user', 'assign-role', 'set-marketo-user', 'publish', 'register-app', 'grant-consent', 'create-secret', 'validate', 'sign-in'];

/** The ROPC guide to "ready for Step 4 of 4", asserting the verdict is withheld until Step 3 of 4 is done. */
async function guideToReady(page, w, { ready, notYet, card }) {
  await usePassword(page, w);
  await typeByKeyboard(page, w.locator('input[id$="-version"]'), '4.0.0.14');
  const tick = (slug) => w.locator(`[data-step="${slug}"] input[type=checkbox]`);
  // The older three-step set-up done, nothing of Step 3 of 4: not ready, and the blockers
  // name the client app.
  for (const slug of ['create-user', 'assign-role', 'set-marketo-user', 'publish', 'validate', 'sign-in']) await pressByKeyboard(page, tick(slug), 'Space');
  await typeByKeyboard(page, w.locator('input[id$="-name"]'), 'marketo-sync@contoso.onmicrosoft.com');
  assert.deepEqual(await blockers(w), ['app-single-tenant', 'client-id-recorded', 'consent-granted', 'secret-saved', 'org-url-confirmed']);
  assert.match(await w.locator('.mg-readiness .mg-banner').textContent(), notYet);
  for (const slug of ['register-app', 'grant-consent', 'create-secret']) await pressByKeyboard(page, tick(slug), 'Space');
  await typeByKeyboard(page, w.locator('input[id$="-note-client-id"]'), '3F2504E0-4F89-11D3-9A0C-0305E82C3301');
  await typeByKeyboard(page, w.locator('input[id$="-note-org-url"]'), 'https://contoso.crm4.dynamics.com');
  assert.deepEqual(await blockers(w), ['org-url-confirmed']);
  // ROPC asks for no tenant ID and no application user e-mail.
  assert.equal(await w.locator('input[id$="-note-tenant-id"]').isVisible(), false);
  assert.equal(await w.locator('input[id$="-note-app-user-email"]').isVisible(), false);
  await pressByKeyboard(page, w.locator('input[id$="-confirm-url"]'), 'Space');
  assert.deepEqual(await blockers(w), []);
  assert.match(await w.locator('.mg-readiness .mg-banner').textContent(), ready);
  const cardText = await w.locator('.mg-card').textContent();
  for (const v of ['marketo-sync@contoso.onmicrosoft.com', '3f2504e0-4f89-11d3-9a0c-0305e82c3301', 'https://contoso.crm4.dynamics.com']) {
    assert.ok(cardText.includes(v), `the card shows ${v}`);
  }
  assert.match(await w.locator('.mg-card h3').textContent(), card);
  // Every tick the guide has, and the three written-down steps done by their values.
  for (const slug of GUIDE_TICKS) assert.equal(await tick(slug).isChecked(), true, slug);
  for (const slug of ['record-user-name', 'record-client-id', 'confirm-org-url']) {
    assert.match(await w.locator(`[data-step="${slug}"]`).getAttribute('class'), /mg-step-done/, slug);
  }
}

test('guide: the password variant is ROPC Steps 2 and 3 of 4, its card lists what Step 4 of 4 asks for, and "ready" waits for the client app', { timeout: 120000 }, () =>
  withBrowser({}, async (b) => {
    const page = await b.page(`${server.url}/`);
    const w = widget(page, 1);
    await guideToReady(page, w, { ready: /Ready: everything Step 4 of 4 asks for is in place/, notYet: /Not yet: 5 things to fix/, card: /For Step 4 of 4/ });
    assert.match(await w.locator('.mg-title').textContent(), /Steps 2 and 3 of 4/);
    // A reader who came from the older "Step 2 of 3" page is told where that is now.
    assert.match(await w.locator('[data-step="create-user"]').textContent(), /said “Step 2 of 3”, you are here/);
    // C8: WS-Trust, not this connection, is what Microsoft deprecated, with its page.
    const create = await w.locator('[data-step="create-user"]').textContent();
    assert.match(create, /deprecated WS-Trust sign-in/);
    assert.match(create, /language to English/);
    assert.equal(await w.locator('[data-step="register-app"] a.mg-source').filter({ hasText: 'Step 3 of 4: Set up Client App on MS Dynamics' }).count() > 0, true);
    assert.equal(await w.locator('[data-step="register-app"] a.mg-source').filter({ hasText: 'Tutorial: Register an app with Microsoft Entra ID' }).count(), 1);
    assert.match(await w.locator('.mg-around').last().textContent(), /Next: Step 4 of 4/);
    await axe(page, 'ROPC guide ready');
    await shot(page, 'ropc-guide-ready-en');
  }));

test('guide in Korean: ROPC Steps 2 and 3 of 4, Korean pages and titles, Microsoft Learn links under the title of the page they open', { timeout: 120000 }, () =>
  withBrowser({ locale: 'ko-KR', width: 390, height: 844 }, async (b) => {
    const page = await b.page(`${server.url}/?lang=ko`);
    const w = widget(page, 1);
    await guideToReady(page, w, { ready: /준비 완료: 4단계 중 4단계에서 묻는 것이 모두 갖춰졌습니다/, notYet: /고칠 것 5개/, card: /4단계 중 4단계용/ });
    assert.match(await w.locator('.mg-title').textContent(), /4단계 중 2·3단계/);
    const links = await w.locator('[data-step="register-app"] a.mg-source').evaluateAll((els) => els.map((a) => [a.href, a.textContent, a.hreflang]));
    assert.ok(links.some(([href, text]) => href.includes('/ko/docs/marketo/') && href.includes('step-3-of-4-set-up') && text.includes('3단계/4단계')), JSON.stringify(links));
    // No Korean title is known for Microsoft's walkthrough: the English page, under its English title.
    const ms = links.find(([href]) => href.includes('learn.microsoft.com'));
    assert.ok(ms && ms[0].includes('/en-us/') && ms[1].includes('Tutorial: Register an app') && ms[2] === 'en', JSON.stringify(ms));
    await shot(page, 'ropc-guide-ready-ko');
  }));

// --- The reader's own day ----------------------------------------------------------------

/** The S2S guide's expiry field, in a browser whose clock reads `isoUtc`. */
async function expiryField(b, isoUtc) {
  await b.context.clock.setFixedTime(new Date(isoUtc));
  const page = await b.page(`${server.url}/`);
  const w = widget(page, 1);
  return { w, field: w.getByLabel('Client secret expires on') };
}

const EXPIRY_CASES = [
  // Just after local midnight on 6 December in Tokyo (still 5 December in UTC).
  { zone: 'Asia/Tokyo', at: '2026-12-05T15:00:30Z', max: '2028-12-06' },
  // Just after local midnight on 6 December in Pago Pago (UTC-11).
  { zone: 'Pacific/Pago_Pago', at: '2026-12-06T11:00:30Z', max: '2028-12-06' },
  // Just before local midnight on 5 December in Pago Pago (already 6 December in UTC).
  { zone: 'Pacific/Pago_Pago', at: '2026-12-06T10:59:30Z', max: '2028-12-05' },
];

for (const { zone, at, max } of EXPIRY_CASES) {
  test(`the secret's 24-month limit counts from the reader's own day: ${zone} at ${at}`, { timeout: 60000 }, () =>
    withBrowser({ timezoneId: zone }, async (b) => {
      const { w, field } = await expiryField(b, at);
      assert.equal(await field.getAttribute('max'), max);
      await field.fill(max);
      assert.equal(await field.getAttribute('aria-invalid'), 'false', `${max} is within 24 months of the reader's today`);
      const next = new Date(`${max}T12:00:00Z`);
      next.setUTCDate(next.getUTCDate() + 1);
      const tooFar = next.toISOString().slice(0, 10);
      await field.fill(tooFar);
      assert.equal(await field.getAttribute('aria-invalid'), 'true', `${tooFar} is beyond 24 months`);
      assert.match(await w.locator(`[id="${(await field.getAttribute('aria-describedby')).split(' ')[1]}"]`).textContent(), new RegExp(max));
      await field.fill(max);
      assert.match(await w.locator('.mg-card').textContent(), new RegExp(`expires on ${max}`));
    }));
}

test('progress saved under the older three-step password set-up loads with its ticks, Step 3 of 4 open and no "ready" (in Japanese)', { timeout: 60000 }, () =>
  withBrowser({ locale: 'ja-JP' }, async (b) => {
    const fixture = fs.readFileSync(new URL('../../tests/fixtures/dynamics-v2-password-3step.json', import.meta.url), 'utf8').trim();
    const page = await b.page(`${server.url}/?lang=ja`);
    await page.evaluate((text) => localStorage.setItem('marketo-guides:dynamics-sync-user:dynamics-sync-user', text), fixture);
    await page.reload();
    await page.waitForSelector('.mg-root:not(.mg-first) section.mg');
    const w = widget(page, 1);
    await w.locator('[data-step="register-app"]').waitFor();
    assert.match(await w.locator('.mg-title').textContent(), /手順 2・3／4/);
    const tick = (slug) => w.locator(`[data-step="${slug}"] input[type=checkbox]`);
    for (const slug of ['create-user', 'assign-role', 'set-marketo-user', 'publish', 'validate', 'sign-in']) {
      assert.equal(await tick(slug).isChecked(), true, `${slug} keeps its tick`);
    }
    for (const slug of ['register-app', 'grant-consent', 'create-secret']) assert.equal(await tick(slug).isChecked(), false, `${slug} starts open`);
    assert.deepEqual(await blockers(w), ['app-single-tenant', 'client-id-recorded', 'consent-granted', 'secret-saved', 'org-url-confirmed']);
    assert.match(await w.locator('.mg-readiness').textContent(), /手順 4／4 の準備はできていますか/);
    assert.doesNotMatch(await w.locator('.mg-readiness .mg-banner').textContent(), /準備完了/);
    await shot(page, 'ropc-migrated-ja');
  }));
