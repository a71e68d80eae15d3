## Accounts: signing in with a passkey, the account page, recovery codes, staff sign-in.
## The messages under "Outcomes" are shown after a form is sent (?error=… or ?done=…).

account-nav-sign-in = Sign in
account-nav-account = Your account

## What a passkey is, and what works without one.
auth-passkey-what = A passkey lets you sign in with your phone’s or computer’s screen lock: your fingerprint, your face or your PIN. There is no password to remember and nothing to type. A passkey works only on this site, so a fake site cannot trick you into handing it over.
auth-unsupported-notice = Passkeys need a browser with JavaScript that supports them. Without an account you can still read and search every service, tell us whether a page was useful, and ask by SMS.
auth-status-waiting = Waiting for your passkey: follow what your phone or computer asks.
auth-status-failed = The passkey check was cancelled or did not work. Please try again.

## Signing in and creating an account.
account-sign-in-title = Sign in
account-sign-in-intro = Sign in to rate services and comment on them.
account-sign-in-button = Sign in with a passkey
account-sign-in-no-account = No account yet? Create one
account-sign-in-lost = Lost your passkey? Use a recovery code
account-sign-in-staff = Agency staff: sign in with your e-mail address and password
account-already-signed-in = You are already signed in.
account-go-to-account = Go to your account
account-sign-up-title = Create an account
account-sign-up-why = With an account you can rate services and comment on them. We do not ask for your e-mail address or your name.
account-sign-up-name-label = Name shown with your comments (optional)
account-sign-up-name-hint = Up to 60 characters. Leave it empty to comment without a name.
account-sign-up-button = Create a passkey
account-sign-up-have-account = Already have an account? Sign in

## The account page.
account-title = Your account
account-signed-out = You are not signed in.
account-signed-out-sign-in = Sign in
account-signed-out-sign-up = Create an account
account-signed-in-as = Signed in as { $name }
account-signed-in-anonymous = You are signed in. Your account has no name, so your comments are shown without one.
account-staff = This is a staff account.
account-sign-out = Sign out
account-unavailable = This page cannot be shown right now. Please try again in a few minutes.
account-needs-passkey = You signed in without a passkey. Add one now, so you can sign in next time.
account-needs-passkey-link = Add a passkey
account-new-codes-title = Your recovery codes
account-new-codes-intro = Write these codes down or print this page, and keep them somewhere safe: they are shown only this once. If you lose your passkeys, each code lets you in one time.
account-passkeys-title = Your passkeys
account-passkeys-intro = Each passkey is kept on one phone or computer. Add one on every device you sign in from.
account-passkeys-none = This account has no passkey yet.
account-passkey-created = Created on { $date }
account-passkey-last-used = Last used on { $date }
account-passkey-never-used = Not used yet
account-passkey-rename-label = New name for “{ $name }”
account-passkey-rename-button = Rename
account-passkey-remove-button = Remove “{ $name }”
account-add-title = Add a passkey
account-add-intro = For example on your other phone or computer, so you can still sign in if you lose one of them.
account-add-name-label = Name of the new passkey (optional)
account-add-name-hint = For example “My phone”. Up to 60 characters.
account-add-button = Add a passkey
account-verify-title = Confirm it’s you
account-verify-intro = Removing a passkey, making new recovery codes and deleting your account need a passkey check in the last 5 minutes.
account-verify-button = Confirm with a passkey
account-codes-title = Recovery codes
account-codes-unused = { $count ->
    [0] You have no unused recovery codes.
    [one] You have one unused recovery code.
   *[other] You have { $n } unused recovery codes.
}
account-codes-intro = If you lose your passkeys, a recovery code lets you sign in once, so you can add a new passkey. When you make new codes, the old ones stop working.
account-codes-button = Make new recovery codes
account-delete-title = Delete your account
account-delete-intro = Deleting your account removes your passkeys, your recovery codes and every session where you are signed in. It cannot be undone.
account-delete-content = Your ratings and comments stay on the site, but nothing links them to you any more: they are shown as from “a former user”.
account-delete-confirm = I understand: delete my account
account-delete-button = Delete my account

