## Agencies and their staff in the staff tools (/admin/agencies).

admin-tool-agencies = Agencies and staff
admin-tool-agencies-about = Agencies' names, places and contact details; invite staff and manage their roles.

admin-agencies-title = Agencies
admin-agencies-new = Add an agency
admin-agencies-none = There are no agencies yet.
admin-agencies-col-name = Agency
admin-agencies-col-members = Staff
admin-agencies-col-actions = Manage
admin-agencies-edit = Edit the agency
admin-agencies-staff = Staff of the agency

admin-agencies-new-title = New agency
admin-agencies-edit-title = Edit the agency
admin-agencies-names = Name in each language
admin-agencies-names-hint = Give the name in at least one language.
admin-agencies-name-es = Name in Spanish
admin-agencies-name-pt = Name in Portuguese
admin-agencies-name-en = Name in English
admin-agencies-name-fr = Name in French
admin-agencies-facts = Place on the platform
admin-agencies-acronym = Acronym
admin-agencies-slug = Web address
admin-agencies-slug-hint = Lower-case letters, digits and hyphens, such as federal-revenue. It must not be used by another agency.
admin-agencies-level = Level of government
admin-agencies-jurisdiction = Place it serves
admin-agencies-choose = Choose a place
admin-agencies-place-country = Countries
admin-agencies-place-state = States
admin-agencies-place-municipality = Municipalities
admin-agencies-contact = Contact
admin-agencies-email = E-mail address
admin-agencies-phone = Phone number
admin-agencies-website = Website
admin-agencies-save = Save the agency
admin-agencies-problems = Check these fields

admin-agencies-done-created = The agency was created.
admin-agencies-done-saved = The changes were saved.
admin-agencies-error-name-required = Give the agency's name in at least one language.
admin-agencies-error-phone = Write a phone number with its digits, such as +55 61 2020-3000.

admin-agencies-staff-title = Staff of the agency
admin-agencies-members = Members of the agency
admin-agencies-platform-admins = Platform administrators
admin-agencies-no-members = Nobody holds a role here yet.
admin-agencies-col-person = Person
admin-agencies-col-roles = Roles
admin-agencies-col-status = Account
admin-agencies-col-expires = Valid until
admin-agencies-status-active = Active
admin-agencies-status-deactivated = Deactivated
admin-agencies-you = (you)
admin-agencies-role = Role
admin-agencies-revoke-short = Revoke
admin-agencies-revoke = Revoke the role { $role } from { $person }
admin-agencies-new-role = New role for { $person }
admin-agencies-change-role = Change the role
admin-agencies-deactivate = Deactivate the account of { $person }
admin-agencies-reactivate = Reactivate the account of { $person }
admin-agencies-invitations = Invitations not accepted yet
admin-agencies-col-invited-by = Invited by
admin-agencies-invited-by-server = The server (create-admin command)
admin-agencies-invitation-expired = Expired
admin-agencies-cancel-invitation = Cancel the invitation
admin-agencies-cancel-invitation-of = Cancel the invitation of { $email }
admin-agencies-invite = Invite someone
admin-agencies-invite-send = Create the invitation
admin-agencies-invited = Invitation created for { $email } as { $role }.
admin-agencies-invited-link = Send them this link:
admin-agencies-invited-once = The link works once, for 7 days, and will not be shown again. Send it by a channel only they can read.

admin-agencies-done-role-changed = The role was changed.
admin-agencies-done-role-revoked = The role was revoked.
admin-agencies-done-deactivated = The account was deactivated: it can no longer sign in and its sessions have ended.
admin-agencies-done-reactivated = The account was reactivated: it can sign in again, with the roles it kept.
admin-agencies-done-invitation-cancelled = The invitation was cancelled: its link no longer works.
admin-agencies-error-email-taken = This address already belongs to an account.
admin-agencies-error-last-platform-admin = The platform needs at least one administrator: this one stays.
admin-agencies-error-own-account = You cannot deactivate or reactivate your own account.
admin-agencies-error-roles-elsewhere = This person also works elsewhere; only a platform administrator can deactivate or reactivate the account.

# The audit log's names of these changes.
editorial-audit-staff-invited = Invited a staff member
editorial-audit-staff-deactivated = Deactivated an account
editorial-audit-staff-invitation_cancelled = Cancelled an invitation
editorial-audit-staff-reactivated = Reactivated an account
editorial-audit-agency-created = Created an agency
editorial-audit-agency-updated = Updated an agency
