// @ts-check
// Agencies and their staff, end to end: a platform administrator adds an agency (an empty
// form first comes back with its errors), opens its staff page and invites an agency
// administrator, who accepts with a password and a passkey and then sees and edits only their
// own agency. With JavaScript off, the agency form and an invitation post and come back with
// their notices. On a staff page, an invitation is cancelled (its link dies) and an account
// deactivated and reactivated, with JavaScript and without. axe on every page.
const { test, expect } = require('@playwright/test');
const { Site } = require('./fixtures/pages');
const { signInAdministrator } = require('./fixtures/admin');
const { AgencyPages, acceptInvitation } = require('./fixtures/agencies');

test('an administrator adds an agency and invites its administrator', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const site = new Site(page);
  const agencies = new AgencyPages(page);
  const stamp = Date.now();
  await signInAdministrator(page);

  await page.goto('/en/admin');
  await page.getByRole('link', { name: 'Agencies and staff' }).click();
  await expect(site.heading()).toHaveText('Agencies');
  await site.expectNoAxeViolations('agencies/en');

  await page.getByRole('link', { name: 'Add an agency' }).click();
  await expect(site.heading()).toHaveText('New agency');
  await site.expectNoAxeViolations('new agency/en');
  await agencies.save();
  await expect(page.getByRole('alert')).toContainText('Give the agency');
  await expect(page.getByLabel('Web address')).toHaveAttribute('aria-invalid', 'true');
  await site.expectNoAxeViolations('new agency with errors/en');

  await agencies.fill({
    'Name in Spanish': `Agencia de prueba ${stamp}`,
    'Name in English': `Test agency ${stamp}`,
    Acronym: 'ATP',
    'Web address': `test-agency-${stamp}`,
    'Level of government': 'State government',
    'E-mail address': 'contact@agency.gov.example',
    'Phone number': '+55 61 2020-3000',
    Website: 'https://agency.gov.example',
  });
  await agencies.chooseFirstPlace();
  await agencies.save();
  await expect(agencies.outcome()).toHaveText('The agency was created.');
  await expect(site.heading()).toHaveText('Edit the agency');
  await site.expectNoAxeViolations('edit agency/en');

  await page.getByRole('link', { name: 'Staff of the agency' }).click();
  await expect(site.heading()).toHaveText('Staff of the agency');
  await site.expectNoAxeViolations('staff/en');
  const link = await agencies.invite(`head-${stamp}@gov.example`, 'Agency administrator');
  await expect(agencies.outcome()).toContainText(`head-${stamp}@gov.example`);
  await site.expectNoAxeViolations('staff with an invitation/en');

  // The invited person, in a browser of their own.
  const theirs = await browser.newContext();
  const head = await theirs.newPage();
  await acceptInvitation(head, link, 'Agency Head');
  await head.goto('/en/admin/agencies');
  await expect(head.getByRole('table', { name: 'Agencies' })).toContainText(`Test agency ${stamp}`);
  await expect(head.getByRole('link', { name: 'Add an agency' })).toHaveCount(0);
  await head.getByRole('link', { name: 'Edit the agency' }).first().click();
  await expect(head.getByLabel('Web address')).toHaveCount(0);
  await head.getByLabel('Phone number').fill('156');
  await head.getByRole('button', { name: 'Save the agency' }).click();
  await expect(head.locator('#outcome')).toHaveText('The changes were saved.');
  await head.goto(new URL(page.url()).pathname);
  await expect(head.getByRole('table', { name: 'Members of the agency' })).toContainText('Agency Head');
  await theirs.close();
});

test('the agency and staff forms work without JavaScript', async ({ page, browser, context }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  await signInAdministrator(page);
  const noScript = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await context.storageState(),
  });
  const plain = await noScript.newPage();
  const agencies = new AgencyPages(plain);
  await plain.goto('/en/admin/agencies/new');
  await agencies.fill({ 'Name in Portuguese': `Órgão ${stamp}`, 'Web address': 'Not a slug' });
  await agencies.save();
  await expect(plain.locator('#f-slug-error')).toBeVisible();
  await expect(plain.getByLabel('Name in Portuguese')).toHaveValue(`Órgão ${stamp}`);
  await agencies.fill({ 'Web address': `orgao-${stamp}` });
  await agencies.chooseFirstPlace();
  await agencies.save();
  await expect(agencies.outcome()).toHaveText('The agency was created.');
  await plain.getByRole('link', { name: 'Staff of the agency' }).click();
  const link = await agencies.invite(`editor-${stamp}@gov.example`, 'Editor');
  expect(link).toMatch(/^\/en\/staff\/invitation\//);
  await plain.goto(new URL(plain.url()).pathname);
  await expect(plain.getByRole('table', { name: 'Invitations not accepted yet' })).toContainText(`editor-${stamp}@gov.example`);
  await noScript.close();

  // axe needs scripts of its own: the page's scripts are blocked instead.
  await page.route(/\.(m?js|wasm)(\?.*)?$/, (route) => route.abort());
  await page.goto('/en/admin/agencies/new');
  await new Site(page).expectNoAxeViolations('new agency without the page\'s scripts');
});

