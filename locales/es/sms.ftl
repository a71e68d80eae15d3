## El canal SMS: respuestas a los mensajes de texto de la ciudadanía. Que sean breves: 160
## caracteres simples caben en un mensaje (70 si hay letras fuera del alfabeto GSM). Las palabras
## en mayúsculas son los comandos que la gente escribe (server/src/sms/commands.rs).

sms-results-item = { $number }) { $name } #{ $code }
sms-results-more = Envíe 1-{ $last } o el código para ver detalles. MAS: más resultados.
sms-results-end = Envíe 1-{ $last } o el código para ver detalles.
sms-no-results = No encontramos servicios para "{ $query }". Pruebe con otras palabras.
sms-did-you-mean = No encontramos servicios para "{ $query }". ¿Quiso decir "{ $suggestion }"? Envíelo para buscar.
sms-more-none = No hay más resultados. Envíe otra búsqueda.
sms-no-list = Primero envíe lo que busca, por ejemplo: pasaporte
sms-pick-out-of-range = Elija un número de la lista (1-{ $last }) o envíe otra búsqueda.
sms-code-unknown = No hay ningún servicio con el código { $code }. Revise el número.

## Lo esencial de un servicio, en 3 mensajes como máximo.
sms-details-cost = Costo: { $cost }
sms-details-documents = Documentos: { $documents }
sms-details-more-documents = (+{ $count })
sms-details-online = En línea: { $url }
sms-details-office = Oficina: { $office }
sms-details-phone = Tel: { $phone }
sms-details-rate = Opine: CALIFICAR { $code } 1-5
sms-hours = { $days } { $opens }-{ $closes }
sms-weekday-1 = lun
sms-weekday-2 = mar
sms-weekday-3 = mié
sms-weekday-4 = jue
sms-weekday-5 = vie
sms-weekday-6 = sáb
sms-weekday-7 = dom

sms-rate-saved = Gracias: su calificación de { $stars ->
    [one] 1 estrella
   *[other] { $stars } estrellas
} para el servicio { $code } quedó registrada.
sms-rate-usage = Para calificar envíe CALIFICAR, el código del servicio y una nota de 1 a 5. Ejemplo: CALIFICAR 042 5

sms-help = Envíe lo que busca (ej: pasaporte) y reciba 3 servicios. Responda 1-3 o el código para detalles, MAS para más, CALIFICAR código 1-5, LOCAL su municipio, IDIOMA pt/en/fr. BAJA para salir.
sms-stop = Listo: no recibirá más mensajes. Para volver, envíe ALTA.
sms-start = Bienvenido de nuevo. Envíe lo que busca, o AYUDA.
sms-language-set = Listo: le responderemos en español.
sms-language-unknown = Idiomas: es (español), pt (portugués), en (inglés), fr (francés). Ejemplo: IDIOMA es

sms-local-usage = Envíe LOCAL y el nombre de su municipio. Ejemplo: LOCAL Rosario
sms-local-none = No encontramos el municipio "{ $name }". Revise cómo se escribe.
sms-local-set = Listo: su municipio es { $place }. Sus servicios aparecerán primero.
sms-local-choose = Varios municipios coinciden. Responda con el número:
sms-local-item = { $number }) { $place }
sms-local-item-parent = { $number }) { $place }, { $parent }
sms-local-too-many = Hay más: envíe el nombre completo.

sms-unavailable = El servicio no está disponible en este momento. Intente más tarde.
sms-rate-limited = Demasiados mensajes: espere un minuto antes de enviar más.
sms-truncated = ...(recortado)

## Respuestas a las pasarelas SMS (HTTP), no a la ciudadanía.
sms-http-unknown-gateway = Pasarela SMS desconocida.
sms-http-forbidden = Solicitud rechazada: falta el token o la firma, o no es válida.
sms-http-missing = Faltan campos obligatorios: { $fields }.
sms-http-too-long = El mensaje supera los { $max } caracteres.
sms-http-unknown-message = Mensaje desconocido: no se envió ningún SMS con esta referencia por esta pasarela.
sms-http-bad-status = Falta el estado de entrega o no se reconoce.
sms-http-busy = No se pudo poner la respuesta en cola. Reenvíe el mensaje más tarde.
