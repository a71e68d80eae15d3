## Elegir el propio municipio.

place-title = Elija su municipio
place-intro = Los resultados de búsqueda mostrarán los servicios nacionales, los de su estado y los de su municipio, primero los locales. Su elección se guarda en una cookie solo en este dispositivo.
place-current = Su municipio: { $place }
place-forget = Olvidar mi municipio
place-search-label = Nombre de su municipio
place-search-button = Buscar
place-choose = Elegir { $place }
place-no-results = Ningún municipio tiene ese nombre. Revise la ortografía o escriba solo las primeras letras.
place-unknown = Ese municipio no existe. Vuelva atrás y elija uno de la lista.
error-403-title = Se rechazó esta solicitud
error-403-body = Por su seguridad, los formularios solo pueden enviarse desde las páginas de este sitio. Vuelva atrás e inténtelo de nuevo.
error-413-body = Esta solicitud es demasiado grande (más de 64 KiB). Acorte lo que escribió e inténtelo de nuevo.
api-bad-language = El idioma debe ser es, pt, en o fr.
