// @ts-check
// Journey without JavaScript: search, read a service, switch language, browse an agency.
const { test, expect } = require('@playwright/test');
const { Site, RICH_SERVICE, AGENCY } = require('./fixtures/pages');

test('a service can be found and read with JavaScript off', async ({ page }) => {
  const site = new Site(page);
  await site.open('/es/');
  await site.search('residencia migratorio');
  await page.getByRole('link', { name: /Carteira de Registro Migratório/ }).first().click();
  await expect(page).toHaveURL(`/es/services/${RICH_SERVICE}`);
  await expect(site.heading()).toContainText('Obter autorização de residência');
  for (const section of ['Quién puede solicitarlo', 'Pasos', 'Documentos necesarios']) {
    await expect(page.getByRole('heading', { name: section }).first()).toBeVisible();
  }
  await expect(page.getByRole('button', { name: 'Copiar enlace' })).toBeHidden();
});

test('language switch and agency page work with JavaScript off', async ({ page }) => {
  const site = new Site(page);
  await site.open(`/pt/services/${RICH_SERVICE}`);
  await site.languageLink('English').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('navigation', { name: 'You are here' }).getByRole('link', { name: /Ministério da Justiça/ }).click();
  await expect(page).toHaveURL(`/en/agencies/${AGENCY}`);
  await expect(page.getByRole('heading', { name: 'Services of this agency' })).toBeVisible();
  const next = page.getByRole('link', { name: 'Next page' });
  if (await next.count()) {
    await next.click();
    await expect(page).toHaveURL(/page=2/);
  }
});
