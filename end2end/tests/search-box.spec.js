// @ts-check
// Journey: the search box suggests services while typing (ARIA combobox), and the results page
// narrows by filters, all GET forms.
const { test, expect } = require('@playwright/test');
const { Site } = require('./fixtures/pages');

test('typing offers services, arrows choose one, Enter opens it', async ({ page }) => {
  const site = new Site(page);
  await site.open('/pt/');
  const box = page.getByRole('combobox', { name: 'Buscar um serviço' });
  await expect(box).toHaveAttribute('aria-expanded', 'false');
  await box.pressSequentially('passapor', { delay: 30 });
  const listbox = page.getByRole('listbox', { name: 'Sugestões' });
  await expect(listbox).toBeVisible();
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  const options = listbox.getByRole('option');
  await expect(options.first()).toContainText(/passaporte/i);
  await site.expectNoAxeViolations('combobox open');
  await box.press('ArrowDown');
  const active = await box.getAttribute('aria-activedescendant');
  expect(active).toBe('site-search-option-0');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await box.press('Escape');
  await expect(listbox).toBeHidden();
  await box.press('ArrowDown');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/pt\/services\//);
});

test('Enter without choosing a suggestion searches the words typed', async ({ page }) => {
  const site = new Site(page);
  await site.open('/en/');
  const box = page.getByRole('combobox', { name: 'Search for a service' });
  await box.fill('aposentadoria');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/en\/search\?q=aposentadoria/);
  await expect(page.getByRole('status').filter({ hasText: 'services found' })).toBeVisible();
});

test('filters narrow the results and keep the words', async ({ page }) => {
  const site = new Site(page);
  await site.open('/es/search?q=carteira');
  await expect(page.locator('.results mark, .results b').first()).toBeVisible();
  await page.getByLabel('Situación de vida o tema').selectOption({ index: 1 });
  await page.getByRole('button', { name: 'Aplicar' }).click();
  await expect(page).toHaveURL(/q=carteira/);
  await expect(page).toHaveURL(/topic=/);
  await expect(page.getByRole('link', { name: 'Quitar filtros' })).toBeVisible();
});

test('a misspelled search offers the right spelling', async ({ page }) => {
  const site = new Site(page);
  await site.open('/pt/search?q=trabbalo');
  await expect(page.getByText('Você quis dizer:')).toBeVisible();
  await page.getByRole('link', { name: 'trabalho' }).click();
  await expect(page).toHaveURL(/q=trabalho/);
  await expect(site.results().first()).toBeVisible();
});
