## Herramientas del personal (/admin): inicio, simulador de SMS, estadísticas de SMS.

admin-nav = Herramientas del personal
admin-title = Herramientas del personal
admin-intro = Las herramientas que permite su rol. Cada acción se vuelve a comprobar en el servidor.
admin-tool-simulator = Simulador de SMS
admin-tool-simulator-about = Escriba como un teléfono y vea la respuesta tal como se enviaría, parte por parte. No se envía ni se cuenta nada.
admin-tool-stats = Estadísticas de SMS
admin-tool-stats-about = Mensajes recibidos y enviados, bajas y lo que la gente busca por SMS, por día.
admin-tool-comments = Comentarios
admin-tool-comments-about = Modere los comentarios de la ciudadanía y respóndalos en nombre de su organismo.
admin-tool-performance = Cifras públicas de desempeño
admin-tool-performance-about = Satisfacción, respuestas a comentarios y servicios en línea, como los ve el público.

admin-simulator-title = Simulador de SMS
admin-simulator-intro = Escriba un mensaje como lo enviaría una persona. La respuesta sale de la conversación SMS real (búsqueda, detalles, MAS, AYUDA, LOCAL, idioma), pero no se envía nada, no se guarda ninguna calificación y nada cuenta en las estadísticas ni en los límites.
admin-simulator-gateway-label = Pasarela
admin-simulator-no-gateway = No hay ninguna pasarela SMS configurada, así que se aplica la política incorporada:
admin-simulator-policy = { $encoding }, como máximo { $parts ->
    [one] una parte
   *[other] { $parts } partes
}, idioma predeterminado: { $language }
admin-simulator-encoding-transliterate = GSM-7 (acentos transliterados)
admin-simulator-encoding-ucs2 = UCS-2 cuando hace falta (nada se altera)
admin-simulator-language-none = ninguno
admin-simulator-text-label = Mensaje
admin-simulator-text-hint = Hasta 1.600 caracteres. Pruebe una búsqueda y luego «1» o «MAS».
admin-simulator-send = Enviar como teléfono
admin-simulator-reset = Empezar de nuevo
admin-simulator-reply-heading = Respuesta
admin-simulator-you-sent = Usted envió:
admin-simulator-silent = Sin respuesta: este teléfono se dio de baja (envíe ALTA para volver).
admin-simulator-summary = { $count ->
    [one] Una parte en { $coding }, en { $language }.
   *[other] { $count } partes en { $coding }, en { $language }.
}
admin-simulator-part = Parte { $number } ({ $coding })
admin-simulator-units-gsm7 = { $used } de { $size } caracteres (septetos)
admin-simulator-units-ucs2 = { $used } de { $size } caracteres (unidades UTF-16)
admin-simulator-gsm7 = GSM-7
admin-simulator-ucs2 = UCS-2
admin-simulator-truncated = La respuesta era demasiado larga para las partes de la pasarela: se cortó y se añadió la nota de continuación.
admin-simulator-transcript-heading = Conversación hasta ahora
admin-simulator-transcript-empty = Todavía no se envió nada.
admin-simulator-phone = Teléfono:
admin-simulator-channel = Respuesta:
admin-simulator-parts = { $count ->
    [one] una parte
   *[other] { $n } partes
}
admin-simulator-error-empty = Escriba un mensaje primero.
admin-simulator-error-too-long = El mensaje es demasiado largo: no supere los 1.600 caracteres.
admin-simulator-error-gateway = Elija una de las pasarelas de la lista.
admin-simulator-error-unavailable = La conversación no pudo responder en este momento. Inténtelo de nuevo en unos minutos.

admin-stats-title = Estadísticas de SMS
admin-stats-from = Desde
admin-stats-to = Hasta
admin-stats-range-hint = Fechas como AAAA-MM-DD. Sin fechas: los últimos 30 días. Como máximo 366 días.
admin-stats-show = Mostrar
admin-stats-csv = Descargar las cifras diarias (CSV)
admin-stats-day = Día
admin-stats-messages-title = Mensajes por día
admin-stats-in = Recibidos
admin-stats-out = Enviados
admin-stats-opt-outs-title = Bajas y altas por día
admin-stats-opt-outs = Bajas (STOP)
admin-stats-opt-ins = Altas (START)
admin-stats-top-title = Búsquedas más frecuentes
admin-stats-top-empty = Ninguna búsqueda en este período.
admin-stats-zero-title = Búsquedas sin resultados
admin-stats-zero-empty = Todas las búsquedas de este período encontraron algo.
admin-stats-query = Búsqueda
admin-stats-language = Idioma
admin-stats-searches = Veces buscada
admin-stats-misses = Veces sin resultados
admin-stats-error-date = Escriba las fechas como AAAA-MM-DD, por ejemplo 2026-03-31.
admin-stats-error-reversed = La fecha de inicio es posterior a la de fin.
admin-stats-error-too-long = Elija un período de 366 días como máximo.

chart-empty = Sin datos en este período
chart-no-value = –
chart-table-caption = Datos del gráfico:
