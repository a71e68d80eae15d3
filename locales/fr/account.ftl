## Comptes : se connecter avec une clé d’accès, la page du compte, les codes de secours,
## la connexion du personnel. Les messages de « Résultats » s’affichent après l’envoi d’un
## formulaire (?error=… ou ?done=…).

account-nav-sign-in = Se connecter
account-nav-account = Votre compte

## Ce qu’est une clé d’accès, et ce qui marche sans.
auth-passkey-what = Une clé d’accès vous permet de vous connecter avec le verrouillage d’écran de votre téléphone ou de votre ordinateur : votre empreinte, votre visage ou votre code PIN. Pas de mot de passe à retenir, rien à taper. Une clé d’accès ne fonctionne que sur ce site : un faux site ne peut donc pas vous la soutirer.
auth-unsupported-notice = Les clés d’accès demandent un navigateur avec JavaScript qui les prend en charge. Sans compte, vous pouvez toujours lire et rechercher tous les services, nous dire si une page vous a été utile et poser vos questions par SMS.
auth-status-waiting = En attente de votre clé d’accès : suivez ce que vous demande votre téléphone ou votre ordinateur.
auth-status-failed = La vérification avec la clé d’accès a été annulée ou n’a pas marché. Réessayez.

## Se connecter et créer un compte.
account-sign-in-title = Se connecter
account-sign-in-intro = Connectez-vous pour noter les services et les commenter.
account-sign-in-button = Se connecter avec une clé d’accès
account-sign-in-no-account = Pas encore de compte ? Créez-en un
account-sign-in-lost = Clé d’accès perdue ? Utilisez un code de secours
account-sign-in-staff = Personnel des administrations : connectez-vous avec votre adresse e-mail et votre mot de passe
account-already-signed-in = Vous êtes déjà connecté.
account-go-to-account = Aller à votre compte
account-sign-up-title = Créer un compte
account-sign-up-why = Avec un compte, vous pouvez noter les services et les commenter. Nous ne demandons ni votre adresse e-mail ni votre nom.
account-sign-up-name-label = Nom affiché avec vos commentaires (facultatif)
account-sign-up-name-hint = 60 caractères au plus. Laissez vide pour commenter sans nom.
account-sign-up-button = Créer une clé d’accès
account-sign-up-have-account = Vous avez déjà un compte ? Connectez-vous