test('the agency pages speak Spanish and are not there for visitors', async ({ page, browser }) => {
  const visitor = await browser.newContext();
  const anonymous = await visitor.newPage();
  await anonymous.goto('/en/admin/agencies');
  await expect(anonymous).toHaveURL(/\/en\/staff\/sign-in$/);
  await visitor.close();

  test.setTimeout(120_000);
  await signInAdministrator(page);
  await page.goto('/es/admin/agencies');
  await expect(new Site(page).heading()).toHaveText('Organismos');
  await new Site(page).expectNoAxeViolations('agencies/es');
});

/** Accepts an invitation with JavaScript off: the account exists once the form is posted. */
async function acceptWithoutScript(browser, path, name) {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(path);
  await page.getByLabel('Your name, as your colleagues will see it').fill(name);
  await page.getByLabel('Password', { exact: true }).fill('seven long unrelated words here');
  await page.getByLabel('Type the password again').fill('seven long unrelated words here');
  await page.getByRole('button', { name: 'Accept the invitation' }).click();
  await expect(page).toHaveURL(/\/en\/account$/);
  await context.close();
}

/** Cancels an invitation and deactivates then reactivates an account on the staff page at
 * `path`, in `page` (with or without JavaScript); `check` runs axe where scripts run. */
async function cancelAndReactivate(page, browser, path, tag, check) {
  const agencies = new AgencyPages(page);
  await page.goto(path);
  const gone = `gone-${tag}@gov.example`;
  const link = await agencies.invite(gone, 'Editor');
  await page.goto(path);
  const invitations = page.getByRole('table', { name: 'Invitations not accepted yet' });
  const row = invitations.getByRole('row').filter({ hasText: gone });
  await expect(row).toContainText('Tools Admin');
  await check(`staff with a pending invitation (${tag})`);
  await page.getByRole('button', { name: `Cancel the invitation of ${gone}` }).click();
  await expect(agencies.outcome()).toHaveText('The invitation was cancelled: its link no longer works.');
  await expect(page.getByRole('row').filter({ hasText: gone })).toHaveCount(0);
  const visitor = await browser.newContext();
  const late = await visitor.newPage();
  await late.goto(link);
  await expect(late.getByRole('heading', { level: 1 })).toHaveText('This invitation link is not valid');
  await visitor.close();

  const name = `Back ${tag}`;
  await acceptWithoutScript(browser, await agencies.invite(`back-${tag}@gov.example`, 'Editor'), name);
  await page.goto(path);
  const members = page.getByRole('table', { name: 'Members of the agency' });
  const member = members.getByRole('row').filter({ hasText: name });
  await page.getByRole('button', { name: `Deactivate the account of ${name}` }).click();
  await expect(agencies.outcome()).toContainText('The account was deactivated');
  await expect(member).toContainText('Deactivated');
  await check(`staff with a deactivated account (${tag})`);
  await page.getByRole('button', { name: `Reactivate the account of ${name}` }).click();
  await expect(agencies.outcome()).toHaveText(
    'The account was reactivated: it can sign in again, with the roles it kept.',
  );
  await expect(member).toContainText('Active');
  await expect(page.getByRole('button', { name: `Deactivate the account of ${name}` })).toBeVisible();
  await check(`staff after a reactivation (${tag})`);
}

test('an administrator cancels an invitation and reactivates an account, with and without JavaScript', async ({
  page,
  browser,
  context,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const site = new Site(page);
  await signInAdministrator(page);
  await page.goto('/en/admin/agencies');
  await page.getByRole('link', { name: 'Staff of the agency' }).first().click();
  await expect(site.heading()).toHaveText('Staff of the agency');
  const path = new URL(page.url()).pathname;
  await cancelAndReactivate(page, browser, path, `js-${stamp}`, (name) => site.expectNoAxeViolations(name));

  const noScript = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await context.storageState(),
  });
  const plain = await noScript.newPage();
  await cancelAndReactivate(plain, browser, path, `plain-${stamp}`, async () => {});
  await noScript.close();
});
