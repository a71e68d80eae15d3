// @ts-check
// Agency staff, end to end: the first administrator is invited by the `server create-admin`
// command, accepts in the browser with a password, registers a passkey, then signs in with
// password + passkey. A password alone never opens a staff session that can act.
const { execFileSync } = require('node:child_process');
const { test, expect } = require('@playwright/test');
const { Site, LOCALES } = require('./fixtures/pages');
const { Devices, AccountPages } = require('./fixtures/accounts');

const PASSWORD = 'seven long unrelated words here';

/** Runs `server create-admin` against the e2e database and returns the invitation path. */
function inviteAdministrator(email) {
  const server = process.env.E2E_SERVER_BIN;
  if (!server) throw new Error('E2E_SERVER_BIN is not set: run the suite with .ci/e2e');
  const printed = execFileSync(server, ['create-admin', '--email', email], { encoding: 'utf8' });
  const link = printed.split('\n').find((line) => line.includes('/staff/invitation/'));
  if (!link) throw new Error(`no invitation link in: ${printed}`);
  return new URL(link.trim()).pathname;
}

test('an invited administrator sets a password, registers a passkey and signs in with both', async ({ page }) => {
  const site = new Site(page);
  const account = new AccountPages(page);
  const email = `admin-${Date.now()}@gov.example`;
  const invitation = inviteAdministrator(email);
  expect(invitation).toMatch(/^\/en\/staff\/invitation\/[A-Za-z0-9_-]+$/);

  // The invitation names who it is for and the role, in every language, and is axe-clean.
  for (const locale of LOCALES) {
    await page.goto(invitation.replace('/en/', `/${locale}/`));
    await expect(page.getByText(email)).toBeVisible();
    await site.expectNoAxeViolations(`staff invitation/${locale}`);
  }
  await page.goto(invitation);
  await expect(page.getByRole('heading', { level: 1, name: 'Join as agency staff' })).toBeVisible();
  await expect(page.getByText('Platform administrator')).toBeVisible();

  // A common password is refused with a message, and the invitation stays usable.
  await page.getByLabel('Your name, as your colleagues will see it').fill('Marta Admin');
  await page.getByLabel('Password', { exact: true }).fill('1qaz2wsx3edc');
  await page.getByLabel('Type the password again').fill('1qaz2wsx3edc');
  await page.getByRole('button', { name: 'Accept the invitation' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'That password is too common' })).toBeVisible();

  await page.getByLabel('Your name, as your colleagues will see it').fill('Marta Admin');
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Type the password again').fill(PASSWORD);
  await page.getByRole('button', { name: 'Accept the invitation' }).click();

  // The password alone opened a session whose only use is registering a passkey.
  await account.expectAccountPage();
  await expect(page.getByText('This is a staff account.')).toBeVisible();
  await expect(page.getByText('You signed in without a passkey.')).toBeVisible();
  await site.expectNoAxeViolations('staff account before a passkey');
  const laptop = await new Devices(page).add();
  await account.addPasskey('Office laptop');
  await expect(account.passkey('Office laptop')).toBeVisible();
  await expect(page.getByText('You signed in without a passkey.')).toBeHidden();
  expect(await laptop.credentials()).toHaveLength(1);

  // The invitation link was single use.
  await page.goto(invitation);
  await expect(page.getByRole('heading', { level: 1, name: 'This invitation link is not valid' })).toBeVisible();

  // Sign out, then the staff sign-in: password first, then the passkey on this device.
  await page.goto('/en/account');
  await account.signOut();
  await page.goto('/en/staff/sign-in');
  await page.getByLabel('E-mail address').fill(email.toUpperCase());
  await page.getByLabel('Password').fill('not the password at all');
  await page.getByRole('button', { name: 'Continue with a passkey' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page).toHaveURL(/\/en\/staff\/sign-in/);

  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Continue with a passkey' }).click();
  await account.expectAccountPage();
  await expect(page.getByText('Signed in as Marta Admin')).toBeVisible();
  await expect(page.getByText('This is a staff account.')).toBeVisible();
  await expect(page.getByText('You signed in without a passkey.')).toBeHidden();
  await site.expectNoAxeViolations('staff account signed in');
});