## La page du compte.
account-title = Votre compte
account-signed-out = Vous n’êtes pas connecté.
account-signed-out-sign-in = Se connecter
account-signed-out-sign-up = Créer un compte
account-signed-in-as = Connecté en tant que { $name }
account-signed-in-anonymous = Vous êtes connecté. Votre compte n’a pas de nom : vos commentaires s’affichent donc sans nom.
account-staff = Ce compte est un compte du personnel.
account-sign-out = Se déconnecter
account-unavailable = Cette page ne peut pas s’afficher pour le moment. Réessayez dans quelques minutes.
account-needs-passkey = Vous vous êtes connecté sans clé d’accès. Ajoutez-en une maintenant pour pouvoir vous connecter la prochaine fois.
account-needs-passkey-link = Ajouter une clé d’accès
account-new-codes-title = Vos codes de secours
account-new-codes-intro = Notez ces codes ou imprimez cette page, et gardez-les en lieu sûr : ils ne s’affichent que cette fois-ci. Si vous perdez vos clés d’accès, chaque code vous permet d’entrer une fois.
account-passkeys-title = Vos clés d’accès
account-passkeys-intro = Chaque clé d’accès est gardée sur un téléphone ou un ordinateur. Ajoutez-en une sur chaque appareil depuis lequel vous vous connectez.
account-passkeys-none = Ce compte n’a encore aucune clé d’accès.
account-passkey-created = Créée le { $date }
account-passkey-last-used = Utilisée pour la dernière fois le { $date }
account-passkey-never-used = Pas encore utilisée
account-passkey-rename-label = Nouveau nom pour « { $name } »
account-passkey-rename-button = Renommer
account-passkey-remove-button = Supprimer « { $name } »
account-add-title = Ajouter une clé d’accès
account-add-intro = Par exemple sur votre autre téléphone ou ordinateur, pour pouvoir encore vous connecter si vous perdez l’un d’eux.
account-add-name-label = Nom de la nouvelle clé d’accès (facultatif)
account-add-name-hint = Par exemple « Mon téléphone ». 60 caractères au plus.
account-add-button = Ajouter une clé d’accès
account-verify-title = Confirmez que c’est bien vous
account-verify-intro = Pour supprimer une clé d’accès, créer de nouveaux codes de secours ou supprimer votre compte, vous devez avoir utilisé votre clé d’accès dans les 5 dernières minutes.
account-verify-button = Confirmer avec une clé d’accès
account-codes-title = Codes de secours
account-codes-unused = { $count ->
    [0] Il ne vous reste aucun code de secours inutilisé.
    [one] Il vous reste un code de secours inutilisé.
   *[other] Il vous reste { $n } codes de secours inutilisés.
}
account-codes-intro = Si vous perdez vos clés d’accès, un code de secours vous permet de vous connecter une fois pour en ajouter une nouvelle. Quand vous créez de nouveaux codes, les anciens ne marchent plus.
account-codes-button = Créer de nouveaux codes de secours
account-delete-title = Supprimer votre compte
account-delete-intro = Supprimer votre compte efface vos clés d’accès, vos codes de secours et toutes vos sessions ouvertes. C’est définitif.
account-delete-content = Vos notes et commentaires restent sur le site, mais plus rien ne les relie à vous : ils apparaissent comme venant d’« un ancien utilisateur ».
account-delete-confirm = J’ai compris : supprimer mon compte
account-delete-button = Supprimer mon compte

## Se connecter avec un code de secours.
account-recover-title = Utiliser un code de secours
account-recover-intro = Vous avez perdu le téléphone ou l’ordinateur qui contenait votre clé d’accès ? Connectez-vous avec l’un des codes de secours que vous avez notés. Chaque code ne sert qu’une fois.
account-recover-next = Après vous être connecté avec un code, vous devez ajouter une nouvelle clé d’accès sur cet appareil.
account-recover-label = Code de secours
account-recover-hint = Tapez-le comme vous l’avez noté. Majuscules, espaces et tirets n’ont pas d’importance.
account-recover-button = Se connecter avec ce code
account-recover-none = Sans clé d’accès ni code de secours, il n’y a aucun moyen de revenir dans un compte.
account-recover-sign-up = Vous pouvez en créer un nouveau.

## Personnel des administrations.
staff-sign-in-title = Connexion du personnel
staff-sign-in-intro = Pour les personnes qui tiennent le catalogue à jour dans une administration. Tapez votre adresse e-mail et votre mot de passe, puis confirmez avec votre clé d’accès.
staff-sign-in-shortcut = Si votre clé d’accès est sur cet appareil, vous pouvez aussi simplement utiliser « Se connecter avec une clé d’accès » sur la { $link }.
staff-sign-in-shortcut-link = page de connexion habituelle
staff-email-label = Adresse e-mail
staff-password-label = Mot de passe
staff-sign-in-button = Continuer avec une clé d’accès
staff-invitation-title = Rejoindre le personnel d’une administration
staff-invitation-intro = Vous êtes invité à aider à tenir le catalogue à jour. Choisissez votre nom et un mot de passe pour accepter.
staff-invitation-invalid-title = Ce lien d’invitation n’est pas valide
staff-invitation-invalid = Il a déjà été utilisé ou il a expiré. Demandez-en un nouveau à la personne qui vous a invité.
staff-invitation-email = Adresse e-mail
staff-invitation-role = Rôle
staff-invitation-agency = Administration
staff-role-platform-admin = Administrateur de la plateforme
staff-role-agency-admin = Administrateur de l’administration
staff-role-publisher = Publieur
staff-role-editor = Rédacteur
staff-invitation-name-label = Votre nom, tel que vos collègues le verront
staff-invitation-password-label = Mot de passe
staff-invitation-password-hint = Au moins 12 caractères, et pas un mot de passe courant. Quelques mots sans rapport entre eux font un bon mot de passe.
staff-invitation-confirm-label = Tapez à nouveau le mot de passe
staff-invitation-passkey-next = Juste après, vous enregistrerez une clé d’accès sur cet appareil : le personnel se connecte avec le mot de passe et avec une clé d’accès.
staff-invitation-button = Accepter l’invitation

