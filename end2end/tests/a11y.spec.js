// @ts-check
// axe (WCAG 2.2 AA) on every page type in every language, with the islands loaded and with
// scripts blocked (the page as people without JavaScript get it).
const { test, expect } = require('@playwright/test');
const { Site, LOCALES, RICH_SERVICE, AGENCY } = require('./fixtures/pages');

const PAGES = [
  ['home', (l) => `/${l}/`, 200],
  ['search', (l) => `/${l}/search?q=carteira`, 200],
  ['search with filters', (l) => `/${l}/search?q=carteira&level=national&online=1`, 200],
  ['place', (l) => `/${l}/place?q=sao`, 200],
  ['service', (l) => `/${l}/services/${RICH_SERVICE}`, 200],
  ['agency', (l) => `/${l}/agencies/${AGENCY}`, 200],
  ['life event', (l) => `/${l}/life-events/retiring`, 200],
  ['404', (l) => `/${l}/services/no-such-service`, 404],
  ['400', (l) => `/${l}/search?q=%zz`, 400],
  ['sign in', (l) => `/${l}/account/sign-in`, 200],
  ['sign up', (l) => `/${l}/account/sign-up`, 200],
  ['account (signed out)', (l) => `/${l}/account`, 200],
  ['recovery code', (l) => `/${l}/account/recover?error=auth-error-invalid-credentials`, 200],
  ['staff sign in', (l) => `/${l}/staff/sign-in`, 200],
  ['invalid staff invitation', (l) => `/${l}/staff/invitation/no-such-invitation`, 404],
];

for (const locale of LOCALES) {
  for (const [name, path, status] of PAGES) {
    test(`axe: ${name} in ${locale}`, async ({ page }) => {
      const site = new Site(page);
      const response = await site.open(path(locale));
      expect(response?.status()).toBe(status);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await site.expectNoAxeViolations(`${name}/${locale}`);
    });
  }
}

for (const [name, path, status] of PAGES) {
  test(`axe without scripts: ${name}`, async ({ page }) => {
    await page.route(/\.(m?js|wasm)(\?.*)?$/, (route) => route.abort());
    const site = new Site(page);
    const response = await site.open(path('pt'));
    expect(response?.status()).toBe(status);
    await site.expectNoAxeViolations(`${name} without scripts`);
  });
}
