## Comentarios sobre los servicios, respuestas oficiales de los organismos y cola de moderación.
## Los mensajes de resultado ("-done-", "-error-") aparecen tras enviar un formulario.

comment-heading = Comentarios
comment-count = { $count ->
    [0] Todavía no se ha publicado ningún comentario.
    [one] Un comentario publicado.
   *[other] { $n } comentarios publicados.
}
comment-unavailable = Los comentarios no se pueden mostrar en este momento.
comment-archived = Este servicio ya no se presta, así que ya no se puede comentar.
comment-sign-in = { $link } para comentar este servicio. Los comentarios se publican sin tu nombre.
comment-sign-in-link = Inicia sesión
comment-staff = Las cuentas del personal no pueden comentar: responde a los comentarios desde la página de moderación.
comment-privacy = No incluyas datos personales (tu número de documento, teléfono, correo o dirección): cualquiera puede leer los comentarios. Los correos, teléfonos y números de documento se ocultan automáticamente.
comment-label = Tu comentario
comment-hint = Hasta { $max } caracteres. Cuenta qué salió bien o mal con este servicio.
comment-trap-label = Deja este campo vacío
comment-moderated = Una persona moderadora lee cada comentario antes de publicarlo.
comment-submit = Enviar mi comentario
comment-published = Publicado el { $date }
comment-answer-label = Respuesta oficial
comment-answer-official = Respuesta oficial
comment-answer-date = el { $date }
comment-report = Denunciar este comentario
comment-report-legend = ¿Qué problema tiene este comentario?
comment-report-reason-spam = Spam o publicidad
comment-report-reason-personal_data = Muestra datos personales de alguien
comment-report-reason-offensive = Ofensivo o abusivo
comment-report-reason-other = Otro motivo
comment-report-send = Enviar la denuncia
comment-newer = Comentarios más recientes
comment-older = Comentarios anteriores
comment-pages-label = Páginas de comentarios

comment-done-pending = Gracias: hemos recibido tu comentario. Se publicará cuando una persona moderadora lo haya leído.
comment-done-reported = Gracias: una persona moderadora revisará este comentario.
comment-error-signed-out = Inicia sesión para comentar. Tu comentario no se envió.
comment-error-staff = Las cuentas del personal no pueden comentar: inicia sesión con una cuenta ciudadana.
comment-error-archived = Este servicio ya no se presta, así que ya no se puede comentar.
comment-error-empty = Escribe tu comentario antes de enviarlo.
comment-error-too-long = Tu comentario tiene más de 1.250 caracteres. Acórtalo y envíalo de nuevo.
comment-error-too-fast = Eso fue muy rápido. Tómate tu tiempo para escribir el comentario y envíalo de nuevo.
comment-error-expired = Este formulario ha caducado. Vuelve a cargar la página y envía tu comentario de nuevo.
comment-error-unavailable = Tu comentario no se pudo enviar ahora. Inténtalo de nuevo en unos minutos.
comment-error-rate-limited = Puedes enviar un comentario por minuto. Espera un momento y vuelve a intentarlo.
comment-error-no-service = El formulario no indicó qué servicio comentar. Vuelve a la página del servicio e inténtalo de nuevo.
comment-error-unknown-service = No existe ese servicio para comentar. Puede que se haya retirado.
comment-error-no-comment = No existe ese comentario. Puede que se haya retirado.
comment-error-report-reason = Elige qué problema tiene el comentario. Tu denuncia no se envió.
comment-error-report-twice = Ya denunciaste este comentario.
comment-error-report-signed-out = Inicia sesión para denunciar un comentario. Tu denuncia no se envió.

moderation-title = Moderación de comentarios
moderation-intro = Los comentarios sobre los servicios de tus organismos solo se publican una vez aprobados.
moderation-target = { $count ->
    [one] Los organismos responden a los comentarios publicados en un día hábil.
   *[other] Los organismos responden a los comentarios publicados en { $days } días hábiles.
}
moderation-written = escrito el { $date }
moderation-review-heading = Pendientes de decisión
moderation-review-none = Ningún comentario espera una decisión.
moderation-reported = { $count ->
    [one] Publicado, denunciado una vez ({ $new } nuevas).
   *[other] Publicado, denunciado { $count } veces ({ $new } nuevas).
}
moderation-held-links = Retenido por las reglas antispam: casi solo enlaces.
moderation-held-repeated = Retenido por las reglas antispam: el mismo texto ya se había publicado.
moderation-masked = { $count ->
    [one] Se ocultó un dato personal.
   *[other] Se ocultaron { $count } datos personales.
}
moderation-approve = Aprobar y publicar
moderation-keep = Mantenerlo publicado
moderation-reject = Rechazar
moderation-take-down = Retirarlo
moderation-reason-label = Motivo del rechazo
moderation-note-label = Nota para otras personas moderadoras (opcional)
moderation-reason-spam = Spam o publicidad
moderation-reason-personal_data = Datos personales
moderation-reason-offensive = Ofensivo o abusivo
moderation-reason-off_topic = No trata de este servicio
moderation-reason-other = Otro
moderation-awaiting-heading = Publicados, esperando respuesta
moderation-awaiting-none = Todos los comentarios publicados tienen respuesta.
moderation-due = Respuesta prevista antes del { $date }.
moderation-overdue = Con retraso: la respuesta debía darse antes del { $date }.
moderation-answer-label = Respuesta oficial del organismo
moderation-answer-send = Publicar la respuesta
moderation-answered-heading = Respondidos recientemente
moderation-answered-none = Todavía no se ha respondido ningún comentario.
moderation-answered-on-time = { $count ->
    [0] Primera respuesta el mismo día de la publicación (objetivo: { $target } días hábiles).
    [one] Primera respuesta tras un día hábil (objetivo: { $target } días hábiles).
   *[other] Primera respuesta tras { $count } días hábiles (objetivo: { $target } días hábiles).
}
moderation-answered-late = Primera respuesta tras { $count } días hábiles: más tarde que el objetivo de { $target }.

moderation-done-approved = El comentario está publicado. Ahora corre el plazo de respuesta del organismo.
moderation-done-rejected = El comentario fue rechazado y no es público.
moderation-done-kept = El comentario sigue publicado; sus denuncias quedan marcadas como vistas.
moderation-done-answered = La respuesta está publicada bajo el comentario.
moderation-error-already = Otra persona ya decidió sobre este comentario. No se cambió nada.
moderation-error-not-published = Solo se pueden responder o mantener comentarios publicados. No se cambió nada.
moderation-error-reason = Elige un motivo de rechazo. No se cambió nada.
moderation-error-note-too-long = La nota tiene más de 500 caracteres. No se cambió nada.
moderation-error-answer-empty = Escribe la respuesta antes de publicarla.
moderation-error-answer-too-long = La respuesta tiene más de 2.000 caracteres. Acórtala y publícala de nuevo.
moderation-error-unavailable = No se pudo hacer ahora. Inténtalo de nuevo en unos minutos.
moderation-error-not-found = No existe ese comentario.