## Résultats : ce qui n’a pas marché…
auth-error-rejected = La vérification avec la clé d’accès a échoué ou a pris trop de temps. Réessayez.
auth-error-invalid-credentials = Cela n’a pas marché : ce que vous avez tapé n’est pas correct. Vérifiez et réessayez.
auth-error-locked = Trop de tentatives incorrectes. Pour votre sécurité, réessayez dans 10 minutes.
auth-error-rate-limited = Trop de tentatives en peu de temps. Attendez un instant et réessayez.
auth-error-needs-verification = Confirmez d’abord que c’est bien vous avec votre clé d’accès, puis réessayez.
auth-error-last-passkey = Vous ne pouvez pas supprimer votre seule clé d’accès, sauf si vous avez des codes de secours inutilisés.
auth-error-needs-javascript = Cette étape demande un navigateur avec JavaScript qui prend en charge les clés d’accès.
auth-error-signed-out = Vous n’êtes pas connecté, ou votre session a pris fin. Reconnectez-vous.
auth-error-forbidden = Vous n’avez pas le droit de faire cela.
auth-error-invitation = Ce lien d’invitation n’est pas valide : il a déjà été utilisé ou il a expiré. Demandez-en un nouveau.
auth-error-unsupported = Ce navigateur ne peut pas utiliser de clés d’accès. Essayez un autre navigateur ou un autre appareil.
account-error-name-too-long = Les noms peuvent compter 60 caractères au plus.
account-error-name-invalid = Ce nom contient des caractères qui ne peuvent pas être utilisés. Utilisez des lettres, des chiffres, des espaces et de la ponctuation.
account-error-name-empty = Tapez un nom.
account-error-code-empty = Tapez l’un de vos codes de secours.
account-error-confirm-delete = Pour supprimer votre compte, cochez la case qui indique que vous avez compris.
account-error-unknown-passkey = Cette clé d’accès ne fait plus partie de votre compte.
staff-error-email = Cette adresse e-mail n’est pas valide.
staff-error-email-taken = Un compte existe déjà avec cette adresse e-mail.
staff-error-role-agency = Choisissez une administration pour un rôle d’administration, et aucune pour un administrateur de la plateforme.
staff-error-name = Tapez votre nom, en 60 caractères au plus.
staff-error-password-short = Le mot de passe doit compter au moins 12 caractères.
staff-error-password-long = Le mot de passe est trop long : 256 caractères au plus.
staff-error-password-common = Ce mot de passe est trop courant et facile à deviner. Choisissez-en un autre.
staff-error-password-mismatch = Les deux mots de passe ne sont pas identiques. Tapez-les à nouveau.

## … et ce qui a marché.
account-done-renamed = La clé d’accès a été renommée.
account-done-removed = La clé d’accès a été supprimée.
account-done-added = Votre nouvelle clé d’accès a été ajoutée.
account-done-codes = Voici vos nouveaux codes de secours. Les anciens ne marchent plus.
account-done-signed-out = Vous êtes déconnecté.
account-done-deleted = Votre compte a été supprimé.
account-done-recovered = Vous êtes connecté avec un code de secours. Ajoutez maintenant une nouvelle clé d’accès.

## The name a new passkey gets when none is typed.
account-passkey-default-name = Clé d’accès

## The link back from the "too many attempts" page.
auth-back = Revenir en arrière
