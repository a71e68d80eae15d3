// @ts-check
// Accounts without JavaScript: the passkey pages say what still works, a passkey form sent
// anyway says why it cannot go on, and the recovery form answers in the reader's language.
const { test, expect } = require('@playwright/test');

test('the sign-in page explains that passkeys need JavaScript', async ({ page }) => {
  await page.goto('/es/account/sign-in');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Iniciar sesión');
  const notice = page.locator('[data-passkey-unsupported]');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('JavaScript');
  await expect(page.locator('.site-header').getByRole('link', { name: 'Iniciar sesión', exact: true })).toBeVisible();
});

test('a passkey form sent without JavaScript says the step needs it', async ({ page }) => {
  await page.goto('/fr/account/sign-in');
  await page.getByRole('button', { name: 'Se connecter avec une clé d’accès' }).click();
  await expect(page).toHaveURL(/\/fr\/account\/sign-in\?error=/);
  await expect(page.getByRole('alert')).toHaveText(
    'Cette étape demande un navigateur avec JavaScript qui prend en charge les clés d’accès.',
  );
});

test('a wrong recovery code is refused in the reader’s language', async ({ page }) => {
  await page.goto('/es/account/sign-in');
  await page.getByRole('link', { name: '¿Perdió su llave de acceso? Use un código de recuperación' }).click();
  await expect(page).toHaveURL('/es/account/recover');
  await page.getByLabel('Código de recuperación').fill('AAAA-BBBB-CCCC-DDDD');
  await page.getByRole('button', { name: 'Iniciar sesión con este código' }).click();
  await expect(page).toHaveURL(/\/es\/account\/recover\?error=/);
  // A fresh database answers "not right"; a busy one may already be rate limited.
  await expect(page.getByRole('alert')).toHaveText(
    /lo que escribió no es correcto|Demasiados intentos/,
  );
});
