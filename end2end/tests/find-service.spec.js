// @ts-check
// Journey: from the home page, find a service by the words people type, and read it.
const { test, expect } = require('@playwright/test');
const { Site } = require('./fixtures/pages');

test('a citizen finds the passport service from the home page', async ({ page }) => {
  const site = new Site(page);
  await site.open('/pt/');
  await expect(site.heading()).toHaveText('Encontre um serviço público');
  await site.search('passaporte');
  await expect(page.locator('.result-count')).toContainText('serviços encontrados');
  const first = site.results().first();
  await expect(first).toContainText(/passaporte/i);
  await first.getByRole('link').click();
  await expect(page).toHaveURL(/\/pt\/services\//);
  await expect(site.heading()).toContainText(/passaporte/i);
  await expect(page.getByText('Custo', { exact: true })).toBeVisible();
});

test('searching without accents finds accented services, and levels narrow the list', async ({ page }) => {
  const site = new Site(page);
  await site.open('/es/');
  await site.search('aposentadoria invalidez');
  await expect(site.results().first()).toContainText(/Aposenta/);
  await page.getByLabel('Nivel de gobierno').selectOption('national');
  await page.getByRole('button', { name: 'Aplicar' }).click();
  await expect(page).toHaveURL(/level=national/);
  await expect(site.results().first()).toContainText(/Aposenta/);
});

test('a life event leads to its services', async ({ page }) => {
  const site = new Site(page);
  await site.open('/en/');
  await page.getByRole('link', { name: 'Retiring' }).click();
  await expect(site.heading()).toHaveText('Retiring');
  await expect(site.results().first()).toBeVisible();
});
