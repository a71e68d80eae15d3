## Calificaciones de los servicios y «¿Le fue útil esta página?», en la página del servicio y
## en los resultados de búsqueda. Los mensajes de resultado («-done-», «-error-») aparecen
## después de enviar un formulario.

rating-heading = Calificaciones
rating-none = Nadie ha calificado este servicio todavía.
rating-summary = { $count ->
    [one] Promedio de { $average } sobre 5, con una calificación.
   *[other] Promedio de { $average } sobre 5, con { $n } calificaciones.
}
rating-channels = En la web: { $web } · Por SMS: { $sms }
rating-distribution-caption = Cómo calificaron las personas este servicio
rating-distribution-stars = Calificación
rating-distribution-count = Número de calificaciones
rating-distribution-share = Porcentaje del total
rating-stars = { $count ->
    [one] { $n } estrella
   *[other] { $n } estrellas
}
rating-percent = { $percent } %
rating-brief = { $count ->
    [one] { $average } sobre 5 (una calificación)
   *[other] { $average } sobre 5 ({ $n } calificaciones)
}
rating-form-legend = Su calificación
rating-form-legend-change = Cambiar su calificación
rating-star-1 = 1 estrella: muy mal
rating-star-2 = 2 estrellas: mal
rating-star-3 = 3 estrellas: aceptable
rating-star-4 = 4 estrellas: bien
rating-star-5 = 5 estrellas: muy bien
rating-dimension-label = ¿Qué refleja sobre todo su calificación? (opcional)
rating-dimension-none = El servicio en general
rating-dimension-clarity = Claridad de la información
rating-dimension-ease = Facilidad de uso
rating-dimension-channels = Formas de acceder al servicio
rating-dimension-cost = Costo o esfuerzo
rating-dimension-time = Tiempo que tomó
rating-dimension-result = El resultado obtenido
rating-submit = Guardar mi calificación
rating-submit-change = Cambiar mi calificación
rating-yours = Usted calificó este servicio con { $stars }.
rating-yours-about = Usted calificó este servicio con { $stars }, sobre todo por: { $dimension }.
rating-sign-in = { $link } para calificar este servicio. Los demás solo ven el promedio, nunca quién calificó.
rating-sign-in-link = Inicie sesión
rating-staff = Las cuentas del personal no pueden calificar servicios.
rating-archived = Este servicio ya no se ofrece, así que ya no se puede calificar.
rating-done-saved = Gracias: su calificación se guardó.
rating-done-changed = Su calificación se cambió.
rating-error-signed-out = Inicie sesión para calificar un servicio. Su calificación no se guardó.
rating-error-stars = Elija de 1 a 5 estrellas. Su calificación no se guardó.
rating-error-dimension = Elija uno de los aspectos de la lista, o el servicio en general. Su calificación no se guardó.
rating-error-archived = Este servicio ya no se ofrece, así que ya no se puede calificar.
rating-error-staff = Las cuentas del personal no pueden calificar servicios: inicie sesión con una cuenta de ciudadano.
rating-error-unavailable = Su calificación no se pudo guardar en este momento. Inténtelo de nuevo en unos minutos.
rating-error-no-service = El formulario no indicó qué servicio calificar. Vuelva a la página del servicio e inténtelo de nuevo.
rating-error-unknown-service = Ese servicio no existe. Puede que se haya eliminado.

useful-heading = ¿Le fue útil esta página?
useful-yes = Sí
useful-no = No
useful-details-legend = ¿Qué falló? (opcional)
useful-reason-incorrect = La información es incorrecta o está desactualizada
useful-reason-incomplete = Falta información
useful-reason-unclear = Es difícil de entender
useful-reason-not_needed = No es lo que buscaba
useful-reason-other = Otra cosa
useful-comment-label = Cuéntenos más (opcional)
useful-comment-hint = Hasta { $max } caracteres. No escriba datos personales como su nombre, su teléfono o números de documentos: no podemos responderle.
useful-send = Enviar
useful-done-yes = Gracias por su opinión.
useful-done-no = Gracias por su opinión. Si puede, cuéntenos qué falló: ayuda al organismo a mejorar esta página.
useful-done-details = Gracias: sus comentarios ayudarán a mejorar esta página.
useful-error-answer = Elija «Sí» o «No».
useful-error-reason = Elija uno de los motivos de la lista, o ninguno.
useful-error-too-long = Su comentario es demasiado largo: no pase de 500 caracteres.
useful-error-expired = Esta respuesta ya no se puede completar. Gracias por su opinión.
useful-error-unavailable = Su respuesta no se pudo guardar en este momento. Inténtelo de nuevo en unos minutos.
useful-error-rate-limited = Llegaron demasiadas respuestas desde su conexión en poco tiempo. Espere unos minutos e inténtelo de nuevo.
useful-error-no-service = El formulario no indicó de qué página se trata. Vuelva a la página del servicio e inténtelo de nuevo.
useful-error-unknown-service = Esa página de servicio no existe. Puede que se haya eliminado.
