// @ts-check
// Life events and topics, end to end: a platform administrator adds a life event (an empty
// form first comes back with its errors), renames it and sees the new name on its public page,
// finds which languages lack a name, deletes it, and cannot delete one that services use. With
// JavaScript off, a topic is added (a bad address first comes back beside its field) and
// deleted. The pages speak Spanish, send visitors to the sign-in and are not there for an
// editor. axe on every page.
const { test, expect } = require('@playwright/test');
const { Site } = require('./fixtures/pages');
const { signInAdministrator } = require('./fixtures/admin');
const { AgencyPages, acceptInvitation } = require('./fixtures/agencies');
const { TaxonomyPages } = require('./fixtures/taxonomy');

test('an administrator adds, renames and deletes a life event', async ({ page }) => {
  test.setTimeout(120_000);
  const site = new Site(page);
  const terms = new TaxonomyPages(page);
  const slug = `adopting-a-pet-${Date.now()}`;
  await signInAdministrator(page);

  await page.goto('/en/admin');
  await page.getByRole('link', { name: 'Life events and topics' }).click();
  await expect(site.heading()).toHaveText('Life events and topics');
  await expect(page.getByRole('heading', { name: 'Topics', level: 2 })).toBeVisible();
  await site.expectNoAxeViolations('taxonomy/en');

  await page.getByRole('link', { name: 'Add a life event or topic' }).click();
  await expect(site.heading()).toHaveText('New life event or topic');
  await site.expectNoAxeViolations('new term/en');
  await terms.save();
  await expect(page.getByRole('alert')).toContainText('Give the name in at least one language.');
  await expect(page.getByLabel('Web address')).toHaveAttribute('aria-invalid', 'true');
  await site.expectNoAxeViolations('new term with errors/en');

  await terms.fill({
    Kind: 'Life event',
    'Web address': slug,
    Order: '40',
    'Name in Spanish': 'Adoptar una mascota',
    'Name in English': 'Adopt a pet',
    'Description in English': 'Vaccines, microchips and registration.',
  });
  await terms.save();
  await expect(terms.outcome()).toHaveText('It was added.');
  await expect(site.heading()).toHaveText('Edit a life event or topic');
  await expect(page.getByLabel('Name in English')).toHaveValue('Adopt a pet');
  await site.expectNoAxeViolations('edit term/en');

  await terms.fill({ 'Name in English': 'Adopting a pet' });
  await terms.save();
  await expect(terms.outcome()).toHaveText('The changes were saved.');
  await page.goto(`/en/life-events/${slug}`);
  await expect(site.heading()).toHaveText('Adopting a pet');
  await expect(page.getByText('Vaccines, microchips and registration.')).toBeVisible();

  await page.goto('/en/admin/taxonomy');
  const row = terms.row(slug);
  await expect(row).toContainText('Adopting a pet');
  await expect(row).toContainText('Portuguese');
  await expect(row).toContainText('French');
  await expect(row).not.toContainText('English');
  await terms.open(slug);
  await terms.delete();
  await expect(terms.outcome()).toHaveText('It was deleted.');
  await expect(site.heading()).toHaveText('Life events and topics');
  await expect(terms.row(slug)).toHaveCount(0);

  // A life event services use: why it cannot be deleted, and no button to try.
  await terms.open('moving-to-the-country');
  await expect(page.getByText(/services? (is|are) classified under it, so it cannot be deleted/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Delete it' })).toHaveCount(0);
});

test('the taxonomy form works without JavaScript', async ({ page, browser, context }) => {
  test.setTimeout(120_000);
  const slug = `pets-${Date.now()}`;
  await signInAdministrator(page);
  const noScript = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await context.storageState(),
  });
  const plain = await noScript.newPage();
  const terms = new TaxonomyPages(plain);
  await plain.goto('/en/admin/taxonomy/new');
  await terms.fill({ Kind: 'Topic', 'Web address': 'Pets!', 'Name in Portuguese': 'Animais de estimação' });
  await terms.save();
  await expect(plain.locator('#f-slug-error')).toHaveText('Use lower-case letters, digits and hyphens only.');
  await expect(plain.getByLabel('Name in Portuguese')).toHaveValue('Animais de estimação');
  await expect(plain.getByLabel('Kind')).toHaveValue('topic');
  await terms.fill({ 'Web address': slug });
  await terms.save();
  await expect(terms.outcome()).toHaveText('It was added.');
  await terms.delete();
  await expect(terms.outcome()).toHaveText('It was deleted.');
  await noScript.close();

  // axe needs scripts of its own: the page's scripts are blocked instead.
  await page.route(/\.(m?js|wasm)(\?.*)?$/, (route) => route.abort());
  await page.goto('/en/admin/taxonomy');
  await new Site(page).expectNoAxeViolations('taxonomy without the page\'s scripts');
  await page.goto('/en/admin/taxonomy/new');
  await new Site(page).expectNoAxeViolations('new term without the page\'s scripts');
});

test('the taxonomy pages speak Spanish and are there only for platform administrators', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const visitor = await browser.newContext();
  const anonymous = await visitor.newPage();
  await anonymous.goto('/en/admin/taxonomy');
  await expect(anonymous).toHaveURL(/\/en\/staff\/sign-in$/);
  await visitor.close();

  await signInAdministrator(page);
  const site = new Site(page);
  await page.goto('/es/admin/taxonomy');
  await expect(site.heading()).toHaveText('Hechos vitales y temas');
  await site.expectNoAxeViolations('taxonomy/es');
  await page.getByRole('link', { name: 'Añadir un hecho vital o tema' }).click();
  await expect(site.heading()).toHaveText('Nuevo hecho vital o tema');
  await site.expectNoAxeViolations('new term/es');

  // An editor of an agency, invited by the administrator, in a browser of their own.
  await page.goto('/en/admin/agencies');
  await page.getByRole('link', { name: 'Staff of the agency' }).first().click();
  const link = await new AgencyPages(page).invite(`taxonomy-${Date.now()}@gov.example`, 'Editor');
  const theirs = await browser.newContext();
  const editor = await theirs.newPage();
  await acceptInvitation(editor, link, 'Taxonomy Editor');
  await editor.goto('/en/admin');
  await expect(editor.getByRole('link', { name: 'Services and their workflow' })).toBeVisible();
  await expect(editor.getByRole('link', { name: 'Life events and topics' })).toHaveCount(0);
  for (const path of ['/en/admin/taxonomy', '/en/admin/taxonomy/new']) {
    const response = await editor.goto(path);
    expect(response?.status(), path).toBe(404);
  }
  await theirs.close();
});
