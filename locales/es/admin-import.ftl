## Herramientas del personal: importar un archivo en un organismo (prueba, confirmación, resumen) y exportar sus servicios en CSV.

admin-import-link = Importar servicios desde un archivo
admin-import-title = Importar servicios
admin-import-intro = Los servicios importados llegan como borradores a este organismo, sea cual sea el organismo que nombre el archivo. Un servicio que el organismo ya tiene (el mismo identificador o la misma dirección) recibe una versión nueva: el contenido de un borrador se sustituye, un servicio en revisión vuelve a borrador y un servicio publicado conserva lo que ve la ciudadanía hasta que un publicador publique la versión nueva. Primero verá lo que ocurriría; no se escribe nada hasta que confirme.
admin-import-format = Formato del archivo
admin-import-format-csv = Plantilla CSV
admin-import-format-csv-hint = Una fila por servicio, como describe la documentación de la plantilla; guardada desde una hoja de cálculo como «CSV UTF-8».
admin-import-format-govbr = XML de gov.br
admin-import-format-govbr-hint = El catálogo de servicios de Brasil («cartas de serviço», versión 3): un archivo XML o un paquete .xml.gz, o varios archivos XML.
admin-import-format-hsds = HSDS
admin-import-format-hsds-hint = Un paquete de datos de Open Referral: elija juntos sus archivos CSV (services.csv, organizations.csv, locations.csv…).
admin-import-file = Archivo
admin-import-file-hint = Como máximo { $megabytes } MB en total. Para gov.br y HSDS puede elegir varios archivos.
admin-import-dry-run = Comprobar el archivo
admin-import-export-title = Exportar
admin-import-export-about = Todos los servicios del organismo, en cualquier estado, en la plantilla CSV: edítelos en una hoja de cálculo e impórtelos de nuevo.
admin-import-export-link = Descargar los servicios en CSV

admin-import-error-format = Elija el formato del archivo.
admin-import-error-no-file = Elija un archivo para importar.
admin-import-error-too-large = El archivo es demasiado grande: una importación admite como máximo 5 MB. Divídalo en archivos más pequeños e impórtelos uno tras otro.
admin-import-error-invalid-rows = No se ha importado nada porque hay filas no válidas. Corríjalas y vuelva a subir el archivo, o marque «Importar las filas válidas».

admin-import-review-title = Comprobar la importación
admin-import-review-intro = Esto es lo que haría la importación. Todavía no se ha escrito nada.
admin-import-counts = Resumen
admin-import-planned = Servicios
admin-import-rejected = Filas rechazadas
admin-import-col-outcome = Resultado
admin-import-col-count = Servicios
admin-import-col-name = Servicio
admin-import-col-record = Identificador
admin-import-col-slug = Dirección
admin-import-col-effect = Qué ocurre
admin-import-col-fields = Campos cambiados
admin-import-col-line = Línea
admin-import-col-file = Archivo
admin-import-col-reasons = Motivo
admin-import-count-created = Creados
admin-import-count-changed = Cambiados
admin-import-count-unchanged = Sin cambios
admin-import-count-rejected = Rechazados
admin-import-effect-created = Borrador nuevo
admin-import-effect-draft-updated = Borrador actualizado
admin-import-effect-back-to-draft = Versión nueva; vuelve a borrador para una nueva revisión
admin-import-effect-pending-version = Versión nueva, pendiente de publicar
admin-import-effect-unchanged = Sin cambios
admin-import-valid-only = Importar las filas válidas
admin-import-valid-only-hint = Las filas rechazadas se dejan fuera; impórtelas más tarde, una vez corregidas.
admin-import-confirm = Importar
admin-import-start-over = Subir otro archivo

admin-import-done-title = Importación terminada
admin-import-done = Importado: { $created ->
    [one] un servicio creado
   *[other] { $created } servicios creados
}, { $changed ->
    [one] uno cambiado
   *[other] { $changed } cambiados
}, { $rejected ->
    [0] ninguna fila rechazada.
    [one] una fila rechazada.
   *[other] { $rejected } filas rechazadas.
}
admin-import-done-next = Los servicios importados son borradores o versiones nuevas pendientes de publicar: revíselos y publíquelos desde la página de servicios.
admin-import-to-services = Volver a los servicios del organismo

admin-import-gone-title = Subida no encontrada
admin-import-gone = Esta subida ya no está disponible: las subidas se conservan una hora y solo para la persona que las envió. Vuelva a subir el archivo.

import-reason-required = El campo obligatorio «{ $field }» está vacío.
import-reason-too-long = «{ $field }» es demasiado largo.
import-reason-language = El idioma no es es, pt, en ni fr.
import-reason-level = El nivel no es national, state ni municipal.
import-reason-country = El código de país no es un código ISO 3166-1 (ES, BR, US…).
import-reason-place-code = «{ $field }» debe empezar por el código del país y un guion, sin espacios, en 32 caracteres como máximo.
import-reason-place-missing = El lugar no corresponde al nivel: un servicio autonómico necesita una región y uno municipal un municipio, cada uno con su nombre.
import-reason-duplicate = «{ $field }» está repetido: otra fila tiene el mismo valor.
import-reason-slug = La dirección (slug) no tiene letras ni cifras: rellene «slug».
import-reason-yes-no = «{ $field }» no es sí ni no.
import-reason-web-address = «{ $field }» no es una dirección web (https://…).
import-reason-cost = El coste no es free, variable ni un importe con su código de moneda (12.50 EUR).
import-reason-processing-time = El plazo no es «immediate», «10 days», «5-10 days» ni «about 3 days».
import-reason-channel-kind = Un canal no empieza por web, app, phone, sms, email, mail u office y dos puntos.
import-reason-channel-value = El valor de un canal no corresponde a su tipo (una dirección para web, un número para phone…).
import-reason-inconsistent = «{ $field }» se describe de otra forma en otra fila.
import-reason-encoding = El archivo no es texto UTF-8: guarde la hoja de cálculo como «CSV UTF-8».
import-reason-malformed = No se puede leer el archivo: no es CSV o XML bien formado.
import-reason-columns = Las columnas no coinciden con la plantilla: { $field }.
import-reason-unnamed-column = Hay un valor en una columna sin nombre.
import-reason-organization = La organización no está en organizations.csv ni en locations.csv.
import-reason-missing-file = Falta un archivo obligatorio.
import-reason-one-file = Elija exactamente un archivo para este formato.
import-reason-unexpected-element = Elemento <{ $field }> inesperado.
import-reason-missing-element = Falta el elemento <{ $field }>.
import-reason-not-a-number = <{ $field }> no es un número.
import-reason-other-agency = Este identificador («{ $field }») pertenece a un servicio de otro organismo: cámbielo.
import-reason-conflict = Alguien guardó este servicio mientras se importaba: vuelva a importar el archivo.
import-reason-other = No se puede leer este registro:

editorial-audit-service-imported = Servicio importado
editorial-audit-import-completed = Importación terminada
