// @ts-check
// Ratings and "Is this page useful?": a citizen signs up with a passkey (Chromium's virtual
// authenticator), rates a service, changes the rating and sees the average on the page and in
// search results; a visitor with JavaScript disabled says a page was not useful and why. axe
// checks the page in each state.
const { test, expect } = require('@playwright/test');
const { Site, RICH_SERVICE } = require('./fixtures/pages');
const { Devices, AccountPages } = require('./fixtures/accounts');

const SERVICE_PAGE = `/en/services/${RICH_SERVICE}`;

/** The ratings section of the service page. */
function ratings(page) {
  return page.getByRole('region', { name: 'Ratings' });
}

test('a citizen rates a service, changes the rating and sees the average', async ({ page }) => {
  const site = new Site(page);
  const account = new AccountPages(page);
  const devices = new Devices(page);
  await devices.add();

  // Signed out, the section says how to rate instead of showing a form.
  await page.goto(SERVICE_PAGE);
  await expect(ratings(page).getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(ratings(page).getByRole('button', { name: 'Save my rating' })).toHaveCount(0);

  await account.signUp();
  await page.goto(SERVICE_PAGE);
  const section = ratings(page);
  await expect(section.getByText('Nobody has rated this service yet.')).toBeVisible();
  const stars = section.getByRole('group', { name: 'Your rating' });
  await stars.getByLabel('4 stars: good').check();
  await section.getByLabel('What does your rating mostly reflect? (optional)').selectOption('ease');
  await section.getByRole('button', { name: 'Save my rating' }).click();

  await expect(page).toHaveURL(/done=rating-done-saved#rating$/);
  await expect(section.getByRole('status')).toHaveText('Thank you: your rating has been saved.');
  await expect(section.getByText('Average 4.0 out of 5, from one rating.')).toBeVisible();
  await expect(section.getByText('You rated this service 4 stars, mostly for: Ease of use.')).toBeVisible();
  // The distribution reads as text: the row for 4 stars says one rating, 100%.
  const fourStars = section.getByRole('row', { name: /^4 stars/ });
  await expect(fourStars.getByRole('cell').first()).toHaveText('1');
  await expect(fourStars).toContainText('100%');
  await site.expectNoAxeViolations('service page with a rating');

  // Changing the rating replaces it: the form starts from the rating given.
  const change = section.getByRole('group', { name: 'Change your rating' });
  await expect(change.getByLabel('4 stars: good')).toBeChecked();
  await change.getByLabel('2 stars: bad').check();
  await section.getByLabel('What does your rating mostly reflect? (optional)').selectOption('');
  await section.getByRole('button', { name: 'Change my rating' }).click();
  await expect(section.getByRole('status')).toHaveText('Your rating has been changed.');
  await expect(section.getByText('Average 2.0 out of 5, from one rating.')).toBeVisible();
  await expect(section.getByText('You rated this service 2 stars.')).toBeVisible();
  await expect(section.getByRole('row', { name: /^4 stars/ }).getByRole('cell').first()).toHaveText('0');
  await site.expectNoAxeViolations('service page with a changed rating');

  // Search results show each hit's average and count, in the reader's language.
  await site.open('/es/search?q=residencia+migratorio');
  const hit = site.results().filter({ has: page.getByRole('link', { name: /Carteira de Registro Migratório/ }) });
  await expect(hit.first()).toContainText('2,0 sobre 5 (una calificación)');
  await site.expectNoAxeViolations('search results with ratings');

  // Share links are plain links to the apps, with this page's address.
  await page.goto(SERVICE_PAGE);
  const share = page.getByRole('region', { name: 'Share this service' });
  await expect(share.getByRole('link', { name: 'Share on WhatsApp' })).toHaveAttribute('href', /^https:\/\/wa\.me\/\?text=/);
  await expect(share.getByRole('link', { name: 'Send by SMS' })).toHaveAttribute('href', /^sms:\?&body=/);
  await expect(share.getByRole('link', { name: 'Send by e-mail' })).toHaveAttribute('href', /^mailto:\?subject=/);
  await expect(share.getByRole('button', { name: 'Copy link' })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a visitor says a page is not useful and what went wrong', async ({ page }) => {
    await page.goto(SERVICE_PAGE);
    const feedback = page.getByRole('region', { name: 'Is this page useful?' });
    await feedback.getByRole('button', { name: 'No', exact: true }).click();

    await expect(page).toHaveURL(/done=useful-done-no&ticket=[A-Za-z0-9_-]+#feedback$/);
    await expect(feedback.getByRole('status')).toContainText('Thank you for your feedback.');
    const why = feedback.getByRole('group', { name: 'What went wrong? (optional)' });
    await why.getByLabel('It is hard to understand').check();
    await feedback.getByLabel('Tell us more (optional)').fill('Too many acronyms in the steps.');
    await feedback.getByRole('button', { name: 'Send' }).click();

    await expect(page).toHaveURL(/done=useful-done-details#feedback$/);
    await expect(feedback.getByRole('status')).toHaveText('Thank you: your comments will help improve this page.');
    await expect(feedback.getByRole('button', { name: 'No', exact: true })).toHaveCount(0);

    // A rating needs an account: the form is not there, only the way to sign in.
    await expect(ratings(page).getByRole('link', { name: 'Sign in' })).toBeVisible();
    // The share links work without scripts; copying needs them, so it stays hidden.
    await expect(page.getByRole('link', { name: 'Send by SMS' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
  });
});

// axe needs scripts of its own, so the page's scripts are blocked instead: the same forms and
// the same pages as people without JavaScript get them.
test('the feedback forms are axe-clean without the page\'s scripts', async ({ page }) => {
  await page.route(/\.(m?js|wasm)(\?.*)?$/, (route) => route.abort());
  const site = new Site(page);
  await page.goto(SERVICE_PAGE);
  await site.expectNoAxeViolations('the question, without scripts');
  const feedback = page.getByRole('region', { name: 'Is this page useful?' });
  await feedback.getByRole('button', { name: 'No', exact: true }).click();
  await expect(feedback.getByRole('group', { name: 'What went wrong? (optional)' })).toBeVisible();
  await site.expectNoAxeViolations('what went wrong, without scripts');
  await feedback.getByRole('button', { name: 'Send' }).click();
  await expect(feedback.getByRole('status')).toHaveText('Thank you: your comments will help improve this page.');
  await site.expectNoAxeViolations('thanks, without scripts');
});
