// @ts-check
// Journeys with passkeys, on Chromium's virtual authenticators: create an account, see the
// recovery codes once, sign out and in, add, rename and remove passkeys; lose the device, come
// back with a recovery code, and delete the account. axe checks the signed-in account page.
const { test, expect } = require('@playwright/test');
const { Site, LOCALES } = require('./fixtures/pages');
const { Devices, AccountPages } = require('./fixtures/accounts');

test('a citizen creates an account with a passkey, signs out and in, and manages passkeys', async ({ page }) => {
  const site = new Site(page);
  const account = new AccountPages(page);
  const devices = new Devices(page);
  const phone = await devices.add();

  await page.goto('/en/account/sign-up');
  // The script found passkey support, so the notice for other browsers goes away.
  await expect(page.locator('[data-passkey-unsupported]')).toBeHidden();
  await account.signUp('Ana Tester');
  await expect(account.recoveryCodes()).toHaveCount(10);
  await expect(page.getByRole('heading', { name: 'Your recovery codes' })).toBeVisible();
  await expect(page.getByText('Signed in as Ana Tester')).toBeVisible();
  await expect(account.headerLink('Your account')).toBeVisible();
  expect(await phone.credentials()).toHaveLength(1);
  await site.expectNoAxeViolations('account with new recovery codes');

  // Shown once: gone on the next visit, counted instead.
  await page.reload();
  await expect(account.recoveryCodes()).toHaveCount(0);
  await expect(page.getByText('You have 10 unused recovery codes.')).toBeVisible();
  await expect(account.passkeys()).toHaveCount(1);

  for (const locale of LOCALES) {
    await page.goto(`/${locale}/account`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.locator('ul.passkeys > li')).toHaveCount(1);
    await site.expectNoAxeViolations(`account signed in/${locale}`);
  }
  await page.goto('/en/account');

  await account.signOut();
  await expect(account.outcome('You have signed out.')).toBeVisible();
  await expect(account.headerLink('Sign in')).toBeVisible();
  await account.signIn();
  await expect(page.getByText('Signed in as Ana Tester')).toBeVisible();

  // A second device: the phone is put away, so its passkey (excluded from registration) is
  // not offered again. Right after signing in the passkey check is fresh.
  await phone.lose();
  const laptop = await devices.add();
  await account.addPasskey('Laptop');
  await expect(account.passkeys()).toHaveCount(2);
  await expect(account.passkey('Laptop')).toBeVisible();
  expect(await laptop.credentials()).toHaveLength(1);

  // Renaming is a plain form.
  await account.passkey('Laptop').getByLabel('New name for “Laptop”').fill('Work laptop');
  await account.passkey('Laptop').getByRole('button', { name: 'Rename' }).click();
  await expect(account.outcome('The passkey has been renamed.')).toBeVisible();
  await expect(account.passkey('Work laptop')).toBeVisible();

  // Remove the phone's passkey; the laptop's stays.
  const phoneKey = account.passkeys().filter({
    hasNot: page.getByRole('heading', { level: 3, name: 'Work laptop', exact: true }),
  });
  await phoneKey.getByRole('button', { name: /^Remove / }).click();
  await expect(account.outcome('The passkey has been removed.')).toBeVisible();
  await expect(account.passkeys()).toHaveCount(1);
  await expect(account.passkey('Work laptop')).toBeVisible();

  // The laptop alone opens the account.
  await account.signOut();
  await account.signIn();
  await expect(page.getByText('Signed in as Ana Tester')).toBeVisible();
});

test('a lost device: a recovery code lets the citizen in to add a new passkey, then delete the account', async ({ page }) => {
  const account = new AccountPages(page);
  const devices = new Devices(page);
  const phone = await devices.add();

  await account.signUp();
  await expect(page.getByText('Your account has no name')).toBeVisible();
  const code = (await account.recoveryCodes().first().innerText()).trim();
  expect(code).not.toBe('');
  await account.signOut();
  await phone.lose();

  await page.getByRole('link', { name: 'Lost your passkey? Use a recovery code' }).click();
  await expect(page).toHaveURL('/en/account/recover');
  // Typed loosely: lower case, spaces for dashes.
  await page.getByLabel('Recovery code').fill(code.toLowerCase().replaceAll('-', ' '));
  await page.getByRole('button', { name: 'Sign in with this code' }).click();
  await account.expectAccountPage();
  await expect(page.getByText('You signed in without a passkey.')).toBeVisible();

  const replacement = await devices.add();
  await account.addPasskey('New phone');
  await expect(account.passkey('New phone')).toBeVisible();
  await expect(page.getByText('You signed in without a passkey.')).toHaveCount(0);
  expect(await replacement.credentials()).toHaveLength(1);

  // Deleting needs a recent passkey check: confirm first if the page asks for one.
  const confirm = page.getByRole('button', { name: 'Confirm with a passkey' });
  if (await confirm.count()) {
    await confirm.click();
    await expect(confirm).toHaveCount(0);
  }
  await page.getByLabel('I understand: delete my account').check();
  await page.getByRole('button', { name: 'Delete my account' }).click();
  await account.expectSignInPage();
  await expect(account.outcome('Your account has been deleted.')).toBeVisible();
  await expect(account.headerLink('Sign in')).toBeVisible();
  await page.goto('/en/account');
  await expect(page.getByText('You are not signed in.')).toBeVisible();

  // The old code no longer opens anything.
  await page.goto('/en/account/recover');
  await page.getByLabel('Recovery code').fill(code);
  await page.getByRole('button', { name: 'Sign in with this code' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
});
