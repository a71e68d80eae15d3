## Herramientas del personal: las páginas editoriales (inicio de la agencia, el flujo de un servicio, versiones) y el registro de auditoría.

admin-tool-services = Servicios y su flujo de trabajo
admin-tool-services-about = Los servicios de su agencia por estado, los que esperan revisión o deben verificarse, y el flujo, el informe de calidad y las versiones de cada uno.
admin-tool-audit = Registro de auditoría
admin-tool-audit-about = Quién hizo qué y cuándo: fíltrelo y descárguelo en CSV.

admin-services-title = Servicios
admin-services-agency = Agencia
admin-services-all-agencies = Todas las agencias
admin-services-show = Mostrar
admin-services-counts = Servicios por estado
admin-services-col-status = Estado
admin-services-col-count = Servicios
admin-services-col-service = Servicio
admin-services-col-verified = Última verificación
admin-services-waiting = Esperando revisión
admin-services-waiting-none = Ningún servicio espera revisión.
admin-services-due = Pendientes de verificar
admin-services-due-count = { $count ->
    [0] Todos los servicios se verificaron en los últimos 12 meses.
    [one] Un servicio no se verificó en los últimos 12 meses.
   *[other] { $n } servicios no se verificaron en los últimos 12 meses.
}
admin-services-recent = Actividad reciente
admin-services-recent-more = Todo el registro de auditoría
admin-services-all = Todos los servicios
admin-services-none = Esta agencia aún no tiene servicios.
admin-services-pages = Páginas
admin-services-previous = Página anterior
admin-services-next = Página siguiente
admin-services-page-of = Página { $page } de { $pages }

admin-services-desk-title = Flujo de trabajo del servicio
admin-services-version = Versión
admin-services-pending = (cambios guardados aún sin publicar)
admin-services-versions-link = Versiones y diferencias
admin-services-public-link = La página pública
admin-services-rejection = Por qué se devolvió
admin-services-quality = Informe de calidad
admin-services-blocking = Debe corregirse antes de publicar
admin-services-blocking-none = Nada impide publicar.
admin-services-warnings = Avisos
admin-services-warnings-none = Sin avisos.
admin-services-readability = Legibilidad por idioma
admin-services-band-easy = Lenguaje claro.
admin-services-band-medium = Algo difícil de leer.
admin-services-band-hard = Difícil de leer.
admin-services-actions = Lo que puede hacer
admin-services-no-actions = Su rol no permite ningún paso en este servicio tal como está ahora.
admin-services-submit = Enviar a revisión
admin-services-publish = Publicar
admin-services-verify = Confirmar que los datos siguen siendo correctos
admin-services-reason = Por qué vuelve a los redactores (obligatorio)
admin-services-reject = Devolver a los redactores
admin-services-replacement = Sustituido por (opcional)
admin-services-replacement-hint = La dirección o el número de un servicio publicado que ocupa su lugar.
admin-services-archive = Archivar: ya no se ofrece

admin-services-done-submit = Enviado a revisión.
admin-services-done-reject = Devuelto a los redactores con su motivo.
admin-services-done-publish = Publicado: la ciudadanía ya lo ve.
admin-services-done-archive = Archivado: su página indica ahora que ya no se ofrece.
admin-services-done-verify = Confirmado como verificado hoy.
admin-services-done-restore = Restaurado como una versión nueva.
admin-services-error-stale = Alguien guardó una versión más reciente después de que usted cargara esta página. No se cambió nada: revise la versión más reciente y vuelva a intentarlo.

admin-versions-title = Versiones
admin-versions-number = Versión { $number }
admin-versions-restore = Restaurar esta versión como un nuevo borrador
admin-versions-live = Es la que ve la ciudadanía
admin-versions-col-number = Versión
admin-versions-col-author = Guardada por
admin-versions-col-date = Fecha
admin-versions-col-note = Nota
admin-versions-col-live = Publicada
admin-versions-col-restore = Restaurar
admin-versions-nothing = (nada)
admin-versions-differences = Diferencias de la versión { $from } a la versión { $to }
admin-versions-no-differences = Estas versiones tienen el mismo contenido.
admin-versions-col-field = Campo
admin-versions-col-before = Antes
admin-versions-col-after = Después
admin-versions-none = Aún no se guardó ninguna versión en las herramientas del personal: el servicio está como se importó.
admin-versions-from = Desde
admin-versions-to = Hasta
admin-versions-compare = Comparar

admin-audit-title = Registro de auditoría
admin-audit-actor = Número de cuenta del personal
admin-audit-action = Acción
admin-audit-any = Cualquier acción
admin-audit-agency = Agencia
admin-audit-record = Número de servicio
admin-audit-range-hint = Fechas como AAAA-MM-DD, ambos días incluidos. Sin fechas: todos los días.
admin-audit-col-when = Cuándo
admin-audit-col-detail = Detalle
admin-audit-none = Nada registrado coincide.
admin-audit-csv = Descargar estas filas (CSV)
admin-audit-results = Eventos, los más recientes primero
admin-audit-page = Página { $page }
admin-audit-error-number = Los números de cuenta y de servicio son enteros, como 42.
admin-audit-error-date = Escriba las fechas como AAAA-MM-DD, por ejemplo 2026-03-31.
admin-audit-error-reversed = La fecha de inicio es posterior a la de fin.
admin-audit-error-action = Elija una de las acciones de la lista.
