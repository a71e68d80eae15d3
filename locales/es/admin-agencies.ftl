## Organismos y su personal en las herramientas del personal (/admin/agencies).

admin-tool-agencies = Organismos y personal
admin-tool-agencies-about = Nombres, lugares y datos de contacto de los organismos; invite al personal y gestione sus roles.

admin-agencies-title = Organismos
admin-agencies-new = Añadir un organismo
admin-agencies-none = Todavía no hay organismos.
admin-agencies-col-name = Organismo
admin-agencies-col-members = Personal
admin-agencies-col-actions = Gestionar
admin-agencies-edit = Editar el organismo
admin-agencies-staff = Personal del organismo

admin-agencies-new-title = Nuevo organismo
admin-agencies-edit-title = Editar el organismo
admin-agencies-names = Nombre en cada idioma
admin-agencies-names-hint = Indique el nombre en al menos un idioma.
admin-agencies-name-es = Nombre en español
admin-agencies-name-pt = Nombre en portugués
admin-agencies-name-en = Nombre en inglés
admin-agencies-name-fr = Nombre en francés
admin-agencies-facts = Lugar en la plataforma
admin-agencies-acronym = Sigla
admin-agencies-slug = Dirección web
admin-agencies-slug-hint = Letras minúsculas, cifras y guiones, como hacienda-federal. No puede usarla otro organismo.
admin-agencies-level = Nivel de gobierno
admin-agencies-jurisdiction = Lugar que atiende
admin-agencies-choose = Elija un lugar
admin-agencies-place-country = Países
admin-agencies-place-state = Estados
admin-agencies-place-municipality = Municipios
admin-agencies-contact = Contacto
admin-agencies-email = Correo electrónico
admin-agencies-phone = Teléfono
admin-agencies-website = Sitio web
admin-agencies-save = Guardar el organismo
admin-agencies-problems = Revise estos campos

admin-agencies-done-created = Se creó el organismo.
admin-agencies-done-saved = Se guardaron los cambios.
admin-agencies-error-name-required = Indique el nombre del organismo en al menos un idioma.
admin-agencies-error-phone = Escriba un teléfono con sus cifras, como +55 61 2020-3000.

admin-agencies-staff-title = Personal del organismo
admin-agencies-members = Miembros del organismo
admin-agencies-platform-admins = Administradores de la plataforma
admin-agencies-no-members = Todavía nadie tiene un rol aquí.
admin-agencies-col-person = Persona
admin-agencies-col-roles = Roles
admin-agencies-col-status = Cuenta
admin-agencies-col-expires = Válida hasta
admin-agencies-status-active = Activa
admin-agencies-status-deactivated = Desactivada
admin-agencies-you = (usted)
admin-agencies-role = Rol
admin-agencies-revoke-short = Retirar
admin-agencies-revoke = Retirar el rol { $role } a { $person }
admin-agencies-new-role = Nuevo rol de { $person }
admin-agencies-change-role = Cambiar el rol
admin-agencies-deactivate = Desactivar la cuenta de { $person }
admin-agencies-reactivate = Reactivar la cuenta de { $person }
admin-agencies-invitations = Invitaciones aún no aceptadas
admin-agencies-col-invited-by = Invitada por
admin-agencies-invited-by-server = El servidor (orden create-admin)
admin-agencies-invitation-expired = Vencida
admin-agencies-cancel-invitation = Cancelar la invitación
admin-agencies-cancel-invitation-of = Cancelar la invitación de { $email }
admin-agencies-invite = Invitar a alguien
admin-agencies-invite-send = Crear la invitación
admin-agencies-invited = Invitación creada para { $email } como { $role }.
admin-agencies-invited-link = Envíele este enlace:
admin-agencies-invited-once = El enlace funciona una sola vez, durante 7 días, y no se volverá a mostrar. Envíelo por un medio que solo esa persona pueda leer.

admin-agencies-done-role-changed = Se cambió el rol.
admin-agencies-done-role-revoked = Se retiró el rol.
admin-agencies-done-deactivated = Se desactivó la cuenta: ya no puede iniciar sesión y sus sesiones terminaron.
admin-agencies-done-reactivated = Se reactivó la cuenta: puede volver a iniciar sesión, con los roles que conservaba.
admin-agencies-done-invitation-cancelled = Se canceló la invitación: su enlace ya no funciona.
admin-agencies-error-email-taken = Esta dirección ya pertenece a una cuenta.
admin-agencies-error-last-platform-admin = La plataforma necesita al menos un administrador: este se mantiene.
admin-agencies-error-own-account = No puede desactivar ni reactivar su propia cuenta.
admin-agencies-error-roles-elsewhere = Esta persona también trabaja en otro lugar; solo un administrador de la plataforma puede desactivar o reactivar la cuenta.

## Nombres de estos cambios en el registro de auditoría.
editorial-audit-staff-invited = Invitó a un miembro del personal
editorial-audit-staff-deactivated = Desactivó una cuenta
editorial-audit-staff-invitation_cancelled = Canceló una invitación
editorial-audit-staff-reactivated = Reactivó una cuenta
editorial-audit-agency-created = Creó un organismo
editorial-audit-agency-updated = Modificó un organismo
