## Cuentas: iniciar sesión con una llave de acceso, la página de la cuenta, códigos de
## recuperación, acceso del personal. Los mensajes de «Resultados» se muestran después de
## enviar un formulario (?error=… o ?done=…).

account-nav-sign-in = Iniciar sesión
account-nav-account = Su cuenta

## Qué es una llave de acceso, y qué funciona sin ella.
auth-passkey-what = Una llave de acceso le permite iniciar sesión con el bloqueo de pantalla de su teléfono o computadora: su huella, su rostro o su PIN. No hay contraseña que recordar ni nada que escribir. La llave solo funciona en este sitio, así que un sitio falso no puede engañarlo para que se la entregue.
auth-unsupported-notice = Las llaves de acceso necesitan un navegador con JavaScript que las admita. Sin cuenta puede igualmente leer y buscar todos los servicios, decirnos si una página le fue útil y hacer consultas por SMS.
auth-status-waiting = Esperando su llave de acceso: siga lo que le pida su teléfono o computadora.
auth-status-failed = La verificación con la llave de acceso se canceló o no funcionó. Inténtelo de nuevo.

## Iniciar sesión y crear una cuenta.
account-sign-in-title = Iniciar sesión
account-sign-in-intro = Inicie sesión para calificar los servicios y comentarlos.
account-sign-in-button = Iniciar sesión con una llave de acceso
account-sign-in-no-account = ¿Aún no tiene cuenta? Cree una
account-sign-in-lost = ¿Perdió su llave de acceso? Use un código de recuperación
account-sign-in-staff = Personal de organismos: inicie sesión con su correo electrónico y contraseña
account-already-signed-in = Ya inició sesión.
account-go-to-account = Ir a su cuenta
account-sign-up-title = Crear una cuenta
account-sign-up-why = Con una cuenta puede calificar los servicios y comentarlos. No le pedimos su correo electrónico ni su nombre.
account-sign-up-name-label = Nombre que se muestra con sus comentarios (opcional)
account-sign-up-name-hint = Hasta 60 caracteres. Déjelo vacío para comentar sin nombre.
account-sign-up-button = Crear una llave de acceso
account-sign-up-have-account = ¿Ya tiene una cuenta? Inicie sesión

## La página de la cuenta.
account-title = Su cuenta
account-signed-out = No ha iniciado sesión.
account-signed-out-sign-in = Iniciar sesión
account-signed-out-sign-up = Crear una cuenta
account-signed-in-as = Sesión iniciada como { $name }
account-signed-in-anonymous = Ha iniciado sesión. Su cuenta no tiene nombre, así que sus comentarios se muestran sin él.
account-staff = Esta es una cuenta del personal.
account-sign-out = Cerrar sesión
account-unavailable = No se puede mostrar esta página en este momento. Inténtelo de nuevo en unos minutos.
account-needs-passkey = Inició sesión sin una llave de acceso. Agregue una ahora para poder iniciar sesión la próxima vez.
account-needs-passkey-link = Agregar una llave de acceso
account-new-codes-title = Sus códigos de recuperación
account-new-codes-intro = Anote estos códigos o imprima esta página, y guárdelos en un lugar seguro: solo se muestran esta vez. Si pierde sus llaves de acceso, cada código le permite entrar una vez.
account-passkeys-title = Sus llaves de acceso
account-passkeys-intro = Cada llave de acceso se guarda en un teléfono o una computadora. Agregue una en cada dispositivo desde el que inicie sesión.
account-passkeys-none = Esta cuenta aún no tiene ninguna llave de acceso.
account-passkey-created = Creada el { $date }
account-passkey-last-used = Usada por última vez el { $date }
account-passkey-never-used = Aún no se ha usado
account-passkey-rename-label = Nuevo nombre para «{ $name }»
account-passkey-rename-button = Cambiar nombre
account-passkey-remove-button = Quitar «{ $name }»
account-add-title = Agregar una llave de acceso
account-add-intro = Por ejemplo en su otro teléfono o computadora, para poder iniciar sesión aunque pierda uno de ellos.
account-add-name-label = Nombre de la nueva llave de acceso (opcional)
account-add-name-hint = Por ejemplo «Mi teléfono». Hasta 60 caracteres.
account-add-button = Agregar una llave de acceso
account-verify-title = Confirme que es usted
account-verify-intro = Para quitar una llave de acceso, crear códigos de recuperación nuevos o eliminar su cuenta, debe haber usado su llave de acceso en los últimos 5 minutos.
account-verify-button = Confirmar con una llave de acceso
account-codes-title = Códigos de recuperación
account-codes-unused = { $count ->
    [0] No le queda ningún código de recuperación sin usar.
    [one] Le queda un código de recuperación sin usar.
   *[other] Le quedan { $n } códigos de recuperación sin usar.
}
account-codes-intro = Si pierde sus llaves de acceso, un código de recuperación le permite iniciar sesión una vez para agregar una nueva. Al crear códigos nuevos, los anteriores dejan de funcionar.
account-codes-button = Crear códigos de recuperación nuevos
account-delete-title = Eliminar su cuenta
account-delete-intro = Al eliminar su cuenta se borran sus llaves de acceso, sus códigos de recuperación y todas las sesiones abiertas. No se puede deshacer.
account-delete-content = Sus calificaciones y comentarios permanecen en el sitio, pero ya nada los vincula con usted: se muestran como de «un antiguo usuario».
account-delete-confirm = Entiendo: eliminar mi cuenta
account-delete-button = Eliminar mi cuenta

