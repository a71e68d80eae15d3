// @ts-check
// The service editor, end to end and without JavaScript: an administrator creates a draft from
// the agency home, fills the general facts, the texts, a step, a channel and the places served
// (found by name with the page's own button), each section a plain post answered with a
// redirect; previews it as citizens will see it, sends it for review and publishes it; its
// public page then answers. axe runs on every editor page. The page's own scripts are blocked
// with page.route, so the pages are what people without JavaScript get, while axe (which needs
// scripts of its own) still runs.
const { test, expect } = require('@playwright/test');
const { Site } = require('./fixtures/pages');
const { signInAdministrator } = require('./fixtures/admin');

test('an administrator writes, previews and publishes a new service without JavaScript', async ({ page }) => {
  test.setTimeout(180_000);
  const site = new Site(page);
  await signInAdministrator(page);
  await page.route(/\.(m?js|wasm)(\?.*)?$/, (route) => route.abort());
  const slug = `licencia-de-zorblax-${Date.now()}`;
  const save = () => page.getByRole('button', { name: 'Save this section' }).first().click();
  const saved = () => expect(page.locator('#outcome')).toContainText('Saved as a new version.');

  await page.goto('/en/admin/services');
  await page.getByRole('link', { name: 'New service' }).click();
  await expect(site.heading()).toHaveText('New service');
  await site.expectNoAxeViolations('new service/en');
  await page.getByLabel('Main language').selectOption('es');
  await page.getByLabel('Address').fill(slug);
  await page.getByLabel('Name').fill('Licencia de zorblax');
  await page.getByLabel('Summary').fill('Pida la licencia de zorblax en línea. Tarda diez minutos.');
  await page.getByRole('button', { name: 'Create the draft' }).click();
  await expect(page.locator('#outcome')).toContainText('The draft was created.');
  await expect(page.getByRole('heading', { level: 2, name: 'General facts' })).toBeVisible();
  await site.expectNoAxeViolations('editor: general/en');

  await page.getByLabel('Level of government').selectOption('national');
  await page.getByLabel('Can be done entirely online').check();
  await page.getByLabel('Start address (https://…)').fill('https://tramites.example.gov/zorblax');
  await page.getByLabel('Cost', { exact: true }).selectOption('free');
  await save();
  await saved();

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Texts' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Texts' })).toBeVisible();
  await page.getByLabel('Description').fill('La licencia permite tener un zorblax en casa.');
  await save();
  await saved();
  await expect(page.getByLabel('Description')).toHaveValue('La licencia permite tener un zorblax en casa.');
  await site.expectNoAxeViolations('editor: texts/en');
  await page.getByRole('navigation', { name: 'Content languages' }).getByRole('link', { name: /English/ }).click();
  await page.getByLabel('Name').fill('Zorblax licence');
  await page.getByLabel('Summary').fill('Ask for the zorblax licence online. It takes ten minutes.');
  await save();
  await saved();

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Steps' }).click();
  await page.getByRole('button', { name: 'Add a step' }).click();
  await page.getByLabel('Title').fill('Fill in the form.');
  await save();
  await saved();
  await site.expectNoAxeViolations('editor: steps/en');

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Channels and opening hours' }).click();
  await page.getByRole('button', { name: 'Add a channel' }).click();
  await page.getByLabel('Web address').fill('https://tramites.example.gov/zorblax');
  await save();
  await saved();
  await site.expectNoAxeViolations('editor: channels/en');

  // Places served: found by name with the page's own button, checked, saved.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Places served' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Places served' })).toBeVisible();
  await expect(page.getByText('No place chosen yet')).toBeVisible();
  await page.getByLabel('Name of the place').fill('Brasil');
  await page.getByRole('button', { name: 'Find places' }).click();
  await expect(page.getByRole('group', { name: 'Places found' })).toBeVisible();
  await site.expectNoAxeViolations('editor: places found/en');
  await page.getByRole('group', { name: 'Places found' }).getByLabel('Brasil').check();
  await save();
  await saved();
  await expect(page.getByRole('group', { name: 'Places served' }).getByLabel('Brasil')).toBeChecked();
  await site.expectNoAxeViolations('editor: places/en');

  await page.getByRole('link', { name: 'Preview as citizens will see it' }).click();
  await expect(page.locator('#preview-banner')).toContainText('Preview — not published.');
  await expect(site.heading()).toContainText('Zorblax licence');
  await site.expectNoAxeViolations('preview/en');

  await page.getByRole('link', { name: 'Back to the editor' }).click();
  await page.getByRole('link', { name: 'Workflow and quality' }).click();
  await page.getByRole('button', { name: 'Send for review' }).click();
  await expect(page.locator('#outcome')).toContainText('Sent for review.');
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.locator('#outcome')).toContainText('Published: citizens see it now.');
  const response = await page.goto(`/es/services/${slug}`);
  expect(response?.status()).toBe(200);
  await expect(site.heading()).toContainText('Licencia de zorblax');
});

test('a field the editor got wrong comes back beside it, with the text kept', async ({ page }) => {
  test.setTimeout(120_000);
  const site = new Site(page);
  await signInAdministrator(page);
  await page.route(/\.(m?js|wasm)(\?.*)?$/, (route) => route.abort());
  await page.goto('/en/admin/services/new');
  await page.getByLabel('Address').fill('Not A Slug');
  await page.getByLabel('Summary').fill('A summary typed before the mistake.');
  await page.getByRole('button', { name: 'Create the draft' }).click();
  await expect(page.getByRole('alert')).toContainText('There is a problem');
  await expect(page.getByLabel('Summary')).toHaveValue('A summary typed before the mistake.');
  await expect(page.getByLabel('Name')).toHaveAttribute('aria-invalid', 'true');
  await site.expectNoAxeViolations('new service with errors/en');
});
