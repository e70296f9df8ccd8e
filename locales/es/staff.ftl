# The staff screens (front desk, managers, administrators).
# Variables are plain text the UI fills in: no selectors or plurals here, the
# UI replaces each { $name } as it is. Separators between data items (" · ")
# and symbols (◀ ▶ —) stay in the UI.

## The frame around every staff screen (main.tsx)

staff-app-name = PassDesk
staff-opening = Abriendo PassDesk…
staff-nav-board = Panel del día
staff-nav-mix = Plan diario
staff-nav-staff = Personal
staff-enter-kiosk = Modo quiosco
staff-sign-out = Cerrar sesión
staff-status-database = Base de datos local: { $path }

## Role names (roles.ts)

staff-role-administrator = Administrador/a
staff-role-district-manager = Gerente de distrito
staff-role-front-desk = Agente de recepción
staff-role-cashier = Cajero/a

## Sign-in (sign_in.tsx, and the kiosk's way out in kiosk.tsx)

staff-sign-in-title = Inicio de sesión del personal de PassDesk
staff-sign-in-leave-kiosk = Inicio de sesión del personal para salir del quiosco
staff-sign-in-username = Nombre de usuario
staff-sign-in-password = Contraseña
staff-sign-in-back = Atrás
staff-sign-in-submit = Iniciar sesión

## First start on an empty database (sign_in.tsx)

staff-first-run-title = Le damos la bienvenida a PassDesk
staff-first-run-intro = Esta base de datos aún no tiene cuentas. Cree la cuenta del administrador; luego el administrador crea las demás.
staff-first-run-name = Su nombre
staff-first-run-username = Nombre de usuario
staff-first-run-password = Contraseña (10 caracteres o más)
staff-first-run-repeat = Repita la contraseña
staff-first-run-mismatch = Las dos contraseñas no coinciden.
staff-first-run-create = Crear administrador

## Daily mix editor (mix_editor.tsx)

staff-mix-title = Plan diario
staff-mix-loading = Cargando…
staff-mix-title-office = Plan diario · { $office }
staff-mix-version = versión { $version }
staff-mix-unsaved = cambios sin guardar
staff-mix-discard = Descartar cambios
staff-mix-save = Guardar
staff-mix-saving = Guardando…
staff-mix-saved = Guardado (versión { $version }). Días publicados rehechos con el nuevo plan: { $remade }.
staff-mix-saved-kept = Guardado (versión { $version }). Días publicados rehechos con el nuevo plan: { $remade }. Los días publicados que ya tienen citas conservan sus franjas: { $days }.
staff-mix-not-saved = No se guardó: { $error }
staff-mix-released = Publicado hasta { $through }. Franjas nuevas: { $created }; días publicados ahora: { $days }; días ya publicados antes: { $before }.
staff-mix-not-released = No se publicó: { $error }
staff-mix-cannot-save = Aún no se puede guardar: { $problem }
staff-mix-open = Abierto
staff-mix-closed = cerrado
staff-mix-summary = Franjas: { $slots } · { $seats }
staff-mix-track-seats = { $track } { $seats }
staff-mix-no-seats = sin plazas
staff-mix-add-block = Agregar bloque
staff-mix-copy-day = Copiar día a…
staff-mix-copy-to = { $day }: copiar horario y bloques a:
staff-mix-copy = Copiar
staff-mix-cancel = Cancelar
staff-mix-col-time = Horario
staff-mix-col-slot = Franja
staff-mix-col-capacity = Capacidad
staff-mix-col-track = Fila
staff-mix-col-types = Tipos de cita
staff-mix-slot-minutes = { $minutes } min
staff-mix-block-types = Tipos ({ $count }): { $types }
staff-mix-remove = Quitar
staff-mix-range-format = Escríbalo como HH:MM-HH:MM, por ejemplo 08:00-11:30.
staff-mix-range-order = El final debe ser posterior al inicio.
staff-mix-capacity-range = La capacidad es de 1 a 50 personas por franja.
staff-mix-types-needed = Elija al menos un tipo de cita.
staff-mix-holidays = Días feriados
staff-mix-add-holiday = Agregar feriado
staff-mix-release-policy = Política de publicación
staff-mix-release-window = Días publicados por adelantado (1-180)
staff-mix-release-at = Franjas nuevas publicadas cada día a las
staff-mix-release-through = Publicar hasta
staff-mix-release-dirty = Primero guarde o descarte los cambios
staff-mix-release = Publicar franjas
staff-mix-policies = Normas de la oficina
staff-mix-walk-ins = Evaluación de emergencias sin cita
staff-mix-companions = Se admiten acompañantes
staff-mix-attorney-hours = Horario sin cita para abogados
staff-mix-cashier-hours = Horario de caja

