// @ts-check
// The editorial pages, end to end: an administrator opens the agency home from the staff home,
// a service's workflow page (status, quality report, the steps offered), its versions and a
// comparison, and the audit log with a filter; axe on every page in English and Spanish. With
// JavaScript off, a workflow form (confirm verified) posts and comes back with its notice, and
// the audit log's GET form filters. The draft → review → publish journey needs a draft, which
// only the editor form (next slice) creates: server/tests/it/admin_services.rs walks it over HTTP.
const { test, expect } = require('@playwright/test');
const { Site } = require('./fixtures/pages');
const { signInAdministrator } = require('./fixtures/admin');

/** The first service of the agency home's list, opened: its workflow page's address. */
async function openFirstService(page) {
  await page.getByRole('table', { name: /All services|Todos los servicios/ }).getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 2, name: /Quality report|Informe de calidad/ })).toBeVisible();
  return new URL(page.url()).pathname;
}

test('an administrator reads the editorial pages', async ({ page }) => {
  test.setTimeout(120_000);
  const site = new Site(page);
  await signInAdministrator(page);

  await page.goto('/en/admin');
  await page.getByRole('link', { name: 'Services and their workflow' }).click();
  await expect(site.heading()).toHaveText('Services');
  await expect(page.getByRole('table', { name: 'Services by status' })).toBeVisible();
  await site.expectNoAxeViolations('agency home/en');

  const desk = await openFirstService(page);
  await expect(page.getByRole('heading', { name: 'What you can do' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Archive: no longer offered' })).toBeVisible();
  await site.expectNoAxeViolations('service workflow/en');

  await page.getByRole('link', { name: 'Versions and differences' }).click();
  await expect(site.heading()).toContainText('Versions');
  await site.expectNoAxeViolations('versions/en');
  await page.goto(`${desk}/versions/compare?from=1&to=1`);
  await expect(page.getByText('These versions have the same content.')).toBeVisible();
  await site.expectNoAxeViolations('compare/en');

  await page.goto('/en/admin/audit');
  await expect(site.heading()).toHaveText('Audit log');
  await page.getByLabel('Action').selectOption('staff.sign_in');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page).toHaveURL(/action=staff\.sign_in/);
  await expect(page.getByRole('table', { name: 'Events, newest first' })).toContainText('Signed in to the staff tools');
  await site.expectNoAxeViolations('audit log/en');
  await page.goto('/en/admin/audit?from=2026-13-01');
  await expect(page.getByRole('alert')).toContainText('YYYY-MM-DD');
});

test('the editorial pages speak Spanish', async ({ page }) => {
  test.setTimeout(120_000);
  const site = new Site(page);
  await signInAdministrator(page);
  await page.goto('/es/admin/services');
  await expect(site.heading()).toHaveText('Servicios');
  await site.expectNoAxeViolations('agency home/es');
  const desk = await openFirstService(page);
  await site.expectNoAxeViolations('service workflow/es');
  await page.goto(`${desk}/versions`);
  await expect(site.heading()).toContainText('Versiones');
  await site.expectNoAxeViolations('versions/es');
  await page.goto(`${desk}/versions/compare?from=1&to=1`);
  await site.expectNoAxeViolations('compare/es');
  await page.goto('/es/admin/audit');
  await expect(site.heading()).toHaveText('Registro de auditoría');
  await site.expectNoAxeViolations('audit log/es');
});

test('the workflow forms work without JavaScript', async ({ page, browser, context }) => {
  test.setTimeout(120_000);
  await signInAdministrator(page);
  await page.goto('/en/admin/services');
  const desk = await openFirstService(page);
  // The same session without JavaScript: the forms are plain posts answered with a redirect.
  const noScript = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await context.storageState(),
  });
  const plain = await noScript.newPage();
  await plain.goto(desk);
  await plain.getByRole('button', { name: 'Confirm the facts are still right' }).click();
  await expect(plain.locator('#outcome')).toContainText('Confirmed as verified today.');
  await plain.goto('/en/admin/audit');
  await plain.getByLabel('Action').selectOption('service.verify');
  await plain.getByRole('button', { name: 'Show' }).click();
  await expect(plain.getByRole('table', { name: 'Events, newest first' })).toContainText('Confirmed as verified');
  await noScript.close();

  // axe needs scripts of its own, so here the page's scripts are blocked instead: the same
  // page as people without JavaScript get it.
  await page.route(/\.(m?js|wasm)(\?.*)?$/, (route) => route.abort());
  await page.goto(desk);
  await new Site(page).expectNoAxeViolations('service workflow without the page\'s scripts');
});

test('the editorial pages are not there for visitors', async ({ page }) => {
  await page.goto('/en/admin/services');
  await expect(page).toHaveURL(/\/en\/staff\/sign-in$/);
  await page.goto('/en/admin/audit');
  await expect(page).toHaveURL(/\/en\/staff\/sign-in$/);
});
