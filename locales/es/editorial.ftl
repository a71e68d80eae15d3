## Trabajo editorial sobre los trámites en las herramientas del personal: flujo, versiones, controles de calidad, registro de auditoría.

editorial-status-draft = Borrador
editorial-status-in_review = En revisión
editorial-status-published = Publicado
editorial-status-archived = Archivado

editorial-error-not-found = Este trámite no existe o usted no tiene ningún rol en su organismo.
editorial-error-forbidden = Su rol en este organismo no permite hacer esto.
editorial-error-conflict = Otra persona guardó este trámite después de que usted lo abriera. Abajo se muestran las dos versiones: copie lo que necesite en la más reciente y vuelva a guardar.
editorial-error-invalid = Hay campos que corregir. No se guardó nada.
editorial-error-blocked = Este trámite todavía no se puede publicar: corrija los problemas indicados.
editorial-error-wrong-status = Este paso no corresponde al estado actual del trámite. Recargue la página para ver su estado.
editorial-error-unavailable = No se pudo guardar el trámite en este momento. No se cambió nada; inténtelo de nuevo en unos instantes.

editorial-field-required = Este campo es obligatorio.
editorial-field-too-long = Este texto es demasiado largo.
editorial-field-unknown-locale = Este idioma no es uno de los idiomas del catálogo.
editorial-field-unknown-value = Elija uno de los valores propuestos.
editorial-field-invalid-url = Escriba una dirección web completa que empiece por https://.
editorial-field-invalid-email = Escriba un correo electrónico como nombre@organismo.gob.
editorial-field-invalid-hours = El horario necesita un día de la semana y una hora HH:MM anterior a otra HH:MM.
editorial-field-invalid-reference = Esta parte remite a un paso o caso que no existe.
editorial-field-invalid-amount = Escriba el importe, cero o más.
editorial-field-invalid-currency = Escriba el código de moneda de tres letras, como EUR o ARS.
editorial-field-invalid-replacement = El trámite que lo sustituye debe ser otro trámite publicado.
editorial-field-invalid-slug = Use solo minúsculas, cifras y guiones.
editorial-field-slug-taken = Otro trámite ya usa esta dirección.

editorial-quality-missing-name = El trámite necesita un nombre en su idioma principal.
editorial-quality-missing-summary = El trámite necesita un resumen en su idioma principal.
editorial-quality-no-steps = El trámite necesita al menos un paso.
editorial-quality-no-channels = El trámite necesita al menos un canal para solicitarlo u obtener ayuda.
editorial-quality-no-online-channel = No hay ningún canal en línea: la ciudadanía tendrá que desplazarse.
editorial-quality-missing-translation = Falta en { $language }: quien lo lea verá el texto en otro idioma.
editorial-quality-readability = Legibilidad: { $score } (cuanto más alta, más fácil; procure llegar a 60 o más).
editorial-quality-hardest-sentences = Las frases que más dificultan la lectura:

editorial-verification-due = Sin verificar desde hace 12 meses o más. Compruebe los datos y confírmelo.
editorial-verification-never = Nunca verificado.

editorial-audit-actor-system = Sistema
editorial-audit-service-create = Creó el trámite
editorial-audit-service-save = Guardó una versión
editorial-audit-service-submit = Lo envió a revisión
editorial-audit-service-reject = Lo rechazó
editorial-audit-service-publish = Lo publicó
editorial-audit-service-archive = Lo archivó
editorial-audit-service-restore = Restauró una versión anterior
editorial-audit-service-verify = Confirmó que está verificado
editorial-audit-authorization-denied = Rechazado: sin permiso
editorial-audit-staff-sign_in = Inició sesión en las herramientas del personal
editorial-audit-staff-role_granted = Concedió un rol
editorial-audit-staff-role_revoked = Retiró un rol
