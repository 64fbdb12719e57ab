// Flow 2 as a reader meets it, in the password variant (older set-ups; the server-to-server
// variant, today's default, is in s2s.test.mjs): practice run to "ready" keyboard-only, the
// version rule, the existing-CRM-user refusal, readiness listing what is unmet, and
// publish-after-change.
import { test, before, after } from 'node:test';
import { startServer, withBrowser, widget, pressByKeyboard, chooseByKeyboard, chooseRadioByKeyboard, typeByKeyboard, assert, shot, DEEP_ACTIVE } from './helpers.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.close(); });

const blockers = async (w) => (await w.locator('.mg-blockers li').evaluateAll((els) => els.map((e) => e.dataset.requirement)));
/** Chooses the password variant with the keyboard (server-to-server is the default). */
async function usePassword(page, w) {
  const group = w.getByRole('group', { name: 'Connection' });
  await chooseRadioByKeyboard(page, group, group.getByRole('radio', { name: 'Sync user with a password' }));
}
const status = async (w, title) => (await w.locator('.mg-step', { hasText: title }).locator('.mg-tag').textContent()).trim();

async function toReady(page, w) {
  const expectBlockers = async (list) => assert.deepEqual(await blockers(w), list);
  await expectBlockers(['sync-user-created', 'sync-user-has-role', 'marketo-user-is-sync-user', 'published-after-change', 'validated', 'signed-in-as-sync-user']);
  await typeByKeyboard(page, w.getByLabel(/Sync user's user name/), 'Marketo Sync');
  await typeByKeyboard(page, w.getByLabel(/E-mail for the sign-in details/), 'mkto-sync@nowhere.invalid');
  await pressByKeyboard(page, w.getByRole('button', { name: 'Add user and send e-mail' }));
  await expectBlockers(['sync-user-has-role', 'marketo-user-is-sync-user', 'published-after-change', 'validated', 'signed-in-as-sync-user']);
  await pressByKeyboard(page, w.getByRole('button', { name: 'Give role Marketo Sync' }));
  await expectBlockers(['marketo-user-is-sync-user', 'published-after-change', 'validated', 'signed-in-as-sync-user']);
  await chooseByKeyboard(page, w.getByLabel('Marketo User', { exact: true }), 'Marketo Sync');
  await pressByKeyboard(page, w.getByRole('button', { name: 'Save', exact: true }));
  await expectBlockers(['published-after-change', 'validated', 'signed-in-as-sync-user']);
  await pressByKeyboard(page, w.getByRole('button', { name: 'Publish All Customizations' }));
  await expectBlockers(['validated', 'signed-in-as-sync-user']);
  await pressByKeyboard(page, w.getByRole('button', { name: 'Run validation' }));
  await expectBlockers(['signed-in-as-sync-user']);
  await chooseByKeyboard(page, w.getByLabel('Sign in as'), 'Marketo Sync');
  await pressByKeyboard(page, w.getByRole('button', { name: 'Sign in once' }));
  await expectBlockers([]);
}

test('practice mode reaches "ready for Step 3" keyboard only, and readiness lists each unmet requirement', { timeout: 90000 }, () =>
  withBrowser({}, async (b) => {
    const page = await b.page(`${server.url}/fixture/dynamics-practice`);
    const w = widget(page, 0);
    await usePassword(page, w);
    assert.match(await w.locator('.mg-readiness .mg-banner').textContent(), /Not yet: 6 things to fix/);
    await toReady(page, w);
    assert.match(await w.locator('.mg-readiness .mg-banner').textContent(), /Ready: everything Step 3 needs is in place/);
    const tags = (await w.locator('.mg-step .mg-tag').allTextContents()).map((t) => t.trim());
    assert.deepEqual(tags, ['Completed', 'Completed', 'Not needed', 'Completed', 'Completed', 'Not needed', 'Completed', 'Completed']);
    assert.match(await w.locator('.mg-around').last().textContent(), /exactly as created: Marketo Sync/);
    await shot(page, 'dynamics-practice-ready');
  }));

test('changing the configuration after publishing makes readiness require publishing again', { timeout: 90000 }, () =>
  withBrowser({}, async (b) => {
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
    await typeByKeyboard(page, w.getByLabel(/E-mail for the sign-in details/), 'not-an-address');
    assert.match(await w.locator('.mg-questions p.mg-error:not([id])').textContent(), /does not look like an e-mail address/);
    await typeByKeyboard(page, w.getByLabel(/E-mail for the sign-in details/), 'pss@nowhere.invalid');
    assert.equal((await w.locator('.mg-questions p.mg-error:not([id])').textContent()).trim(), '');
    const create = w.locator('.mg-step').first();
    assert.match(await create.locator('.mg-step-title').textContent(), /Create a dedicated user, Pat Seller Sync/);
    assert.match(await create.textContent(), /sign-in details will go to pss@nowhere\.invalid/);
    assert.match(await w.locator('.mg-around').last().textContent(), /exactly as created: Pat Seller Sync/);
  }));
