// @ts-check
// Journey: read a service, switch language, stay on the same page, and be remembered.
const { test, expect } = require('@playwright/test');
const { Site, RICH_SERVICE } = require('./fixtures/pages');

test('switching language keeps the page and is remembered', async ({ page }) => {
  const site = new Site(page);
  await site.open(`/es/services/${RICH_SERVICE}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('note').first()).toContainText('Se muestra en portugués');
  await site.languageLink('Français').click();
  await expect(page).toHaveURL(`/fr/services/${RICH_SERVICE}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('heading', { name: 'Où et comment' }).first()).toBeVisible();
  await site.languageLink('Português').click();
  await expect(page).toHaveURL(`/pt/services/${RICH_SERVICE}`);
  await expect(page.locator('.notice.fallback')).toHaveCount(0);
  await site.open('/');
  await expect(page).toHaveURL(/\/pt\/$/);
});

test('the language switcher keeps the search', async ({ page }) => {
  const site = new Site(page);
  await site.open('/en/search?q=carteira+de+trabalho');
  await site.languageLink('Español').click();
  await expect(page).toHaveURL(/\/es\/search\?q=carteira\+de\+trabalho/);
  await expect(site.searchBox()).toHaveValue('carteira de trabalho');
});

test('islands hydrate: the copy-link button appears and announces the copy', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const site = new Site(page);
  await site.open(`/en/services/${RICH_SERVICE}`);
  const button = page.getByRole('button', { name: 'Copy link' });
  await expect(button).toBeVisible();
  await button.click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain(`/en/services/${RICH_SERVICE}`);
});
