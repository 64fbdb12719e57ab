// Two admins on two computers pass the checklist back and forth with a link; bad links
// change nothing.
import { test, before, after } from 'node:test';
import { assert, launch, startServer, widget, idle, frames, shot, openTools, DEEP_ACTIVE } from './helpers.mjs';

let server;
before(async () => { server = await startServer(); });
after(async () => { await server.close(); });

const statuses = async (w) => (await w.locator('.mg-step .mg-tag').allTextContents()).map((s) => s.trim());

/** Shares from widget 0 of `page` and returns the link shown in "Link to share". */
async function share(page) {
  const w = widget(page, 0);
  const field = w.getByLabel('Link to share');
  // A link from an earlier click must not be taken for the new one (it carries older progress).
  const earlier = (await field.count()) ? await field.inputValue() : '';
  await openTools(w);
  await w.getByRole('button', { name: 'Share progress' }).click();
  await field.waitFor();
  await field.evaluate((el, before) => new Promise((resolve) => {
    const done = () => el.value && el.value !== before;
    if (done()) return resolve();
    const id = setInterval(() => { if (done()) { clearInterval(id); resolve(); } }, 20);
  }), earlier);
  const link = await field.inputValue();
  assert.notEqual(link, earlier, 'a new link, not the one shown before');
  assert.match(link, /#mg-share=[A-Za-z0-9_-]+$/);
  // The field is selected, ready to copy (in the animation frame after the link appears).
  const selected = () => field.evaluate((el) => el.value.length > 0 && el.selectionEnd - el.selectionStart === el.value.length);
  await frames(page);
  assert.ok(await selected(), 'the whole link is selected (in the frame after the link appears)');
  return link;
}

/** Opens `link` in `page`, checks the offer, and loads it. */
async function open(page, link, expectYou) {
  await page.goto(link);
  const w = widget(page, 0);
  const offer = w.getByRole('region', { name: 'Progress shared with a link' });
  await offer.waitFor();
  assert.match(await offer.textContent(), expectYou);
  await offer.getByRole('button', { name: 'Load this progress' }).click();
  assert.equal(await offer.count(), 0);
  assert.doesNotMatch(page.url(), /#/, 'the fragment is removed');
  return w;
}

test('Admin A and Admin B pass the handoff back and forth with links', { timeout: 120000 }, async () => {
  const a = await launch();
  const b = await launch();
  try {
    const pa = await a.page(`${server.url}/`);
    const pb = await b.page(`${server.url}/`);
    const wa = widget(pa, 0);
    // A names both admins (60 characters each) and ticks the first step.
    const nameA = 'Anastasia Maria Lindqvist-Okonkwo of the Integrations Team AB'.slice(0, 60);
    const nameB = 'Bartholomew Jonathan Park-Hernandez of the Integrations Team'.slice(0, 60);
    await wa.getByLabel('Admin who is leaving (Admin A)').fill(nameA);
    await wa.getByLabel('Admin taking over (Admin B)').fill(nameB);
    // A is not the instance's original user, so the handoff ends with A's removal (C1).
    await wa.getByRole('group', { name: /original user/ }).getByRole('radio', { name: 'No', exact: true }).check();
    await wa.locator('.mg-step').nth(0).getByRole('checkbox').check();
    const link1 = await share(pa);
    await shot(pa, 'share-link');
    // The e-mail option carries the same link in a short message.
    const mail = await wa.getByRole('link', { name: 'Send it by e-mail' }).getAttribute('href');
    assert.ok(mail.startsWith('mailto:?subject='));
    assert.ok(decodeURIComponent(mail).includes(link1));

    // B opens A's link: A's tick is there, and the current step is B's.
    const wb = await open(pb, link1, new RegExp(`You are Admin B \\(${nameB}\\): your step is “${nameB} makes a new connection”`));
    assert.deepEqual((await statuses(wb)).slice(0, 2), ['Completed', 'Do this now']);
    await wb.locator('.mg-step').nth(1).getByRole('checkbox').check();
    const link2 = await share(pb);

    // A opens B's link: both ticks, and A's disconnect is current.
    await open(pa, link2, new RegExp(`You are Admin A \\(${nameA}\\): your step is “${nameA} disconnects”`));
    assert.deepEqual((await statuses(wa)).slice(0, 3), ['Completed', 'Completed', 'Do this now']);
    await wa.locator('.mg-step').nth(2).getByRole('checkbox').check();
    const link3 = await share(pa);
    await open(pb, link3, /your step is “Remove .* from the instance”/);
    await wb.locator('.mg-step').nth(3).getByRole('checkbox').check();
    const finished = await share(pb);
    console.log(`link length of a finished handoff with two 60-character names: ${finished.length} characters (payload ${finished.split('#mg-share=')[1].length})`);
    await open(pa, finished, /Every step is done/);
    // Both end with the same completed checklist.
    assert.deepEqual(await statuses(wa), ['Completed', 'Completed', 'Completed', 'Completed']);
    assert.deepEqual(await statuses(wb), ['Completed', 'Completed', 'Completed', 'Completed']);
    // And the reload does not ask again.
    await pa.reload();
    await widget(pa, 0).waitFor();
    await idle(pa, 0);
    assert.equal(await widget(pa, 0).getByRole('region', { name: 'Progress shared with a link' }).count(), 0);
  } finally {
    await a.close();
    await b.close();
  }
});

test('"Not now" changes nothing and removes the fragment', { timeout: 90000 }, async () => {
  const a = await launch();
  const b = await launch();
  try {
    const pa = await a.page(`${server.url}/`);
    await widget(pa, 0).locator('.mg-step').nth(0).getByRole('checkbox').check();
    const link = await share(pa);
    const pb = await b.page(`${server.url}/`);
    await idle(pb, 0);
    await idle(pb, 1);
    const before = await pb.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
    await pb.goto(link);
    const offer = widget(pb, 0).getByRole('region', { name: 'Progress shared with a link' });
    await offer.getByRole('button', { name: 'Not now' }).click();
    await idle(pb, 0);
    assert.equal(await pb.evaluate(() => JSON.stringify(Object.entries(localStorage).sort())), before);
    assert.doesNotMatch(pb.url(), /#/);
    assert.equal((await statuses(widget(pb, 0)))[0], 'Do this now');
  } finally {
    await a.close();
    await b.close();
  }
});

test('a practice link carries the simulated console, and routes to the widget of its flow', { timeout: 90000 }, async () => {
  const a = await launch();
  const b = await launch();
  try {
    const pa = await a.page(`${server.url}/fixture/dynamics-practice`);
    const wa = widget(pa, 0);
    await wa.getByRole('button', { name: 'Publish all customizations' }).click();
    const link = await share(pa);
    // B opens it on the demo page, where the Dynamics widget is the second one.
    const pb = await b.page(link.replace('/fixture/dynamics-practice', '/'));
    const wb = widget(pb, 1);
    const offer = wb.getByRole('region', { name: 'Progress shared with a link' });
    await offer.waitFor();
    // The offer comes to the reader: in view and focused, though the widget is far down.
    await pb.waitForFunction(`${DEEP_ACTIVE}?.classList.contains('mg-offer')`, null, { timeout: 3000 });
    // (Widgets above may finish mounting just after and push it down: it is brought back.)
    await offer.evaluate((el) => new Promise((resolve, reject) => {
      const t0 = performance.now();
      const look = () => {
        const r = el.getBoundingClientRect();
        if (r.top >= -1 && r.top < innerHeight) resolve();
        else if (performance.now() - t0 > 2000) reject(new Error(`offer out of view at ${r.top}`));
        else requestAnimationFrame(look);
      };
      look();
    }));
    assert.equal(await widget(pb, 0).getByRole('region', { name: 'Progress shared with a link' }).count(), 0);
    await offer.getByRole('button', { name: 'Load this progress' }).click();
    await wb.getByRole('radio', { name: /Practice/ }).check();
    assert.match(await wb.locator('.mg-log').textContent(), /ublish/);
  } finally {
    await a.close();
    await b.close();
  }
});

test('each kind of bad link shows its message and leaves storage byte for byte as it was', { timeout: 120000 }, async () => {
  const a = await launch();
  try {
    const page = await a.page(`${server.url}/`);
    await widget(page, 0).locator('.mg-step').nth(0).getByRole('checkbox').check();
    const good = await share(page);
    const payload = good.split('#mg-share=')[1];
    // A link for the Dynamics guide, on a page with only the handoff guide.
    const pd = await a.page(`${server.url}/fixture/dynamics-practice`);
    const otherFlow = (await share(pd)).split('#mg-share=')[1];
    await idle(pd, 0);
    const snapshot = () => page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
    const before = await snapshot();
    // A future schema: a real envelope with its schema number raised, compressed in the page.
    const future = await page.evaluate(async (p) => {
      const b64 = p.replace(/-/g, '+').replace(/_/g, '/');
      const bytes = Uint8Array.from(atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4)), (c) => c.charCodeAt(0));
      const text = await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'))).text();
      const raised = text.replace(/^\{"schema":\d+/, '{"schema":99');
      const out = new Uint8Array(await new Response(new Blob([raised]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer());
      return btoa(String.fromCharCode(...out)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    }, payload);
    const tampered = payload.slice(0, 20) + (payload[20] === 'A' ? 'B' : 'A') + payload.slice(21);
    const cases = [
      ['truncated', payload.slice(0, Math.floor(payload.length / 2)), /incomplete or was changed/],
      ['tampered', tampered, /incomplete or was changed|cannot be read/],
      ['future schema', future, /newer version/],
      ['too long', 'A'.repeat(16 * 1024 + 1), /too long/],
      ['other flow', otherFlow, /for the guide “Dynamics: set up the identity Marketo syncs as/],
    ];
    for (const [label, p, message] of cases) {
      await page.goto('about:blank');
      await page.goto(`${server.url}/fixture/plain#mg-share=${p}`);
      const w = widget(page, 0);
      const alert = w.locator('.mg-link-problem');
      await alert.waitFor({ timeout: 5000 });
      assert.match(await alert.textContent(), message, label);
      assert.equal(await alert.getAttribute('role'), 'alert');
      assert.equal(await w.getByRole('region', { name: 'Progress shared with a link' }).count(), 0, label);
      await idle(page, 0);
      assert.equal(await snapshot(), before, `${label}: storage changed`);
    }
  } finally {
    await a.close();
  }
});