## Days of the week in the mix editor: full names, and the short ones of the weekly hours

staff-day-mon = Lunes
staff-day-tue = Martes
staff-day-wed = Miércoles
staff-day-thu = Jueves
staff-day-fri = Viernes
staff-day-sat = Sábado
staff-day-sun = Domingo
staff-day-short-mon = lun
staff-day-short-tue = mar
staff-day-short-wed = mié
staff-day-short-thu = jue
staff-day-short-fri = vie
staff-day-short-sat = sáb
staff-day-short-sun = dom

## Today's board (board.tsx)

staff-board-title = Panel
staff-board-previous-day = Día anterior
staff-board-next-day = Día siguiente
staff-board-today = Hoy
staff-board-roster-print = Imprimir lista del día
staff-board-roster-save = Guardar lista como PDF
staff-board-search-placeholder = Número de confirmación, número A o nombre
staff-board-find = Buscar
staff-board-found-one = Se encontró { $count } cita
staff-board-found-many = Citas encontradas: { $count }
staff-board-close = Cerrar
staff-board-empty = No hay citas el { $date }.
staff-board-booked-count = (programadas: { $count })
staff-board-open-desk-booking = Programar con el proceso completo, en el idioma del/de la solicitante…
staff-board-col-when = Fecha y hora
staff-board-col-time = Hora
staff-board-col-name = Nombre
staff-board-col-type = Tipo
staff-board-col-confirmation = Confirmación
staff-board-col-status = Estado
staff-board-applicant-name = { $last }, { $first }

## Booking for a caller or walk-in, beside the board (board.tsx)

staff-book-title = Programar para quien llama o viene sin cita
staff-book-type = Tipo de cita
staff-book-question-proof-needed-by = Fecha límite para la prueba de estatus
staff-book-question-travel-date = Fecha prevista del viaje
staff-book-question-adjustment-filed-on = Ajuste de estatus presentado el
staff-book-day = Día
staff-book-time = Hora
staff-book-first-free = Primer horario libre desde este día
staff-book-free = Libres: { $count }
staff-book-first-name = Nombre
staff-book-last-name = Apellido
staff-book-date-of-birth = Fecha de nacimiento
staff-book-dob-future = La fecha de nacimiento no puede ser futura.
staff-book-a-number = Número A (opcional)
staff-book-phone = Teléfono (opcional)
staff-book-receipt = Cita programada: { $type }, el { $date } a las { $time }. Confirmación { $confirmation }, PIN { $pin } (comuníqueselo a la persona: solo se muestra ahora).
staff-book-submit = Programar

## The full booking flow at the desk, around the kiosk's steps (desk_booking.tsx)

staff-desk-booking-title = Programar con el/la solicitante (en su idioma)
staff-desk-booking-language = Idioma
staff-desk-booking-close = Cerrar

## Staff accounts, for administrators (staff.tsx)

staff-accounts-title = Cuentas del personal
staff-accounts-col-username = Nombre de usuario
staff-accounts-col-name = Nombre
staff-accounts-col-role = Rol
staff-accounts-col-office = Oficina
staff-accounts-all-offices = todas
staff-accounts-new = Cuenta nueva
staff-accounts-name = Nombre
staff-accounts-username = Nombre de usuario
staff-accounts-role = Rol
staff-accounts-office = Oficina
staff-accounts-password = Contraseña inicial (10 caracteres o más)
staff-accounts-short-password = Use al menos 10 caracteres.
staff-accounts-created = Cuenta { $username } creada.
staff-accounts-create = Crear cuenta
staff-accounts-col-status = Estado
staff-accounts-active = activa
staff-accounts-disabled = desactivada
staff-accounts-edit = Editar
staff-accounts-editing = Modificar { $username }
staff-accounts-disable = Desactivada: esta cuenta no puede iniciar sesión
staff-accounts-new-password = Contraseña nueva (déjela vacía para conservar la actual)
staff-accounts-save = Guardar cambios
staff-accounts-cancel = Cancelar
staff-accounts-saved = Cuenta { $username } guardada.

