// @ts-check
// The public performance pages, for the whole catalogue and for one agency, in every language:
// each chart is an image named by its title with its data in a table, the CSV is linked, and
// axe finds nothing.
const { test, expect } = require('@playwright/test');
const { Site, LOCALES, AGENCY } = require('./fixtures/pages');

test('performance pages are public, charted with tables, and accessible', async ({ page }) => {
  const site = new Site(page);
  for (const locale of LOCALES) {
    for (const path of [`/${locale}/performance`, `/${locale}/agencies/${AGENCY}/performance`]) {
      const response = await site.open(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator('svg[role="img"]').first()).toBeVisible();
      expect(await page.locator('svg[role="img"]').count()).toBe(await page.locator('table.chart-data').count());
      await expect(page.locator(`a[href="${path}.csv"]`)).toBeVisible();
      await site.expectNoAxeViolations(path);
    }
  }
  await page.goto('/en/');
  await page.getByRole('link', { name: 'How we are doing: satisfaction and answers' }).click();
  await expect(site.heading()).toHaveText('How we are doing');
  await page.goto(`/en/agencies/${AGENCY}`);
  await page.getByRole('link', { name: 'How this agency is doing: satisfaction and answers' }).click();
  await expect(page).toHaveURL(new RegExp(`/en/agencies/${AGENCY}/performance$`));
  const csv = await page.request.get(`/en/agencies/${AGENCY}/performance.csv`);
  expect(csv.status()).toBe(200);
  expect((await csv.text()).split('\n')[0]).toBe('figure,period,value');
  const missing = await page.goto('/en/agencies/no-such-agency/performance');
  expect(missing?.status()).toBe(404);
});
