# The printed appointment notice, and the names of appointment types and
# documents that the kiosk and the notice show.

notice-title = Comprovante de agendamento
notice-replacement = Segunda via do comprovante de agendamento
notice-office = Escritório
notice-when = Data e horário
notice-type = Tipo de atendimento
notice-applicant = Solicitante
notice-confirmation = Número de confirmação
notice-pin = PIN
notice-pin-new = Novo PIN (o PIN que você tinha antes não funciona mais)
notice-bring = O que trazer
notice-scan = Mostre este código na recepção quando chegar.
notice-keep = Guarde seu número de confirmação e seu PIN. Você precisa dos dois para alterar ou cancelar este agendamento no terminal de autoatendimento da entrada do escritório.
notice-arrive = Chegue no horário indicado. Só podem entrar o(a) solicitante e as pessoas autorizadas pelo escritório.
notice-printed = Data de impressão: { $when }

type-case_inquiry = Dúvida sobre um caso pendente
type-adit = Comprovação de residência permanente (carimbo ADIT / I-551)
type-interim_ead = Autorização de trabalho provisória (ajuste pendente há 90 dias ou mais)
type-card_replacement = Substituir um cartão de registro de estrangeiro perdido ou roubado
type-eap = Autorização de viagem de emergência (Emergency Advance Parole) para viagem urgente
type-ij_grant = Benefício concedido por juiz de imigração
type-asylum = Atendimento de asilo
type-nacara = Atendimento NACARA
type-attorney_inquiry = Consulta de advogado ou representante credenciado
type-cashier_payment = Caixa: pagar uma taxa ou fiança
type-dara_adjustment = DARA: protocolo do pedido de ajuste e entrevista
type-other = Outro assunto
type-forms = Baixar formulários
type-case_status = Consultar o status do meu caso
type-efile_i90 = Substituir o green card (Formulário I-90)
type-efile_i765 = Pedir autorização de trabalho (Formulário I-765)

# Where the online matters are done.
service-forms = a página de formulários do site do USCIS
service-case_status = o Case Status Online (status do caso on-line) no site do USCIS
service-efile_i90 = o envio on-line do Formulário I-90 no site do USCIS
service-efile_i765 = o envio on-line do Formulário I-765 no site do USCIS

doc-notice = este comprovante de agendamento
doc-photo_id = um documento de identidade com foto: passaporte, identidade estadual com foto ou carteira de motorista
doc-green_card_or_ead = seu Cartão de Residente Permanente (I-551), se você for residente; caso contrário, seu Documento de Autorização de Emprego
doc-i94 = o Formulário I-94 (registro de entrada/saída); um I-94 sem foto só vale junto com a cópia de um passaporte ou documento de identidade que mostre seu nome e seu rosto
doc-case_papers = formulários, recibos, avisos de aprovação ou de negativa, traduções e originais relacionados à sua dúvida
doc-passport = seu passaporte
doc-approval_notice = o aviso de aprovação da sua residência permanente
doc-filing_receipt = o aviso de recebimento do seu pedido de ajuste de status (Formulário I-485)
doc-passport_photos = duas fotos tamanho passaporte
doc-police_report = um boletim de ocorrência da perda ou do roubo, se você tiver
doc-travel_evidence = comprovantes da emergência e da viagem planejada
doc-final_order = a decisão final do juiz de imigração
doc-g28 = o Formulário G-28 (aviso de atuação como advogado ou representante)
doc-fee_notice = o aviso que cobra a taxa ou a fiança
