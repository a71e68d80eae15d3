// @ts-check
// The whole editorial journey with two people, once with JavaScript and once without: a
// platform administrator invites an editor to an agency; the editor accepts (a passkey needs
// JavaScript, so only that step always has it), writes a draft and sends it for review; the
// administrator sends it back with a reason; the editor reads the reason, fixes the text and
// sends it again; the administrator publishes it; a citizen finds it in search and reads it;
// the administrator archives it and its address answers 410 "no longer offered".
const { test, expect } = require('@playwright/test');
const { Site } = require('./fixtures/pages');
const { signInAdministrator } = require('./fixtures/admin');
const { AgencyPages, acceptInvitation } = require('./fixtures/agencies');

const outcome = (page) => page.locator('#outcome');

/**
 * Every instance's index follows the catalogue within its poll interval (500 ms), so a search
 * right after publishing or archiving may still show the catalogue as it was: load the search
 * page again until it lists `name` `count` times.
 */
async function searchUntilListed(site, page, words, name, count) {
  await expect(async () => {
    await page.goto(`/en/search?q=${encodeURIComponent(words)}`);
    await expect(site.results().filter({ hasText: name })).toHaveCount(count, { timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}

/** The administrator invites an editor to the first agency; returns the invitation's path. */
async function inviteEditor(admin, email) {
  await admin.goto('/en/admin/agencies');
  await admin.getByRole('link', { name: 'Edit the agency' }).first().click();
  await admin.getByRole('link', { name: 'Staff of the agency' }).click();
  return new AgencyPages(admin).invite(email, 'Editor');
}

/** The editor writes a new service (English first) and returns its workflow page's address. */
async function writeDraft(editor, slug, name) {
  const save = () => editor.getByRole('button', { name: 'Save this section' }).first().click();
  const saved = () => expect(outcome(editor)).toContainText('Saved as a new version.');
  const section = (name) => editor.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name }).click();
  await editor.goto('/en/admin/services');
  await editor.getByRole('link', { name: 'New service' }).click();
  await editor.getByLabel('Main language').selectOption('en');
  await editor.getByLabel('Address').fill(slug);
  await editor.getByLabel('Name').fill(name);
  await editor.getByLabel('Summary').fill('Ask for it online. It takes ten minutes.');
  await editor.getByRole('button', { name: 'Create the draft' }).click();
  await expect(outcome(editor)).toContainText('The draft was created.');
  await editor.getByLabel('Level of government').selectOption('national');
  await editor.getByLabel('Can be done entirely online').check();
  await editor.getByLabel('Start address (https://…)').fill('https://tramites.example.gov/quorvex');
  await editor.getByLabel('Cost', { exact: true }).selectOption('free');
  await save();
  await saved();
  await section('Texts');
  await editor.getByLabel('Description').fill('The permit lets you keep a quorvex at home.');
  await save();
  await saved();
  await section('Steps');
  await editor.getByRole('button', { name: 'Add a step' }).click();
  await editor.getByLabel('Title').fill('Fill in the form.');
  await save();
  await saved();
  await section('Channels and opening hours');
  await editor.getByRole('button', { name: 'Add a channel' }).click();
  await editor.getByLabel('Web address').fill('https://tramites.example.gov/quorvex');
  await save();
  await saved();
  await editor.getByRole('link', { name: 'Workflow and quality' }).click();
  return new URL(editor.url()).pathname;
}

/** Runs the journey; `js` says whether the pages get their scripts. */
async function journey(browser, js) {
  const stamp = Date.now();
  const slug = `quorvex-permit-${js ? 'js' : 'plain'}-${stamp}`;
  const name = `Quorvex permit ${stamp}`;
  const contexts = [];
  /** A browser of someone's own, signed in as `state` says, with or without scripts. */
  const open = async (state) => {
    const context = await browser.newContext({ javaScriptEnabled: js, storageState: state });
    contexts.push(context);
    return context.newPage();
  };
  try {
    // Signing in registers passkeys, which needs scripts; everything after uses `open`.
    const adminSetup = await browser.newContext();
    contexts.push(adminSetup);
    const setupPage = await adminSetup.newPage();
    await signInAdministrator(setupPage);
    const admin = await open(await adminSetup.storageState());

    const invitation = await inviteEditor(admin, `editor-${stamp}@gov.example`);
    await expect(outcome(admin)).toContainText(`editor-${stamp}@gov.example`);
    const editorSetup = await browser.newContext();
    contexts.push(editorSetup);
    await acceptInvitation(await editorSetup.newPage(), invitation, 'Edna Editor');
    const editor = await open(await editorSetup.storageState());

    const desk = await writeDraft(editor, slug, name);
    await editor.getByRole('button', { name: 'Send for review' }).click();
    await expect(outcome(editor)).toContainText('Sent for review.');
    // Publishing is not an editor's step.
    await expect(editor.getByRole('button', { name: 'Publish' })).toHaveCount(0);

    await admin.goto(desk);
    await admin.getByLabel('Why it goes back to the editors (required)').fill('Say how long the permit lasts.');
    await admin.getByRole('button', { name: 'Send back to the editors' }).click();
    await expect(outcome(admin)).toContainText('Sent back to the editors with your reason.');

    await editor.goto(desk);
    await expect(editor.getByText('Say how long the permit lasts.')).toBeVisible();
    await editor.getByRole('link', { name: 'Edit the content' }).click();
    await editor.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Texts' }).click();
    await editor
      .getByLabel('Description')
      .fill('The permit lets you keep a quorvex at home. It lasts five years.');
    await editor.getByRole('button', { name: 'Save this section' }).first().click();
    await expect(outcome(editor)).toContainText('Saved as a new version.');
    await editor.goto(desk);
    await editor.getByRole('button', { name: 'Send for review' }).click();
    await expect(outcome(editor)).toContainText('Sent for review.');

    await admin.goto(desk);
    await admin.getByRole('button', { name: 'Publish' }).click();
    await expect(outcome(admin)).toContainText('Published: citizens see it now.');

    // A citizen, signed out, finds it by a word of its name and reads it.
    const citizen = await open(undefined);
    const site = new Site(citizen);
    await searchUntilListed(site, citizen, `quorvex ${stamp}`, name, 1);
    await citizen.goto('/en');
    await site.search('quorvex');
    await expect(site.results().filter({ hasText: name })).toHaveCount(1);
    await site.results().filter({ hasText: name }).getByRole('link', { name }).click();
    await expect(site.heading()).toContainText(name);
    await expect(citizen.getByText('It lasts five years.')).toBeVisible();

    await admin.goto(desk);
    await admin.getByRole('button', { name: 'Archive: no longer offered' }).click();
    await expect(outcome(admin)).toContainText('Archived: its page now says it is no longer offered.');
    const gone = await citizen.goto(`/en/services/${slug}`);
    expect(gone?.status()).toBe(410);
    await expect(citizen.getByText('This service is no longer offered.')).toBeVisible();
    await searchUntilListed(site, citizen, `quorvex ${stamp}`, name, 0);
    if (js) {
      await site.expectNoAxeViolations('archived service/en');
    }
  } finally {
    for (const context of contexts) await context.close();
  }
}

test('invite an editor, draft, review, send back, fix, publish, find, archive: with JavaScript', async ({ browser }) => {
  test.setTimeout(240_000);
  await journey(browser, true);
});

test('the same journey without JavaScript', async ({ browser }) => {
  test.setTimeout(240_000);
  await journey(browser, false);
});
