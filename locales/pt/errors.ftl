# Every message an error can show to a person at the kiosk. Each names what
# to do next. Variables: $date (a formatted date), $time, $days, $waited,
# $minutes, $left (numbers), $office, $type, $service, $phone, $zip, $country.

error-unexpected = Algo deu errado. Por favor, tente novamente ou pergunte na recepção.
error-database_unavailable = O sistema de agendamento não está disponível no momento. Por favor, pergunte na recepção.
error-central_unavailable = Para agendar, é preciso o sistema central de agendamento, que não está acessível no momento. Por favor, tente novamente daqui a alguns minutos ou pergunte na recepção.
error-forbidden = Isto não está disponível aqui.
error-invalid_input = Por favor, confira o que você digitou.

# One message per field, shown beside the field.
field-zip = Digite um código postal (ZIP) de 5 dígitos, por exemplo 75201.
field-country = Escolha seu país de residência. Se você mora nos Estados Unidos, digite seu código postal (ZIP).
field-office = Escolha um escritório.
field-type = Escolha o tipo de atendimento.
field-confirmation = Digite o número de confirmação que está no seu comprovante: 10 letras e números, por exemplo 7K3QF-9XW2M.
field-pin = Digite o PIN que está no seu comprovante: 6 números.
field-first_name = Digite o primeiro nome como aparece nos seus documentos (somente letras).
field-middle_name = Digite o nome do meio como aparece nos seus documentos, ou deixe o campo em branco.
field-last_name = Digite o sobrenome como aparece nos seus documentos (somente letras).
field-date_of_birth = Digite uma data de nascimento real, no passado.
field-country_of_birth = Escolha o país de nascimento, ou deixe o campo em branco.
field-phone = Digite um número de telefone: 10 números nos Estados Unidos, ou + e o código do país.
field-rep_phone = Digite um número de telefone: 10 números nos Estados Unidos, ou + e o código do país.
field-email = Digite um endereço de e-mail, por exemplo name@example.com, ou deixe o campo em branco.
field-rep_email = Digite um endereço de e-mail, por exemplo name@example.com, ou deixe o campo em branco.
field-a_number = Digite o número A (A-number): a letra A e de 7 a 9 números, por exemplo A012345678, ou deixe o campo em branco.
field-receipt_number = Digite o número de recibo: 3 letras e 10 números, por exemplo EAC2190012345, ou deixe o campo em branco.
field-name = Digite o nome do representante (somente letras).
field-organization = Digite a organização em texto simples (até 120 caracteres), ou deixe o campo em branco.
field-online_account = Digite o número da conta on-line em texto simples, ou deixe o campo em branco.
field-call_times = Descreva os melhores dias e horários em texto simples (até 200 caracteres), ou deixe o campo em branco.
field-proof_needed_by = Digite a data em que você precisa da comprovação do seu status. Ela não pode estar no passado.
field-travel_date = Digite a data em que você pretende viajar. Ela não pode estar no passado.
field-adjustment_filed_on = Digite a data em que seu pedido de ajuste de status foi protocolado. Ela não pode estar no futuro.
field-final_order = Digite a data da decisão final do juiz (não pode estar no futuro), o tribunal e o que foi concedido.
field-language = Escolha um dos idiomas oferecidos.
field-slot_id = Escolha um dos horários oferecidos.
field-from = Digite a data a partir da qual procurar.
field-identity = Informe também o número A (A-number) ou um número de recibo.

error-redirect-contact-center = O atendimento “{ $type }” não é agendado aqui. Por favor, ligue para a Central de Atendimento do USCIS no número { $phone }.
error-redirect-online = “{ $type }” não precisa de agendamento. Por favor, use { $service }.
error-rule-proof = Você precisa da comprovação de status para { $date }, e faltam mais de { $days } dias para essa data. Por favor, agende mais perto dessa data ou ligue para a Central de Atendimento do USCIS no número { $phone }.
error-rule-travel = Sua viagem está marcada para { $date }, daqui a { $days } dias úteis ou menos. Por favor, ligue para a Central de Atendimento do USCIS no número { $phone }.
error-no_slot_in_time = Não há horários livres até { $date }, inclusive, que é o último dia em que este agendamento pode ajudar você. Por favor, ligue para a Central de Atendimento do USCIS no número { $phone }.
error-rule-filed = A autorização de trabalho provisória pode ser pedida { $days } dias após o protocolo do pedido. Seu pedido foi protocolado há { $waited } dias.

error-no_free_slot = Não há mais horários disponíveis neste período em { $office }. Novos horários são liberados todos os dias às { $time }. Por favor, tente novamente nesse horário.
error-slot_full = Outra pessoa acabou de escolher este horário. Por favor, escolha outro horário.
error-slot_unavailable = Este horário não pode mais ser agendado. Por favor, escolha outro horário.
error-duplicate_booking = Esta pessoa já tem um agendamento deste tipo. Para alterá-lo, escolha “Alterar ou cancelar um agendamento” e use o número de confirmação e o PIN desse agendamento.
error-no_office_zip = Nenhum escritório atende o código postal { $zip }. Por favor, confira o código ou pergunte na recepção.
error-no_office_country = Nenhum escritório aqui atende solicitantes cujo país de residência é { $country }. Por favor, pergunte na recepção.
error-wrong_pin = { $left ->
    [one] O número de confirmação ou o PIN está errado. Resta { $left } tentativa.
   *[other] O número de confirmação ou o PIN está errado. Restam { $left } tentativas.
}
error-pin_locked = Houve tentativas erradas demais com este número de confirmação. Por favor, tente novamente daqui a { $minutes } minutos ou pergunte na recepção.
error-identity_not_found = Nenhum agendamento corresponde a estes dados. Por favor, confira os dados ou pergunte na recepção.
error-identity_locked = Houve tentativas demais com estes dados. Por favor, pergunte na recepção.
error-appointment_cancelled = Este agendamento foi cancelado. Por favor, faça um novo agendamento.
error-appointment_past = Este agendamento já começou ou já passou. Por favor, faça um novo agendamento.
error-checked_in = O check-in deste agendamento já foi feito. Para alterar o agendamento, por favor, pergunte na recepção.
