# The printed appointment notice, and the names of appointment types and
# documents that the kiosk and the notice show.

notice-title = Aviso de cita
notice-replacement = Aviso de cita (reemplazo)
notice-office = Oficina
notice-when = Fecha y hora
notice-type = Tipo de cita
notice-applicant = Solicitante
notice-confirmation = Número de confirmación
notice-pin = PIN
notice-pin-new = PIN nuevo (el PIN que tenía antes ya no funciona)
notice-bring = Qué debe traer
notice-scan = Muestre este código en la recepción cuando llegue.
notice-keep = Guarde su número de confirmación y su PIN. Necesita los dos para cambiar o cancelar esta cita en el quiosco del vestíbulo de la oficina.
notice-arrive = Venga a la hora indicada. Solo pueden entrar el/la solicitante y las personas que la oficina autorice.
notice-printed = Impreso el { $when }

type-case_inquiry = Pregunta sobre un caso pendiente
type-adit = Prueba de residencia permanente (sello ADIT / I-551)
type-interim_ead = Permiso de trabajo provisional (ajuste pendiente desde hace 90 días o más)
type-card_replacement = Reemplazar una tarjeta de registro de extranjero perdida o robada
type-eap = Permiso adelantado de emergencia (Emergency Advance Parole) para un viaje urgente
type-ij_grant = Beneficio concedido por un juez de inmigración
type-asylum = Cita de asilo
type-nacara = Cita de NACARA
type-attorney_inquiry = Consulta de abogado o representante acreditado
type-cashier_payment = Caja: pagar una tarifa o una fianza
type-dara_adjustment = DARA: presentación de la solicitud de ajuste y entrevista
type-other = Otra cosa
type-forms = Descargar formularios
type-case_status = Consultar el estado de mi caso
type-efile_i90 = Reemplazar una tarjeta verde (Formulario I-90)
type-efile_i765 = Solicitar un permiso de trabajo (Formulario I-765)

# Where the online matters are done.
service-forms = la página de formularios del sitio web de USCIS
service-case_status = Case Status Online (estado del caso en línea) en el sitio web de USCIS
service-efile_i90 = la presentación en línea del Formulario I-90 en el sitio web de USCIS
service-efile_i765 = la presentación en línea del Formulario I-765 en el sitio web de USCIS

doc-notice = este aviso de cita
doc-photo_id = un documento de identidad con foto: pasaporte, identificación estatal con foto o licencia de conducir
doc-green_card_or_ead = su Tarjeta de Residente Permanente (I-551) si es residente; si no lo es, su Documento de Autorización de Empleo
doc-i94 = el Formulario I-94 (Registro de Llegada/Salida); uno sin foto solo es válido con una copia de un pasaporte o una identificación que muestre su nombre y su cara
doc-case_papers = formularios, recibos, avisos de aprobación o de denegación, traducciones y originales relacionados con su pregunta
doc-passport = su pasaporte
doc-approval_notice = el aviso de aprobación de su residencia permanente
doc-filing_receipt = el aviso de recibo de su solicitud de ajuste de estatus (Formulario I-485)
doc-passport_photos = dos fotos tamaño pasaporte
doc-police_report = un informe policial de la pérdida o el robo, si lo tiene
doc-travel_evidence = pruebas de la emergencia y del viaje que tiene previsto
doc-final_order = la orden final del juez de inmigración
doc-g28 = el Formulario G-28 (aviso de comparecencia como abogado o representante)
doc-fee_notice = el aviso que pide la tarifa o la fianza
