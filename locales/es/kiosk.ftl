# The lobby kiosk: the public's screens. Short sentences, large buttons.
# In kiosk messages, variables are plain text: $step, $total, $when, $office.

kiosk-title = Citas
kiosk-welcome = Le damos la bienvenida. Aquí puede programar, cambiar o cancelar una cita en esta oficina, e imprimir su aviso.
kiosk-choose-language = Elija su idioma
kiosk-book = Programar una cita
kiosk-manage = Cambiar o cancelar una cita
kiosk-replace = Imprimir mi aviso otra vez
kiosk-staff = Personal
kiosk-back = Atrás
kiosk-next = Siguiente
kiosk-start-over = Empezar de nuevo
kiosk-step = Paso { $step } de { $total }
kiosk-optional = opcional
kiosk-date-hint = Año-mes-día, por ejemplo 1980-04-25
kiosk-yes = Sí
kiosk-no = No
kiosk-working = Un momento, por favor…
kiosk-idle = Si nadie usa la pantalla por un rato, vuelve al inicio y borra lo que se escribió.

where-title = ¿Dónde vive?
where-in-us = En los Estados Unidos
where-abroad = Fuera de los Estados Unidos
where-zip = Código postal (ZIP)
where-zip-hint = 5 dígitos, por ejemplo 75201
where-country = País de residencia
where-country-hint = Dos letras, por ejemplo MX para México
where-office = La oficina de su zona
where-office-confirm = Su cita será en esta oficina.

type-title = ¿Qué necesita?
type-questions = Algunas preguntas sobre su solicitud
question-proof_needed_by = ¿Cuándo necesita la prueba de su estatus?
question-travel_date = ¿Cuándo piensa viajar?
question-adjustment_filed_on = ¿Cuándo se presentó su solicitud de ajuste de estatus (Formulario I-485)?
question-final_order-date = Fecha de la orden final del juez
question-final_order-court = Tribunal de inmigración que emitió la orden
question-final_order-granted = Lo que concedió el juez

who-title = ¿Quién programa esta cita?
who-self = Soy el/la solicitante
who-representative = La programo en nombre del/de la solicitante (abogado, representante o familiar)
rep-title = Sus datos como representante
rep-name = Su nombre
rep-organization = Organización
rep-phone = Su número de teléfono
rep-email = Su correo electrónico
rep-text-messages = Enviarme mensajes de texto sobre esta cita
rep-online-account = Número de cuenta en línea
rep-call-times = Mejores días y horas para llamarle

person-title = Datos del/de la solicitante
person-first-name = Nombre
person-middle-name = Segundo nombre
person-last-name = Apellido
person-date-of-birth = Fecha de nacimiento
person-country-of-birth = País de nacimiento
person-zip = Código postal (ZIP)
person-phone = Número de teléfono
person-email = Correo electrónico
person-a-number = Número A (A-number)
person-a-number-hint = A y de 7 a 9 dígitos, por ejemplo A012345678
person-receipt-number = Número de recibo
person-receipt-number-hint = 3 letras y 10 dígitos, por ejemplo EAC2190012345

verify-title = Por favor, revise estos datos
verify-change = Cambiar

slots-title = Elija un horario
slots-seats = Libres: { $seats }
slots-later = Ver días posteriores
slots-earlier = Ver días anteriores

review-title = Revisar y confirmar
review-office = Oficina
review-type = Cita
review-when = Fecha y hora
review-applicant = Solicitante
review-representative = Programada por
review-confirm = Confirmar esta cita

done-title = Su cita está programada
done-moved = Su cita se cambió a otro horario
done-replaced = Aquí está su aviso
done-when = Fecha y hora
done-confirmation = Número de confirmación
done-pin = PIN
done-keep = Anote o imprima el número de confirmación y el PIN. Necesita los dos para cambiar o cancelar esta cita.
done-print = Imprimir el aviso
done-save = Guardar el aviso como PDF
done-saved = El aviso se guardó.
done-printing = El aviso se está enviando a la impresora.
done-finish = Terminar

manage-title = Cambiar o cancelar su cita
manage-confirmation = Número de confirmación
manage-pin = PIN
manage-find = Buscar mi cita
manage-current = Su cita
manage-reschedule = Elegir otro horario
manage-cancel = Cancelar esta cita
manage-cancel-confirm = Sí, cancelarla
manage-cancel-question = ¿Desea cancelar su cita del { $when }? El horario se le dará a otra persona.
manage-cancelled = Su cita está cancelada. No tiene que hacer nada más.
manage-print = Imprimir el aviso otra vez

replace-title = Imprimir su aviso otra vez
replace-with-pin = Tengo mi número de confirmación y mi PIN
replace-without-pin = No los tengo
replace-identity-hint = Escriba el nombre y la fecha de nacimiento del/de la solicitante, y el número A (A-number) o un número de recibo. Recibirá un PIN nuevo; el anterior dejará de funcionar.
replace-find = Buscar mi cita

# The waiting room's screen in the lobby, shown in each language in turn.
lobby-title = Atendiendo ahora
lobby-number = Número
lobby-desk = Diríjase a
lobby-count = En espera: { $count }
lobby-cashier = Caja
