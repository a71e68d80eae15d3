// @ts-check
// Comments, end to end: a citizen (passkey in Chromium's virtual authenticator) comments on a
// service and is told it awaits moderation; a platform administrator (invited with `server
// create-admin`) approves it and answers it from the moderation queue; the comment and the
// official answer are then public on the service page. Another citizen comments with
// JavaScript disabled. axe checks the service page and the queue.
const { execFileSync } = require('node:child_process');
const { test, expect } = require('@playwright/test');
const { Site, RICH_SERVICE } = require('./fixtures/pages');
const { Devices, AccountPages } = require('./fixtures/accounts');

const SERVICE_PAGE = `/en/services/${RICH_SERVICE}`;
const PASSWORD = 'seven long unrelated words here';
/** The form refuses comments sent sooner than this after the page was served. */
const MIN_FILL_MS = 3200;

/** The comments section of the service page. */
function comments(page) {
  return page.getByRole('region', { name: 'Comments' });
}

/** A platform administrator with a password and a passkey, signed in with both. */
async function signInAdministrator(page) {
  const server = process.env.E2E_SERVER_BIN;
  if (!server) throw new Error('E2E_SERVER_BIN is not set: run the suite with .ci/e2e');
  const email = `moderator-${Date.now()}@gov.example`;
  const printed = execFileSync(server, ['create-admin', '--email', email], { encoding: 'utf8' });
  const link = printed.split('\n').find((line) => line.includes('/staff/invitation/'));
  if (!link) throw new Error(`no invitation link in: ${printed}`);
  const account = new AccountPages(page);
  await page.goto(new URL(link.trim()).pathname);
  await page.getByLabel('Your name, as your colleagues will see it').fill('Mod Erator');
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Type the password again').fill(PASSWORD);
  await page.getByRole('button', { name: 'Accept the invitation' }).click();
  await account.expectAccountPage();
  await new Devices(page).add();
  await account.addPasskey('Office laptop');
  await expect(account.passkey('Office laptop')).toBeVisible();
  await account.signOut();
  await page.goto('/en/staff/sign-in');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Continue with a passkey' }).click();
  await account.expectAccountPage();
}

test('a citizen comments, a moderator approves and answers, everyone reads both', async ({ page, browser }) => {
  const site = new Site(page);
  await new Devices(page).add();
  await new AccountPages(page).signUp();

  await page.goto(SERVICE_PAGE);
  const section = comments(page);
  await expect(section.getByText('Do not include personal data')).toBeVisible();
  await expect(section.getByLabel('Leave this field empty')).toBeHidden();
  // A marker of letters and digits: a bare run of digits would itself be masked as an ID.
  const marker = `run-${Date.now().toString(36)}`;
  const text = `The office was closed on the day the page says it opens (${marker}). Call me on (11) 91234-5678.`;
  await section.getByLabel('Your comment').fill(text);
  await page.waitForTimeout(MIN_FILL_MS);
  await section.getByRole('button', { name: 'Send my comment' }).click();
  await expect(page).toHaveURL(/done=comment-done-pending#comments$/);
  await expect(section.getByRole('status')).toHaveText(
    'Thank you: your comment has been received. It will be published once a moderator has read it.');
  const masked = text.replace('(11) 91234-5678', '[…]');
  await expect(section.getByText(masked)).toHaveCount(0);
  await site.expectNoAxeViolations('service page after commenting');

  // The moderator, in a browser of their own.
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signInAdministrator(staff);
  await staff.goto('/en/admin/comments');
  await expect(staff.getByRole('heading', { level: 1, name: 'Comment moderation' })).toBeVisible();
  const review = staff.getByRole('region', { name: 'Waiting for a decision' });
  const item = review.getByRole('listitem').filter({ hasText: masked });
  await expect(item.getByText('One piece of personal data was hidden.')).toBeVisible();
  await new Site(staff).expectNoAxeViolations('moderation queue');
  await item.getByRole('button', { name: 'Approve and publish' }).click();
  await expect(staff.getByRole('main').getByRole('status')).toHaveText('The comment is published. The agency\'s answer is now due.');

  const awaiting = staff.getByRole('region', { name: 'Published, waiting for an answer' })
    .getByRole('listitem').filter({ hasText: masked });
  await expect(awaiting.getByText(/^Answer due by /)).toBeVisible();
  await awaiting.getByLabel('Official answer of the agency').fill('Thank you: the opening hours are now corrected.');
  await awaiting.getByRole('button', { name: 'Publish the answer' }).click();
  await expect(staff.getByRole('main').getByRole('status')).toHaveText('The answer is published under the comment.');
  const answered = staff.getByRole('region', { name: 'Answered lately' }).getByRole('listitem').filter({ hasText: masked });
  await expect(answered.getByText(/^First answer /)).toBeVisible();
  await new Site(staff).expectNoAxeViolations('moderation queue after answering');
  await staffContext.close();

  // Public now, with the official answer under it.
  await page.goto(SERVICE_PAGE);
  const published = comments(page).getByRole('listitem').filter({ hasText: masked });
  await expect(published).toBeVisible();
  const answer = published.getByRole('region', { name: 'Official answer' });
  await expect(answer).toContainText('Thank you: the opening hours are now corrected.');
  await expect(published.getByText('Report this comment')).toBeVisible();
  await site.expectNoAxeViolations('service page with a comment and its answer');
});

test('a comment form posted without JavaScript is received too', async ({ page, browser }) => {
  // Passkeys need scripts: sign up with them, then carry the session into a browser without.
  await new Devices(page).add();
  await new AccountPages(page).signUp();
  const noScript = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
  });
  const plain = await noScript.newPage();
  await plain.goto(SERVICE_PAGE);
  const section = comments(plain);
  await section.getByLabel('Your comment').fill('Sent from a phone without JavaScript: the steps are clear.');
  await plain.waitForTimeout(MIN_FILL_MS);
  await section.getByRole('button', { name: 'Send my comment' }).click();
  await expect(plain).toHaveURL(/done=comment-done-pending#comments$/);
  await expect(section.getByRole('status')).toContainText('It will be published once a moderator has read it.');
  await noScript.close();
});