## Check-in (front desk)
staff-nav-checkin = Registro de llegada
staff-nav-cashier = Caja
staff-checkin-title = Registro de llegada
staff-checkin-search-placeholder = Escanee el aviso o escriba un número de confirmación, número A (A-number), número de recibo o nombre
staff-checkin-find = Buscar
staff-checkin-none = No se encontró nada.
staff-checkin-documents = Documentos de identidad revisados
staff-checkin-mrz = MRZ del lector de documentos
staff-checkin-override = Motivo para aceptar los documentos tal como están
staff-checkin-submit = Registrar llegada
staff-checkin-cancel = Cancelar
staff-checkin-next = Siguiente llegada
staff-checkin-shortcut = Espacio marca un documento, Tab avanza, Ctrl+Intro registra la llegada.
staff-checkin-rebook = Reservar la próxima hora libre
staff-checkin-rebooked = Cambiada a { $when }. Nuevo PIN: { $pin }
staff-checkin-rebook-print = Imprimir el nuevo aviso
staff-checkin-done = Llegada registrada: número { $number }
staff-checkin-not-here = Esta cita no es hoy en esta oficina; vea la nota de arriba.
staff-doc-passport = Pasaporte
staff-doc-state_photo_id = Identificación estatal con foto
staff-doc-drivers_license = Licencia de conducir
staff-doc-permanent_resident_card = Tarjeta de Residente Permanente (I-551)
staff-doc-ead = Documento de Autorización de Empleo
staff-doc-i94_with_photo = I-94 con foto
staff-doc-i94_without_photo = I-94 sin foto
staff-doc-passport_or_id_copy = Copia de un pasaporte o identificación (nombre y cara)
staff-doc-other = Otro documento

## The waiting queue
staff-queue-title = Lista de espera de hoy
staff-queue-desk = Mi escritorio o ventanilla
staff-queue-late = tarde
staff-queue-call = Llamar
staff-queue-served = Atendido/a
staff-queue-not-served = No atendido/a
staff-visit-waiting = en espera
staff-visit-called = llamado/a
staff-visit-served = atendido/a
staff-visit-not_served = no atendido/a
staff-appointment-booked = reservada
staff-appointment-cancelled = cancelada

## Walk-ins
staff-walkin-open = Persona sin cita…
staff-walkin-title = Persona que viene sin cita
staff-walkin-name = Nombre
staff-walkin-kind = Tipo
staff-walkin-kind-walk_in = Emergencia (evaluada)
staff-walkin-kind-attorney_walk_in = Abogado/a (horario sin cita)
staff-walkin-kind-cashier_walk_in = Caja (horario de caja)
staff-walkin-reason = Emergencia
staff-walkin-reason-medical_emergency = Emergencia médica
staff-walkin-reason-imminent_travel = Viaje que no puede esperar
staff-walkin-reason-death_in_family = Fallecimiento en la familia
staff-walkin-reason-document_needed_for_work = Documento necesario para trabajar
staff-walkin-reason-humanitarian = Motivo humanitario
staff-walkin-reason-other = Otro
staff-walkin-reason-text = Detalles
staff-walkin-approval = Lo aprueba un/a gerente o supervisor/a (el día está completo)
staff-walkin-submit = Admitir

## Cashier
staff-cashier-title = Caja
staff-cashier-placeholder = Escanee el aviso o escriba el número de confirmación
staff-cashier-admit = Admitir
staff-cashier-receipt = Referencia del recibo

## The waiting room's screen
staff-waiting-open = Abrir la pantalla de la sala de espera

## The day's figures, companions
staff-summary-title = Cifras del día
staff-summary-track = Fila
staff-summary-seats = Plazas
staff-summary-booked = Reservadas
staff-summary-arrived = Llegaron
staff-summary-no-show = No se presentaron
staff-summary-walk-ins = Sin cita
staff-summary-no-show-rate = Tasa de ausencias
staff-summary-utilisation = Ocupación
staff-companions-title = Acompañado por
staff-companion-family = Familiar
staff-companion-translator = Intérprete
staff-companion-attorney = Abogado
staff-companions-add = Añadir acompañante
staff-companions-remove = Quitar

