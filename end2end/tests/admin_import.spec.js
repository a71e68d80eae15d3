// @ts-check
// Importing into an agency from the panel, end to end: an administrator opens the import form
// from the agency's services page, uploads a CSV template with a bad row, reads the dry run
// (what would be created, and the rejected row with its reason), is refused a real run while a
// row is invalid, then imports the valid rows and reads the summary; axe on every page. The
// same journey with JavaScript disabled: the upload is a plain multipart form.
const { test, expect } = require('@playwright/test');
const { Site } = require('./fixtures/pages');
const { signInAdministrator } = require('./fixtures/admin');

const HEADER = 'source_id,language,name,summary,agency_id,agency_name,level,country_code,country_name,steps,channels';

/** A CSV with two valid rows and one whose level is unknown; ids unique to this run. */
function csvFile(tag) {
  const rows = [
    `${tag}-1,es,Licencia de prueba ${tag},Pida la licencia en línea.,e2e,Organismo de prueba,national,ES,España,Rellene el formulario.,web:https://example.es/${tag}`,
    `${tag}-2,es,Registro de prueba ${tag},Inscríbase en línea.,e2e,Organismo de prueba,national,ES,España,Rellene el formulario.,phone:010`,
    `${tag}-3,es,Servicio mal ${tag},,e2e,Organismo de prueba,federal,ES,España,,`,
  ];
  return { name: 'services.csv', mimeType: 'text/csv', buffer: Buffer.from([HEADER, ...rows].join('\n') + '\n') };
}

/** The import form's address of the first agency the services page offers. */
async function importAddress(page) {
  await page.goto('/en/admin/services');
  const agency = await page.getByLabel('Agency').locator('option').nth(1).getAttribute('value');
  await page.goto(`/en/admin/services?agency=${agency}`);
  await page.getByRole('link', { name: 'Import services from a file' }).click();
  await expect(page).toHaveURL(new RegExp(`/en/admin/agencies/${agency}/import$`));
  return new URL(page.url()).pathname;
}

/** Upload, dry run, a refused real run, then the valid rows: on any page, scripts or not. */
async function importJourney(page, tag, axe) {
  const site = new Site(page);
  await expect(site.heading()).toHaveText('Import services');
  if (axe) await site.expectNoAxeViolations('import form/en');
  await page.getByLabel('CSV template').check();
  await page.getByLabel('File', { exact: true }).setInputFiles(csvFile(tag));
  await page.getByRole('button', { name: 'Check the file' }).click();

  await expect(site.heading()).toHaveText('Check the import');
  const planned = page.getByRole('table', { name: 'Services' });
  await expect(planned).toContainText(`Licencia de prueba ${tag}`);
  await expect(planned).toContainText('New draft');
  const rejected = page.getByRole('table', { name: 'Rejected rows' });
  await expect(rejected).toContainText(`${tag}-3`);
  await expect(rejected).toContainText('The level is not national, state or municipal.');
  if (axe) await site.expectNoAxeViolations('import dry run/en');

  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Nothing was imported');

  await page.getByLabel('Import the valid rows').check();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(site.heading()).toHaveText('Import finished');
  await expect(page.locator('#outcome')).toContainText('2 services created');
  if (axe) await site.expectNoAxeViolations('import summary/en');
}

test('an administrator imports the valid rows of a CSV file', async ({ page }) => {
  test.setTimeout(120_000);
  await signInAdministrator(page);
  await importAddress(page);
  await importJourney(page, `e2e${Date.now()}`, true);
});

test('the import works without JavaScript', async ({ page, browser, context }) => {
  test.setTimeout(120_000);
  await signInAdministrator(page);
  const form = await importAddress(page);
  const noScript = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await context.storageState(),
  });
  const plain = await noScript.newPage();
  await plain.goto(form);
  await importJourney(plain, `nojs${Date.now()}`, false);
  await noScript.close();

  // axe needs scripts of its own: the page's scripts are blocked instead.
  await page.route(/\.(m?js|wasm)(\?.*)?$/, (route) => route.abort());
  await page.goto(form);
  await new Site(page).expectNoAxeViolations('import form without the page\'s scripts');
});

test('the import form is not there for visitors', async ({ page }) => {
  await page.goto('/en/admin/agencies/1/import');
  await expect(page).toHaveURL(/\/en\/staff\/sign-in$/);
});