## Iniciar sesión con un código de recuperación.
account-recover-title = Usar un código de recuperación
account-recover-intro = ¿Perdió el teléfono o la computadora donde estaba su llave de acceso? Inicie sesión con uno de los códigos de recuperación que anotó. Cada código funciona una sola vez.
account-recover-next = Después de entrar con un código, deberá agregar una nueva llave de acceso en este dispositivo.
account-recover-label = Código de recuperación
account-recover-hint = Escríbalo tal como lo anotó. Las mayúsculas, los espacios y los guiones no importan.
account-recover-button = Iniciar sesión con este código
account-recover-none = Sin una llave de acceso ni un código de recuperación no hay forma de volver a entrar en una cuenta.
account-recover-sign-up = Puede crear una nueva.

## Personal de los organismos.
staff-sign-in-title = Acceso del personal
staff-sign-in-intro = Para quienes mantienen el catálogo al día en un organismo. Escriba su correo electrónico y su contraseña, y luego confirme con su llave de acceso.
staff-sign-in-shortcut = Si su llave de acceso está en este dispositivo, también puede usar simplemente «Iniciar sesión con una llave de acceso» en la { $link }.
staff-sign-in-shortcut-link = página de inicio de sesión habitual
staff-email-label = Correo electrónico
staff-password-label = Contraseña
staff-sign-in-button = Continuar con una llave de acceso
staff-invitation-title = Unirse como personal de un organismo
staff-invitation-intro = Lo invitaron a ayudar a mantener el catálogo al día. Elija su nombre y una contraseña para aceptar.
staff-invitation-invalid-title = Este enlace de invitación no es válido
staff-invitation-invalid = Ya se usó o venció. Pida uno nuevo a la persona que lo invitó.
staff-invitation-email = Correo electrónico
staff-invitation-role = Función
staff-invitation-agency = Organismo
staff-role-platform-admin = Administrador de la plataforma
staff-role-agency-admin = Administrador del organismo
staff-role-publisher = Publicador
staff-role-editor = Editor
staff-invitation-name-label = Su nombre, tal como lo verán sus colegas
staff-invitation-password-label = Contraseña
staff-invitation-password-hint = Al menos 12 caracteres, y que no sea una contraseña común. Unas cuantas palabras sin relación entre sí son una buena contraseña.
staff-invitation-confirm-label = Escriba la contraseña de nuevo
staff-invitation-passkey-next = Justo después registrará una llave de acceso en este dispositivo: el personal inicia sesión con la contraseña y con una llave de acceso.
staff-invitation-button = Aceptar la invitación

## Resultados: lo que salió mal…
auth-error-rejected = La verificación con la llave de acceso falló o tardó demasiado. Inténtelo de nuevo.
auth-error-invalid-credentials = No funcionó: lo que escribió no es correcto. Revíselo e inténtelo de nuevo.
auth-error-locked = Demasiados intentos fallidos. Por su seguridad, vuelva a intentarlo en 10 minutos.
auth-error-rate-limited = Demasiados intentos en poco tiempo. Espere un momento e inténtelo de nuevo.
auth-error-needs-verification = Primero confirme que es usted con su llave de acceso y luego inténtelo de nuevo.
auth-error-last-passkey = No puede quitar su única llave de acceso, salvo que tenga códigos de recuperación sin usar.
auth-error-needs-javascript = Este paso necesita un navegador con JavaScript que admita llaves de acceso.
auth-error-signed-out = No ha iniciado sesión o su sesión terminó. Inicie sesión de nuevo.
auth-error-forbidden = No tiene permiso para hacer eso.
auth-error-invitation = Este enlace de invitación no es válido: ya se usó o venció. Pida uno nuevo.
auth-error-unsupported = Este navegador no puede usar llaves de acceso. Pruebe con otro navegador o dispositivo.
account-error-name-too-long = Los nombres pueden tener como máximo 60 caracteres.
account-error-name-invalid = Ese nombre tiene caracteres que no se pueden usar. Use letras, números, espacios y signos de puntuación.
account-error-name-empty = Escriba un nombre.
account-error-code-empty = Escriba uno de sus códigos de recuperación.
account-error-confirm-delete = Para eliminar su cuenta, marque la casilla que indica que lo entiende.
account-error-unknown-passkey = Esa llave de acceso ya no está en su cuenta.
staff-error-email = Ese correo electrónico no es válido.
staff-error-email-taken = Ya existe una cuenta con ese correo electrónico.
staff-error-role-agency = Elija un organismo para una función de organismo, y ninguno para un administrador de la plataforma.
staff-error-name = Escriba su nombre, con 60 caracteres como máximo.
staff-error-password-short = La contraseña debe tener al menos 12 caracteres.
staff-error-password-long = La contraseña es demasiado larga: use como máximo 256 caracteres.
staff-error-password-common = Esa contraseña es demasiado común y fácil de adivinar. Elija otra.
staff-error-password-mismatch = Las dos contraseñas no coinciden. Escríbalas de nuevo.

## …y lo que salió bien.
account-done-renamed = Se cambió el nombre de la llave de acceso.
account-done-removed = Se quitó la llave de acceso.
account-done-added = Se agregó su nueva llave de acceso.
account-done-codes = Estos son sus nuevos códigos de recuperación. Los anteriores ya no funcionan.
account-done-signed-out = Cerró la sesión.
account-done-deleted = Se eliminó su cuenta.
account-done-recovered = Inició sesión con un código de recuperación. Agregue ahora una nueva llave de acceso.

## The name a new passkey gets when none is typed.
account-passkey-default-name = Llave de acceso

## The link back from the "too many attempts" page.
auth-back = Volver