## The status bar: the sync with the central database
staff-sync-standalone = Sin base de datos central: esta estación de trabajo gestiona su oficina por sí sola.
staff-sync-online = Base de datos central: en línea · última sincronización: { $age } · { $unsent } sin enviar
staff-sync-offline = Base de datos central: SIN CONEXIÓN · última sincronización: { $age } · { $unsent } sin enviar, se guardan aquí y se enviarán cuando vuelva a estar disponible · el registro de llegada sigue funcionando; para programar citas se necesita la base de datos central
staff-sync-draining = Enviando a la base de datos central: enviados { $sent }, pendientes { $remaining }
staff-sync-never = nunca
staff-sync-seconds-ago = hace { $seconds } s
staff-sync-minutes-ago = hace { $minutes } min
staff-sync-hours-ago = hace { $hours } h
staff-sync-days-ago = hace { $days } d
staff-sync-problem = Base de datos central: NO UTILIZABLE · { $problem } · última sincronización: { $age } · { $unsent } sin enviar, se guardan aquí · el registro de llegada sigue funcionando
staff-sync-local-problem = Sincronización en pausa: { $problem } · última sincronización: { $age } · { $unsent } sin enviar · se reintenta automáticamente cada pocos segundos; si persiste, llame a soporte informático

## The administrator's central-database settings
staff-nav-central = Base de datos central
staff-central-title = Base de datos central
staff-central-standalone = Esta estación de trabajo gestiona su oficina por sí sola. Conéctela a la base de datos central del distrito para programar citas de forma centralizada y compartir los registros de llegada con los demás puestos.
staff-central-connected = Conectado a { $address }
staff-central-reachable = El servidor responde: PostgreSQL { $version }, esquema { $applied } de { $known }.
staff-central-unreachable = El servidor no responde: { $reason }
staff-central-refused = La base de datos central responde, pero no se puede usar: { $reason }
staff-central-password-unreadable = La contraseña guardada no se puede leer en esta estación de trabajo: { $reason }
staff-central-schema-behind = Su esquema es anterior al de esta aplicación: un administrador debe ejecutar `passdesk central migrate` una vez para el distrito (si la base de datos es nueva y está vacía: `passdesk central init`).
staff-central-schema-ahead = Su esquema es más reciente de lo que conoce esta aplicación: instale en esta estación de trabajo la versión de PassDesk que usa el distrito.
staff-central-office-unknown = El distrito no tiene la oficina { $office }: el tablero, la lista y la búsqueda de esta estación quedan vacíos. Conéctese de nuevo con la oficina correcta.
staff-central-password-keychain = La contraseña se guarda en el llavero del sistema.
staff-central-password-file = La contraseña se guarda en el archivo { $path }, que solo esta cuenta puede leer.
staff-central-unsent = Datos aún sin enviar: { $count }
staff-central-host = Servidor
staff-central-port = Puerto (en blanco: 5432)
staff-central-database = Base de datos
staff-central-user = Cuenta
staff-central-password = Contraseña
staff-central-office = Oficina cuyos datos se guardan en esta estación de trabajo (en blanco: todas las oficinas)
staff-central-password-file-label = Guardar la contraseña en este archivo en su lugar (para un equipo sin llavero)
staff-central-connect = Conectar
staff-central-disconnect = Desconectar
staff-central-disconnected = Desconectado: ahora esta estación de trabajo gestiona su oficina por sí sola.
staff-central-disconnect-warning = ¿Desconectar esta estación de trabajo de la base de datos central? A partir de entonces gestionará su oficina por sí sola. Las citas que programe, cambie de horario o cancele mientras funcione por sí sola deberán enviarse al distrito antes de que vuelva a conectarse; las que no se puedan enviar (porque ese horario se ocupó entretanto en el distrito) aparecerán en una lista con la persona a quien llamar. Los registros de llegada se guardan y se envían cuando vuelva a conectarse.
staff-central-disconnect-yes = Sí, desconectar
staff-central-disconnect-keep = Mantener la conexión
staff-central-own-title = Citas modificadas solo en esta estación de trabajo: { $count }
staff-central-own-explain = Mientras estaba desconectada, esta estación de trabajo programó, cambió de horario o canceló estas citas, o les dio un nuevo PIN. La base de datos central del distrito aún no las tiene, por lo que esta estación de trabajo no puede volver a conectarse tal como está. Envíelas al distrito: cada cita queda en el mismo horario, con el mismo número de confirmación y el mismo PIN. Lo que no se pueda enviar (por ejemplo, porque ese horario ya está lleno en el distrito) queda aquí con el motivo: llame a esa persona. O bien desconecte esta estación de trabajo y siga solo con esta base de datos.
staff-central-own-col-what = Por rehacer
staff-central-own-booked = Programar de nuevo
staff-central-own-rescheduled = Cambiar de horario
staff-central-own-cancelled = Cancelar
staff-central-own-pin-reissued = Nuevo PIN
staff-central-own-send = Enviarlas al distrito
staff-central-own-col-sent = Envío
staff-central-own-sent = Enviada
staff-central-own-not-sent = No enviada: { $why }. Llame a esta persona.
staff-central-own-all-sent = Todo lo modificado solo en esta estación de trabajo ya pertenece al distrito, y la estación vuelve a estar conectada.

