## Outils du personnel : importer un fichier dans un organisme (essai, confirmation, bilan) et exporter ses services en CSV.

admin-import-link = Importer des services depuis un fichier
admin-import-title = Importer des services
admin-import-intro = Les services importés arrivent comme brouillons dans cet organisme, quel que soit l’organisme nommé dans le fichier. Un service que l’organisme a déjà (le même identifiant ou la même adresse) reçoit une nouvelle version : le contenu d’un brouillon est remplacé, un service en relecture revient au brouillon, et un service publié garde ce que voient les usagers jusqu’à ce qu’un éditeur publie la nouvelle version. Vous voyez d’abord ce qui se passerait ; rien n’est écrit avant votre confirmation.
admin-import-format = Format du fichier
admin-import-format-csv = Modèle CSV
admin-import-format-csv-hint = Une ligne par service, comme le décrit la documentation du modèle ; enregistré depuis un tableur au format « CSV UTF-8 ».
admin-import-format-govbr = XML gov.br
admin-import-format-govbr-hint = Le catalogue des services du Brésil (« cartas de serviço », version 3) : un fichier XML ou une archive .xml.gz, ou plusieurs fichiers XML.
admin-import-format-hsds = HSDS
admin-import-format-hsds-hint = Un paquet de données Open Referral : choisissez ensemble ses fichiers CSV (services.csv, organizations.csv, locations.csv…).
admin-import-file = Fichier
admin-import-file-hint = { $megabytes } Mo au plus en tout. Pour gov.br et HSDS, vous pouvez choisir plusieurs fichiers.
admin-import-dry-run = Vérifier le fichier
admin-import-export-title = Exporter
admin-import-export-about = Tous les services de l’organisme, quel que soit leur statut, dans le modèle CSV : modifiez-les dans un tableur et importez-les à nouveau.
admin-import-export-link = Télécharger les services en CSV

admin-import-error-format = Choisissez le format du fichier.
admin-import-error-no-file = Choisissez un fichier à importer.
admin-import-error-too-large = Le fichier est trop volumineux : une importation accepte 5 Mo au plus. Découpez-le en fichiers plus petits et importez-les l’un après l’autre.
admin-import-error-invalid-rows = Rien n’a été importé, car certaines lignes ne sont pas valides. Corrigez-les et envoyez à nouveau le fichier, ou cochez « Importer les lignes valides ».

admin-import-review-title = Vérifier l’importation
admin-import-review-intro = Voici ce que ferait l’importation. Rien n’a encore été écrit.
admin-import-counts = Bilan
admin-import-planned = Services
admin-import-rejected = Lignes refusées
admin-import-col-outcome = Résultat
admin-import-col-count = Services
admin-import-col-name = Service
admin-import-col-record = Identifiant
admin-import-col-slug = Adresse
admin-import-col-effect = Ce qui se passe
admin-import-col-fields = Champs modifiés
admin-import-col-line = Ligne
admin-import-col-file = Fichier
admin-import-col-reasons = Motif
admin-import-count-created = Créés
admin-import-count-changed = Modifiés
admin-import-count-unchanged = Inchangés
admin-import-count-rejected = Refusés
admin-import-effect-created = Nouveau brouillon
admin-import-effect-draft-updated = Brouillon mis à jour
admin-import-effect-back-to-draft = Nouvelle version ; retour au brouillon pour une nouvelle relecture
admin-import-effect-pending-version = Nouvelle version, en attente de publication
admin-import-effect-unchanged = Inchangé
admin-import-valid-only = Importer les lignes valides
admin-import-valid-only-hint = Les lignes refusées sont laissées de côté ; importez-les plus tard, une fois corrigées.
admin-import-confirm = Importer
admin-import-start-over = Envoyer un autre fichier

admin-import-done-title = Importation terminée
admin-import-done = Importé : { $created ->
    [one] un service créé
   *[other] { $created } services créés
}, { $changed ->
    [one] un modifié
   *[other] { $changed } modifiés
}, { $rejected ->
    [0] aucune ligne refusée.
    [one] une ligne refusée.
   *[other] { $rejected } lignes refusées.
}
admin-import-done-next = Les services importés sont des brouillons ou de nouvelles versions en attente de publication : relisez-les et publiez-les depuis la page des services.
admin-import-to-services = Retour aux services de l’organisme

admin-import-gone-title = Envoi introuvable
admin-import-gone = Cet envoi n’est plus disponible : les envois sont conservés une heure, et seulement pour la personne qui les a faits. Envoyez à nouveau le fichier.

import-reason-required = Le champ obligatoire « { $field } » est vide.
import-reason-too-long = « { $field } » est trop long.
import-reason-language = La langue n’est ni es, ni pt, ni en, ni fr.
import-reason-level = Le niveau n’est ni national, ni state, ni municipal.
import-reason-country = Le code du pays n’est pas un code ISO 3166-1 (ES, BR, US…).
import-reason-place-code = « { $field } » doit commencer par le code du pays et un trait d’union, sans espaces, en 32 caractères au plus.
import-reason-place-missing = Le lieu ne correspond pas au niveau : un service régional demande une région, un service municipal une commune, chacun avec son nom.
import-reason-duplicate = « { $field } » est répété : une autre ligne a la même valeur.
import-reason-slug = L’adresse (slug) n’a ni lettres ni chiffres : remplissez « slug ».
import-reason-yes-no = « { $field } » n’est ni oui ni non.
import-reason-web-address = « { $field } » n’est pas une adresse web (https://…).
import-reason-cost = Le coût n’est ni free, ni variable, ni un montant avec son code de devise (12.50 EUR).
import-reason-processing-time = Le délai n’est ni « immediate », ni « 10 days », ni « 5-10 days », ni « about 3 days ».
import-reason-channel-kind = Un canal ne commence pas par web, app, phone, sms, email, mail ou office suivi de deux-points.
import-reason-channel-value = La valeur d’un canal ne correspond pas à son type (une adresse pour web, un numéro pour phone…).
import-reason-inconsistent = « { $field } » est décrit autrement sur une autre ligne.
import-reason-encoding = Le fichier n’est pas du texte UTF-8 : enregistrez le tableur au format « CSV UTF-8 ».
import-reason-malformed = Le fichier ne peut pas être lu : ce n’est pas du CSV ou du XML bien formé.
import-reason-columns = Les colonnes ne correspondent pas au modèle : { $field }.
import-reason-unnamed-column = Une valeur se trouve dans une colonne sans nom.
import-reason-organization = L’organisation n’est ni dans organizations.csv ni dans locations.csv.
import-reason-missing-file = Un fichier obligatoire manque.
import-reason-one-file = Choisissez exactement un fichier pour ce format.
import-reason-unexpected-element = Élément <{ $field }> inattendu.
import-reason-missing-element = L’élément <{ $field }> manque.
import-reason-not-a-number = <{ $field }> n’est pas un nombre.
import-reason-other-agency = Cet identifiant (« { $field } ») appartient à un service d’un autre organisme : changez-le.
import-reason-conflict = Quelqu’un a enregistré ce service pendant l’importation : importez à nouveau le fichier.
import-reason-other = Cet enregistrement ne peut pas être lu :

editorial-audit-service-imported = Service importé
editorial-audit-import-completed = Importation terminée
