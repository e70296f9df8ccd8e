# The lobby kiosk: the public's screens. Short sentences, large buttons.
# In kiosk messages, variables are plain text: $step, $total, $when, $office.

kiosk-title = Agendamentos
kiosk-welcome = Boas-vindas. Aqui você pode marcar, alterar ou cancelar um agendamento neste escritório e imprimir seu comprovante.
kiosk-choose-language = Escolha seu idioma
kiosk-book = Fazer um agendamento
kiosk-manage = Alterar ou cancelar um agendamento
kiosk-replace = Imprimir meu comprovante de novo
kiosk-staff = Funcionários
kiosk-back = Voltar
kiosk-next = Avançar
kiosk-start-over = Recomeçar
kiosk-step = Etapa { $step } de { $total }
kiosk-optional = opcional
kiosk-date-hint = Ano-mês-dia, por exemplo 1980-04-25
kiosk-yes = Sim
kiosk-no = Não
kiosk-working = Um momento, por favor…
kiosk-idle = Depois de pouco tempo sem uso, a tela volta ao início e apaga o que foi digitado.

where-title = Onde você mora?
where-in-us = Nos Estados Unidos
where-abroad = Fora dos Estados Unidos
where-zip = Código postal (ZIP)
where-zip-hint = 5 números, por exemplo 75201
where-country = País de residência
where-country-hint = Duas letras, por exemplo MX para o México
where-office = O escritório da sua região
where-office-confirm = Seu atendimento será neste escritório.

type-title = Do que você precisa?
type-questions = Algumas perguntas sobre o seu pedido
question-proof_needed_by = Quando você precisa da comprovação do seu status?
question-travel_date = Quando você pretende viajar?
question-adjustment_filed_on = Quando seu pedido de ajuste de status (Formulário I-485) foi protocolado?
question-final_order-date = Data da decisão final do juiz
question-final_order-court = Tribunal de imigração que emitiu a decisão
question-final_order-granted = O que o juiz concedeu

who-title = Quem está fazendo este agendamento?
who-self = Sou o(a) solicitante
who-representative = Estou agendando para o(a) solicitante (advogado, representante ou familiar)
rep-title = Sobre você, representante
rep-name = Seu nome
rep-organization = Organização
rep-phone = Seu número de telefone
rep-email = Seu endereço de e-mail
rep-text-messages = Quero receber mensagens de texto (SMS) sobre este agendamento
rep-online-account = Número da conta on-line
rep-call-times = Melhores dias e horários para ligar para você

person-title = Sobre o(a) solicitante
person-first-name = Primeiro nome
person-middle-name = Nome do meio
person-last-name = Sobrenome
person-date-of-birth = Data de nascimento
person-country-of-birth = País de nascimento
person-zip = Código postal (ZIP)
person-phone = Número de telefone
person-email = Endereço de e-mail
person-a-number = Número A (A-number)
person-a-number-hint = A e de 7 a 9 números, por exemplo A012345678
person-receipt-number = Número de recibo
person-receipt-number-hint = 3 letras e 10 números, por exemplo EAC2190012345

verify-title = Por favor, confira estes dados
verify-change = Alterar

slots-title = Escolha um horário
slots-seats = Vagas: { $seats }
slots-later = Mostrar dias seguintes
slots-earlier = Mostrar dias anteriores

review-title = Revisar e confirmar
review-office = Escritório
review-type = Atendimento
review-when = Data e horário
review-applicant = Solicitante
review-representative = Feito por
review-confirm = Confirmar este agendamento

done-title = Seu agendamento está confirmado
done-moved = Seu agendamento foi remarcado
done-replaced = Aqui está seu comprovante
done-when = Data e horário
done-confirmation = Número de confirmação
done-pin = PIN
done-keep = Anote ou imprima o número de confirmação e o PIN. Você precisa dos dois para alterar ou cancelar este agendamento.
done-print = Imprimir o comprovante
done-save = Salvar o comprovante em PDF
done-saved = O comprovante foi salvo.
done-printing = O comprovante está sendo enviado para a impressora.
done-finish = Concluir

manage-title = Alterar ou cancelar seu agendamento
manage-confirmation = Número de confirmação
manage-pin = PIN
manage-find = Encontrar meu agendamento
manage-current = Seu agendamento
manage-reschedule = Escolher outro horário
manage-cancel = Cancelar este agendamento
manage-cancel-confirm = Sim, cancelar
manage-cancel-question = Cancelar seu agendamento marcado para { $when }? O horário será oferecido a outra pessoa.
manage-cancelled = Seu agendamento foi cancelado. Você não precisa fazer mais nada.
manage-print = Imprimir o comprovante de novo

replace-title = Imprimir seu comprovante de novo
replace-with-pin = Tenho meu número de confirmação e meu PIN
replace-without-pin = Não tenho esses dados
replace-identity-hint = Digite o nome e a data de nascimento do(a) solicitante e o número A (A-number) ou um número de recibo. Você vai receber um novo PIN; o anterior deixará de funcionar.
replace-find = Encontrar meu agendamento

# The waiting room's screen in the lobby, shown in each language in turn.
lobby-title = Atendendo agora
lobby-number = Número
lobby-desk = Dirija-se a
lobby-count = Aguardando: { $count }
lobby-cashier = Caixa
