## Les organismes et leur personnel dans les outils du personnel (/admin/agencies).

admin-tool-agencies = Organismes et personnel
admin-tool-agencies-about = Noms, territoires et coordonnées des organismes ; invitez du personnel et gérez ses rôles.

admin-agencies-title = Organismes
admin-agencies-new = Ajouter un organisme
admin-agencies-none = Il n’y a encore aucun organisme.
admin-agencies-col-name = Organisme
admin-agencies-col-members = Personnel
admin-agencies-col-actions = Gérer
admin-agencies-edit = Modifier l’organisme
admin-agencies-staff = Personnel de l’organisme

admin-agencies-new-title = Nouvel organisme
admin-agencies-edit-title = Modifier l’organisme
admin-agencies-names = Nom dans chaque langue
admin-agencies-names-hint = Indiquez le nom dans au moins une langue.
admin-agencies-name-es = Nom en espagnol
admin-agencies-name-pt = Nom en portugais
admin-agencies-name-en = Nom en anglais
admin-agencies-name-fr = Nom en français
admin-agencies-facts = Place sur la plateforme
admin-agencies-acronym = Sigle
admin-agencies-slug = Adresse web
admin-agencies-slug-hint = Lettres minuscules, chiffres et tirets, comme impots-federaux. Elle ne doit pas être utilisée par un autre organisme.
admin-agencies-level = Niveau d’administration
admin-agencies-jurisdiction = Territoire desservi
admin-agencies-choose = Choisissez un territoire
admin-agencies-place-country = Pays
admin-agencies-place-state = États
admin-agencies-place-municipality = Communes
admin-agencies-contact = Coordonnées
admin-agencies-email = Adresse e-mail
admin-agencies-phone = Téléphone
admin-agencies-website = Site web
admin-agencies-save = Enregistrer l’organisme
admin-agencies-problems = Vérifiez ces champs

admin-agencies-done-created = L’organisme a été créé.
admin-agencies-done-saved = Les modifications ont été enregistrées.
admin-agencies-error-name-required = Indiquez le nom de l’organisme dans au moins une langue.
admin-agencies-error-phone = Écrivez un numéro de téléphone avec ses chiffres, comme +55 61 2020-3000.

admin-agencies-staff-title = Personnel de l’organisme
admin-agencies-members = Membres de l’organisme
admin-agencies-platform-admins = Administrateurs de la plateforme
admin-agencies-no-members = Personne n’a encore de rôle ici.
admin-agencies-col-person = Personne
admin-agencies-col-roles = Rôles
admin-agencies-col-status = Compte
admin-agencies-col-expires = Valable jusqu’au
admin-agencies-status-active = Actif
admin-agencies-status-deactivated = Désactivé
admin-agencies-you = (vous)
admin-agencies-role = Rôle
admin-agencies-revoke-short = Retirer
admin-agencies-revoke = Retirer le rôle { $role } à { $person }
admin-agencies-new-role = Nouveau rôle de { $person }
admin-agencies-change-role = Changer le rôle
admin-agencies-deactivate = Désactiver le compte de { $person }
admin-agencies-reactivate = Réactiver le compte de { $person }
admin-agencies-invitations = Invitations pas encore acceptées
admin-agencies-col-invited-by = Invitation faite par
admin-agencies-invited-by-server = Le serveur (commande create-admin)
admin-agencies-invitation-expired = Expirée
admin-agencies-cancel-invitation = Annuler l’invitation
admin-agencies-cancel-invitation-of = Annuler l’invitation de { $email }
admin-agencies-invite = Inviter quelqu’un
admin-agencies-invite-send = Créer l’invitation
admin-agencies-invited = Invitation créée pour { $email } comme { $role }.
admin-agencies-invited-link = Envoyez-lui ce lien :
admin-agencies-invited-once = Le lien ne fonctionne qu’une fois, pendant 7 jours, et ne sera plus affiché. Envoyez-le par un moyen que seule cette personne peut lire.

admin-agencies-done-role-changed = Le rôle a été changé.
admin-agencies-done-role-revoked = Le rôle a été retiré.
admin-agencies-done-deactivated = Le compte a été désactivé : il ne peut plus se connecter et ses sessions ont pris fin.
admin-agencies-done-reactivated = Le compte a été réactivé : il peut de nouveau se connecter, avec les rôles qu’il avait gardés.
admin-agencies-done-invitation-cancelled = L’invitation a été annulée : son lien ne fonctionne plus.
admin-agencies-error-email-taken = Cette adresse appartient déjà à un compte.
admin-agencies-error-last-platform-admin = La plateforme a besoin d’au moins un administrateur : celui-ci reste.
admin-agencies-error-own-account = Vous ne pouvez ni désactiver ni réactiver votre propre compte.
admin-agencies-error-roles-elsewhere = Cette personne travaille aussi ailleurs ; seul un administrateur de la plateforme peut désactiver ou réactiver le compte.

## Noms de ces modifications dans le journal d’audit.
editorial-audit-staff-invited = A invité un membre du personnel
editorial-audit-staff-deactivated = A désactivé un compte
editorial-audit-staff-invitation_cancelled = A annulé une invitation
editorial-audit-staff-reactivated = A réactivé un compte
editorial-audit-agency-created = A créé un organisme
editorial-audit-agency-updated = A modifié un organisme
