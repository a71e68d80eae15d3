## Choisir sa commune.

place-title = Choisissez votre commune
place-intro = Les résultats de recherche montreront les services nationaux, ceux de votre région et ceux de votre commune, les services locaux d’abord. Votre choix est gardé dans un cookie sur cet appareil seulement.
place-current = Votre commune : { $place }
place-forget = Oublier ma commune
place-search-label = Nom de votre commune
place-search-button = Chercher
place-choose = Choisir { $place }
place-no-results = Aucune commune ne porte ce nom. Vérifiez l’orthographe ou tapez seulement les premières lettres.
place-unknown = Cette commune n’existe pas. Revenez en arrière et choisissez-en une dans la liste.
error-403-title = Cette demande a été refusée
error-403-body = Pour votre sécurité, les formulaires ne peuvent être envoyés que depuis les pages de ce site. Revenez en arrière et réessayez.
error-413-body = Cette demande est trop volumineuse (plus de 64 Kio). Raccourcissez votre texte et réessayez.
api-bad-language = La langue doit être es, pt, en ou fr.
