# Every message an error can show to a person at the kiosk. Each names what
# to do next. Variables: $date (a formatted date), $time, $days, $waited,
# $minutes, $left (numbers), $office, $type, $service, $phone, $zip, $country.

error-unexpected = Algo salió mal. Por favor, inténtelo de nuevo o pregunte en la recepción.
error-database_unavailable = El sistema de citas no está disponible en este momento. Por favor, pregunte en la recepción.
error-central_unavailable = Para programar una cita se necesita el sistema central de citas, al que no se puede acceder en este momento. Por favor, inténtelo de nuevo en unos minutos o pregunte en la recepción.
error-forbidden = Esto no está disponible aquí.
error-invalid_input = Por favor, revise lo que escribió.

# One message per field, shown beside the field.
field-zip = Escriba un código postal (ZIP) de 5 dígitos, por ejemplo 75201.
field-country = Elija su país de residencia. Si vive en los Estados Unidos, escriba su código postal (ZIP).
field-office = Elija una oficina.
field-type = Elija el tipo de cita.
field-confirmation = Escriba el número de confirmación que aparece en su aviso: 10 letras y dígitos, por ejemplo 7K3QF-9XW2M.
field-pin = Escriba el PIN que aparece en su aviso: 6 dígitos.
field-first_name = Escriba el nombre tal como aparece en sus documentos (solo letras).
field-middle_name = Escriba el segundo nombre tal como aparece en sus documentos, o deje el campo en blanco.
field-last_name = Escriba el apellido tal como aparece en sus documentos (solo letras).
field-date_of_birth = Escriba una fecha de nacimiento real, en el pasado.
field-country_of_birth = Elija el país de nacimiento, o deje el campo en blanco.
field-phone = Escriba un número de teléfono: 10 dígitos en los Estados Unidos, o + y el código del país.
field-rep_phone = Escriba un número de teléfono: 10 dígitos en los Estados Unidos, o + y el código del país.
field-email = Escriba un correo electrónico, por ejemplo name@example.com, o deje el campo en blanco.
field-rep_email = Escriba un correo electrónico, por ejemplo name@example.com, o deje el campo en blanco.
field-a_number = Escriba el número A (A-number): la letra A y de 7 a 9 dígitos, por ejemplo A012345678, o deje el campo en blanco.
field-receipt_number = Escriba el número de recibo: 3 letras y 10 dígitos, por ejemplo EAC2190012345, o deje el campo en blanco.
field-name = Escriba el nombre del representante (solo letras).
field-organization = Escriba la organización en texto simple (hasta 120 caracteres), o deje el campo en blanco.
field-online_account = Escriba el número de cuenta en línea en texto simple, o deje el campo en blanco.
field-call_times = Indique los mejores días y horas en texto simple (hasta 200 caracteres), o deje el campo en blanco.
field-proof_needed_by = Escriba la fecha en que necesita la prueba de su estatus. No puede ser una fecha pasada.
field-travel_date = Escriba la fecha en que piensa viajar. No puede ser una fecha pasada.
field-adjustment_filed_on = Escriba la fecha en que se presentó su solicitud de ajuste de estatus. No puede ser una fecha futura.
field-final_order = Escriba la fecha de la orden final del juez (no puede ser futura), el tribunal y lo que se concedió.
field-language = Elija uno de los idiomas ofrecidos.
field-slot_id = Elija uno de los horarios ofrecidos.
field-from = Escriba una fecha desde la cual buscar.
field-identity = Indique también el número A (A-number) o un número de recibo.

error-redirect-contact-center = “{ $type }” no se programa aquí. Por favor, llame al Centro de Contacto de USCIS al { $phone }.
error-redirect-online = “{ $type }” no necesita cita. Por favor, use { $service }.
error-rule-proof = Usted necesita la prueba de su estatus para el { $date }, y faltan más de { $days } días para esa fecha. Por favor, programe su cita más cerca de esa fecha, o llame al Centro de Contacto de USCIS al { $phone }.
error-rule-travel = Su viaje es el { $date }, dentro de { $days } días hábiles o menos. Por favor, llame al Centro de Contacto de USCIS al { $phone }.
error-no_slot_in_time = No hay horarios libres hasta el { $date } inclusive, que es el último día en que esta cita le puede servir. Por favor, llame al Centro de Contacto de USCIS al { $phone }.
error-rule-filed = Se puede pedir un permiso de trabajo provisional { $days } días después de presentar la solicitud. Su solicitud se presentó hace { $waited } días.

error-no_free_slot = No quedan citas en este período en { $office }. Cada día se ofrecen citas nuevas a las { $time }. Por favor, inténtelo de nuevo a esa hora.
error-slot_full = Otra persona acaba de tomar este horario. Por favor, elija otro horario.
error-slot_unavailable = Este horario ya no se puede reservar. Por favor, elija otro horario.
error-duplicate_booking = Esta persona ya tiene una cita de este tipo. Para cambiarla, elija “Cambiar o cancelar una cita” y use el número de confirmación y el PIN de esa cita.
error-no_office_zip = Ninguna oficina atiende el código postal { $zip }. Por favor, revíselo o pregunte en la recepción.
error-no_office_country = Ninguna oficina de aquí atiende a solicitantes que viven en { $country }. Por favor, pregunte en la recepción.
error-wrong_pin = { $left ->
    [one] El número de confirmación o el PIN no es correcto. Le queda { $left } intento más.
   *[other] El número de confirmación o el PIN no es correcto. Le quedan { $left } intentos más.
}
error-pin_locked = Hubo demasiados intentos incorrectos con este número de confirmación. Por favor, inténtelo de nuevo dentro de { $minutes } minutos o pregunte en la recepción.
error-identity_not_found = Ninguna cita coincide con estos datos. Por favor, revíselos o pregunte en la recepción.
error-identity_locked = Hubo demasiados intentos con estos datos. Por favor, pregunte en la recepción.
error-appointment_cancelled = Esta cita está cancelada. Por favor, programe una nueva.
error-appointment_past = Esta cita ya empezó o ya pasó. Por favor, programe una nueva.
error-checked_in = Su llegada para esta cita ya está registrada. Para cambiar la cita, por favor, pregunte en la recepción.
