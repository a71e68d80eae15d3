## Hechos vitales y temas en las herramientas del personal (/admin/taxonomy): solo administradores de la plataforma.

admin-tool-taxonomy = Hechos vitales y temas
admin-tool-taxonomy-about = Los hechos vitales y temas en que se clasifican los servicios, con su nombre en cada idioma.

admin-taxonomy-title = Hechos vitales y temas
admin-taxonomy-intro = Los hechos vitales tienen una página propia y aparecen en la página de inicio; la ciudadanía filtra los resultados de búsqueda por hechos vitales y temas. Solo un administrador de la plataforma los cambia.
admin-taxonomy-new = Añadir un hecho vital o tema
admin-taxonomy-life-events = Hechos vitales
admin-taxonomy-topics = Temas
admin-taxonomy-none = Todavía no hay ninguno.
admin-taxonomy-col-label = Nombre
admin-taxonomy-col-missing = Falta el nombre en
admin-taxonomy-col-services = Servicios
admin-taxonomy-complete = Lo tiene en todos los idiomas

admin-taxonomy-new-title = Nuevo hecho vital o tema
admin-taxonomy-edit-title = Editar un hecho vital o tema
admin-taxonomy-kind = Tipo
admin-taxonomy-kind-life-event = Hecho vital
admin-taxonomy-kind-topic = Tema
admin-taxonomy-kind-hint = Un hecho vital, como tener un bebé, tiene su propia página y aparece en la página de inicio; un tema solo filtra los resultados de búsqueda.
admin-taxonomy-slug = Dirección web
admin-taxonomy-slug-hint = Letras minúsculas de la a a la z, cifras y guiones sueltos, como tener-un-bebe. Ningún otro hecho vital o tema puede usarla; si la cambia, cambia la dirección de la página del hecho vital.
admin-taxonomy-position = Orden
admin-taxonomy-position-hint = Un número entero de 0 a 9999: la página de inicio muestra los hechos vitales del menor al mayor. Vacío, vale 0.
admin-taxonomy-labels = Nombre en cada idioma
admin-taxonomy-labels-hint = Indique el nombre en al menos un idioma. Donde un idioma no lo tenga, se muestra el nombre en otro idioma.
admin-taxonomy-label-es = Nombre en español
admin-taxonomy-label-pt = Nombre en portugués
admin-taxonomy-label-en = Nombre en inglés
admin-taxonomy-label-fr = Nombre en francés
admin-taxonomy-descriptions = Descripción en cada idioma
admin-taxonomy-descriptions-hint = Opcional: una o dos frases que se muestran bajo el nombre en la página del hecho vital. Los temas no la muestran.
admin-taxonomy-description-es = Descripción en español
admin-taxonomy-description-pt = Descripción en portugués
admin-taxonomy-description-en = Descripción en inglés
admin-taxonomy-description-fr = Descripción en francés
admin-taxonomy-save = Guardar
admin-taxonomy-problems = Revise estos campos

admin-taxonomy-delete-heading = Eliminar
admin-taxonomy-delete-hint = Ningún servicio está clasificado aquí, así que puede eliminarse con sus nombres y descripciones. No se puede deshacer.
admin-taxonomy-delete = Eliminarlo
admin-taxonomy-delete-in-use = { $count ->
    [one] Un servicio está clasificado aquí, así que no puede eliminarse. Quíteselo primero a ese servicio.
   *[other] { $n } servicios están clasificados aquí, así que no puede eliminarse. Quíteselo primero a esos servicios.
}

admin-taxonomy-done-created = Se añadió.
admin-taxonomy-done-saved = Se guardaron los cambios.
admin-taxonomy-done-deleted = Se eliminó.
admin-taxonomy-error-in-use = { $count ->
    [one] No se eliminó: un servicio está clasificado aquí.
   *[other] No se eliminó: { $n } servicios están clasificados aquí.
}
admin-taxonomy-error-label-required = Indique el nombre en al menos un idioma.
admin-taxonomy-error-position = Escriba un número entero de 0 a 9999, o déjelo vacío.
admin-taxonomy-error-slug-taken = Otro hecho vital o tema ya usa esta dirección.

# Los nombres de estos cambios en el registro de auditoría.
editorial-audit-taxonomy-created = Añadió un hecho vital o tema
editorial-audit-taxonomy-updated = Cambió un hecho vital o tema
editorial-audit-taxonomy-deleted = Eliminó un hecho vital o tema
