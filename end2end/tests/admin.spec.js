// @ts-check
// Staff tools, end to end: an administrator opens the staff home from the header, types as a
// phone in the SMS simulator (a search, then "1") and sees each part with its encoding and size,
// then the SMS statistics; axe on every page in English and Portuguese; the simulator's form
// also works with JavaScript off.
const { test, expect } = require('@playwright/test');
const { Site } = require('./fixtures/pages');
const { signInAdministrator, Simulator } = require('./fixtures/admin');

// Three tests, each with its own administrator and page: one long page session running many
// axe passes was the slowest test of the suite on a busy machine.
test('an administrator uses the staff tools', async ({ page }) => {
  test.setTimeout(120_000);
  const site = new Site(page);
  await signInAdministrator(page);

  await page.locator('.site-header').getByRole('link', { name: 'Staff tools' }).click();
  await expect(site.heading()).toHaveText('Staff tools');
  await site.expectNoAxeViolations('admin home/en');
  await page.getByRole('link', { name: 'SMS simulator' }).click();
  await expect(site.heading()).toHaveText('SMS simulator');
  await site.expectNoAxeViolations('simulator/en');

  const simulator = new Simulator(page);
  await simulator.send('carteira de trabalho');
  await expect(simulator.reply()).toContainText(/parts? in GSM-7/);
  await expect(simulator.parts().first()).toContainText(/of 1(60|53) characters \(septets\)/);
  await expect(simulator.reply()).toContainText('1)');
  await simulator.send('1');
  await expect(page.locator('.sms-transcript > li')).toHaveCount(2);
  await expect(simulator.parts().first()).toContainText('Part 1 (GSM-7)');
  await site.expectNoAxeViolations('simulator with a conversation/en');

  await page.goto('/en/admin');
  await page.getByRole('link', { name: 'SMS statistics' }).click();
  await expect(site.heading()).toHaveText('SMS statistics');
  await expect(page.getByRole('img', { name: 'Messages per day' })).toBeVisible();
  await expect(page.getByRole('table').first()).toBeVisible();
  await site.expectNoAxeViolations('sms stats/en');
  await page.goto('/en/admin/sms/stats?from=2026-13-01');
  await expect(page.getByRole('alert')).toContainText('YYYY-MM-DD');
});

test('the staff tools speak Portuguese', async ({ page }) => {
  test.setTimeout(120_000);
  const site = new Site(page);
  await signInAdministrator(page);
  await page.goto('/pt/admin/sms/simulator');
  await expect(site.heading()).toHaveText('Simulador de SMS');
  await site.expectNoAxeViolations('simulator/pt');
  await page.goto('/pt/admin');
  await site.expectNoAxeViolations('admin home/pt');
  await page.goto('/pt/admin/sms/stats');
  await expect(site.heading()).toHaveText('Estatísticas de SMS');
  await site.expectNoAxeViolations('sms stats/pt');
});

test('the simulator works without JavaScript', async ({ page, browser, context }) => {
  test.setTimeout(120_000);
  await signInAdministrator(page);
  // The same session without JavaScript: the form is a plain post answered with a redirect.
  const noScript = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await context.storageState(),
  });
  const plain = await noScript.newPage();
  await plain.goto('/en/admin/sms/simulator');
  const plainSimulator = new Simulator(plain);
  await plainSimulator.send('AJUDA');
  await expect(plainSimulator.reply()).toContainText('GSM-7');
  await expect(plain.locator('.sms-transcript > li')).toHaveCount(1);
  await plain.getByRole('button', { name: 'Start over' }).click();
  await expect(plain.getByText('Nothing sent yet.')).toBeVisible();
  await noScript.close();

  // axe needs scripts of its own, so here the page's scripts are blocked instead: the same
  // page as people without JavaScript get it.
  await page.route(/\.(m?js|wasm)(\?.*)?$/, (route) => route.abort());
  await page.goto('/en/admin/sms/simulator');
  await new Simulator(page).send('AJUDA');
  await new Site(page).expectNoAxeViolations('simulator without the page\'s scripts');
});

test('the staff tools are not there for visitors', async ({ page }) => {
  await page.goto('/en/admin/sms/simulator');
  await expect(page).toHaveURL(/\/en\/staff\/sign-in$/);
});