## Signing in with a recovery code.
account-recover-title = Use a recovery code
account-recover-intro = Lost the phone or computer that holds your passkey? Sign in with one of the recovery codes you wrote down. Each code works only once.
account-recover-next = After signing in with a code, you must add a new passkey on this device.
account-recover-label = Recovery code
account-recover-hint = Type it as you wrote it down. Capital letters, spaces and dashes do not matter.
account-recover-button = Sign in with this code
account-recover-none = Without a passkey or a recovery code there is no way back into an account.
account-recover-sign-up = You can create a new one.

## Agency staff.
staff-sign-in-title = Staff sign-in
staff-sign-in-intro = For people who keep the catalogue up to date at an agency. Type your e-mail address and password, then confirm with your passkey.
staff-sign-in-shortcut = If your passkey is on this device, you can also just use “Sign in with a passkey” on the { $link }.
staff-sign-in-shortcut-link = usual sign-in page
staff-email-label = E-mail address
staff-password-label = Password
staff-sign-in-button = Continue with a passkey
staff-invitation-title = Join as agency staff
staff-invitation-intro = You have been invited to help keep the catalogue up to date. Choose your name and a password to accept.
staff-invitation-invalid-title = This invitation link is not valid
staff-invitation-invalid = It was already used or has expired. Ask the person who invited you for a new one.
staff-invitation-email = E-mail address
staff-invitation-role = Role
staff-invitation-agency = Agency
staff-role-platform-admin = Platform administrator
staff-role-agency-admin = Agency administrator
staff-role-publisher = Publisher
staff-role-editor = Editor
staff-invitation-name-label = Your name, as your colleagues will see it
staff-invitation-password-label = Password
staff-invitation-password-hint = At least 12 characters, and not a common password. A few unrelated words make a good one.
staff-invitation-confirm-label = Type the password again
staff-invitation-passkey-next = Right after, you will register a passkey on this device: staff sign in with both the password and a passkey.
staff-invitation-button = Accept the invitation

## Outcomes: what went wrong…
auth-error-rejected = The passkey check failed or took too long. Please try again.
auth-error-invalid-credentials = That did not work: what you typed is not right. Check it and try again.
auth-error-locked = Too many wrong attempts. For your safety, try again in 10 minutes.
auth-error-rate-limited = Too many attempts in a short time. Wait a moment and try again.
auth-error-needs-verification = First confirm it’s you with your passkey, then try again.
auth-error-last-passkey = You cannot remove your only passkey unless you have unused recovery codes.
auth-error-needs-javascript = This step needs a browser with JavaScript that supports passkeys.
auth-error-signed-out = You are not signed in, or your session has ended. Please sign in again.
auth-error-forbidden = You are not allowed to do that.
auth-error-invitation = This invitation link is not valid: it was already used or has expired. Ask for a new one.
auth-error-unsupported = This browser cannot use passkeys. Try another browser or device.
account-error-name-too-long = Names can have at most 60 characters.
account-error-name-invalid = That name has characters that cannot be used. Use letters, numbers, spaces and punctuation.
account-error-name-empty = Type a name.
account-error-code-empty = Type one of your recovery codes.
account-error-confirm-delete = To delete your account, tick the box that says you understand.
account-error-unknown-passkey = That passkey is no longer in your account.
staff-error-email = That e-mail address is not valid.
staff-error-email-taken = There is already an account with that e-mail address.
staff-error-role-agency = Choose an agency for an agency role, and none for a platform administrator.
staff-error-name = Type your name, with at most 60 characters.
staff-error-password-short = The password must have at least 12 characters.
staff-error-password-long = The password is too long: use at most 256 characters.
staff-error-password-common = That password is too common and easy to guess. Choose another one.
staff-error-password-mismatch = The two passwords are not the same. Type them again.

## …and what went well.
account-done-renamed = The passkey has been renamed.
account-done-removed = The passkey has been removed.
account-done-added = Your new passkey has been added.
account-done-codes = Here are your new recovery codes. The old ones no longer work.
account-done-signed-out = You have signed out.
account-done-deleted = Your account has been deleted.
account-done-recovered = You are signed in with a recovery code. Add a new passkey now.

## The name a new passkey gets when none is typed.
account-passkey-default-name = Passkey

## The link back from the "too many attempts" page.
auth-back = Go back
