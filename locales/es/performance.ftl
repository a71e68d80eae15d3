## Páginas públicas de desempeño: todo el catálogo y cada organismo.

footer-performance = Cómo lo estamos haciendo: satisfacción y respuestas
agency-performance-link = Cómo lo está haciendo este organismo: satisfacción y respuestas
performance-title = Cómo lo estamos haciendo
performance-agency-title = Cómo lo está haciendo { $agency }
performance-intro = Cifras de las calificaciones de la ciudadanía, de las respuestas a «¿Le fue útil esta página?» y de los comentarios publicados. Solo recuentos: nada sobre ninguna persona.
performance-csv = Descargar estas cifras (CSV)
performance-satisfaction-heading = Satisfacción
performance-satisfaction-summary = { $count ->
    [one] Promedio de { $average } sobre 5, con una calificación.
   *[other] Promedio de { $average } sobre 5, con { $n } calificaciones.
}
performance-no-ratings = Nadie ha calificado estos servicios todavía.
performance-distribution-title = Calificaciones por número de estrellas
performance-stars-heading = Calificación
performance-stars = { $count ->
    [one] { $n } estrella
   *[other] { $n } estrellas
}
performance-ratings = Calificaciones
performance-trend-title = Calificación promedio por mes
performance-monthly-title = Calificaciones por mes
performance-month = Mes
performance-average = Promedio (sobre 5)
performance-useful-heading = ¿Le fue útil esta página?
performance-useful-summary = { $count ->
    [one] El { $percent } de una respuesta dijo que sí.
   *[other] El { $percent } de { $n } respuestas dijo que sí.
}
performance-useful-none = Nadie ha respondido todavía.
performance-answer = Respuesta
performance-answers = Respuestas
performance-percent = { $percent } %
performance-comments-heading = Respuestas a los comentarios
performance-comments-summary = { $count ->
    [one] Un comentario publicado; el { $percent } de los vencidos o respondidos se respondió dentro del plazo.
   *[other] { $n } comentarios publicados; el { $percent } de los vencidos o respondidos se respondió dentro del plazo.
}
performance-comments-none = Todavía no se publicó ningún comentario.
performance-comments-explained = Cada comentario publicado tiene una fecha límite para que el organismo lo responda.
performance-comments-chart = Comentarios publicados según su respuesta
performance-comments-state = Respuesta
performance-comments-count = Comentarios
performance-comments-on-time = Respondidos dentro del plazo
performance-comments-late = Respondidos con retraso
performance-comments-overdue = Sin respuesta, plazo vencido
performance-comments-awaiting = Sin respuesta todavía, dentro del plazo
performance-online-heading = Servicios en línea
performance-online-summary = { $count ->
    [one] El { $percent } de un servicio se puede completar totalmente en línea.
   *[other] El { $percent } de { $n } servicios se puede completar totalmente en línea.
}
performance-online-none = Todavía no hay servicios publicados.
performance-online-chart = Servicios según cómo se completan
performance-online-kind = Se completa
performance-online-yes = Totalmente en línea
performance-online-no = No totalmente en línea
performance-services = Servicios