## Closing a day (snow, a power cut)
staff-close-title = Cerrar un día
staff-close-explain = Por nieve, un corte de luz u otro cierre. Cada cita programada de ese día pasa al primer horario libre de su tipo posterior a ella (o se cancela), y el día se convierte en feriado. La lista que aparece a continuación muestra a quién hay que llamar; una cita cambiada de horario conserva su número de confirmación y su PIN.
staff-close-date = Día a cerrar
staff-close-move = Cambiar las citas a los próximos horarios libres
staff-close-cancel = Cancelar las citas
staff-close-button = Cerrar el día…
staff-close-dirty = Primero guarde o descarte los cambios
staff-close-confirm-move = ¿Cerrar { $office } el { $date } y cambiar de horario todas las citas de ese día? Esto no se puede deshacer aquí.
staff-close-confirm-cancel = ¿Cerrar { $office } el { $date } y cancelar todas las citas de ese día? Esto no se puede deshacer aquí.
staff-close-yes = Sí, cerrar el día
staff-close-failed = No se cerró el día: { $error }
staff-close-done = El { $date } queda cerrado. Citas cambiadas de horario: { $moved }. Canceladas: { $cancelled }.
staff-close-col-was = Hora
staff-close-col-person = Persona
staff-close-col-now = Ahora
staff-close-col-reach = Teléfono, correo electrónico
staff-close-col-language = Idioma
staff-close-cancelled = cancelada
staff-close-no-contact = no se indicó

## The window of an app that could not open its database (problem.tsx)
staff-startup-title = PassDesk no puede iniciarse
staff-startup-code = Código
staff-startup-database = Base de datos
staff-startup-next = No se ha cambiado nada. Corrija lo que indica el mensaje y vuelva a iniciar PassDesk. Si persiste, llame a soporte informático y facilíteles este mensaje y el código.
staff-startup-quit = Cerrar

staff-desks-title = Estaciones de trabajo del distrito
staff-desks-explain = Según lo último que la base de datos central recibió de cada una: cada estación de trabajo informa de su estado al final de sus rondas de sincronización, al menos cada 30 segundos mientras puede conectarse con la base de datos central. Antes de cerrar un día, busque aquí una estación de trabajo de la que no se tengan noticias o que guarde registros de llegada sin enviar.
staff-desks-none = Ninguna estación de trabajo ha informado todavía de su estado.
staff-desks-col-workstation = Estación de trabajo
staff-desks-col-office = Oficina
staff-desks-col-heard = Últimas noticias
staff-desks-col-unsent = Sin enviar entonces
staff-desks-col-problem = Problema
staff-desks-this-one = (esta)
staff-desks-every-office = todas las oficinas
staff-desks-silent = Sin noticias desde hace más de 2 minutos
staff-desks-unsent = Datos: { $count }, el más antiguo de { $oldest }
staff-desks-failed = Su última sincronización falló: { $why }
staff-desks-rejected-count = Datos rechazados: { $count }
staff-desks-rejected-title = Datos rechazados por la base de datos central: { $count }
staff-desks-rejected-explain = La base de datos central no pudo aplicarlos y los guardó con el motivo; ninguna sincronización volverá a intentarlo. Resuelva cada uno a mano: vuelva a registrar la llegada de la persona o corrija la información.
staff-desks-col-made = Registrado
staff-desks-col-about = Asunto
staff-desks-col-why = Motivo
