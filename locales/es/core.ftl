## Compartido por todas las páginas: el sitio, la navegación, formatos, idiomas, errores.

site-name = Ventanilla única de servicios públicos
site-description = Encuentre los servicios públicos del gobierno nacional, estatal y local, qué requisitos piden y cómo obtenerlos.
skip-to-content = Saltar al contenido
nav-home = Inicio
breadcrumb-label = Usted está aquí
language-switcher-label = Idioma
label-separator = :
moved-link = Este servicio tiene una nueva dirección. Ir a ella.

search-label = Buscar un servicio
search-button = Buscar

footer-data-source = La información de los servicios proviene del { $link } (licencia MIT) y se muestra tal como fue publicada: confírmela con el organismo antes de acudir.
footer-data-source-link = catálogo de servicios federales de Brasil (gov.br)
footer-no-tracking = Este sitio no usa cookies de seguimiento ni carga nada de otros sitios.

## Números y fechas. El separador de grupos va entre los miles.
number-group-separator = .
number-decimal-separator = ,
money-amount = { $symbol } { $amount }
date-long = { $day } de { $month } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
weekday-1 = lunes
weekday-2 = martes
weekday-3 = miércoles
weekday-4 = jueves
weekday-5 = viernes
weekday-6 = sábado
weekday-7 = domingo

## Nombres de los idiomas, en este idioma.
language-name-es = español
language-name-pt = portugués
language-name-en = inglés
language-name-fr = francés
fallback-notice = Parte de esta página aún no está disponible en { $requested }. Se muestra en { $shown }, el idioma en que fue publicada.

## Niveles de gobierno.
level-national = Gobierno nacional
level-state = Gobierno estatal
level-municipal = Gobierno local

pagination-label = Páginas
pagination-previous = Página anterior
pagination-next = Página siguiente
pagination-status = Página { $page } de { $last }

## Páginas de error.
error-back-home = Ir a la página de inicio
error-400-title = No pudimos entender esa solicitud
error-400-body = La dirección o la búsqueda está mal formada o es demasiado larga. Revísela e inténtelo de nuevo.
error-404-title = Página no encontrada
error-404-body = La página que busca no existe o cambió de dirección. Pruebe a buscar el servicio.
error-500-title = Algo salió mal de nuestro lado
error-500-body = No se pudo mostrar la página. Inténtelo de nuevo en unos minutos.
error-503-title = El catálogo no está disponible por el momento
error-503-body = No podemos acceder al catálogo de servicios en este momento. Inténtelo de nuevo en unos minutos.
search-suggestions = Sugerencias
search-suggestions-available = Hay sugerencias: use las flechas arriba y abajo para elegir.
search-suggestions-none = No hay sugerencias.
