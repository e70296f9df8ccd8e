# The staff screens (front desk, managers, administrators).
# Variables are plain text the UI fills in: no selectors or plurals here, the
# UI replaces each { $name } as it is. Separators between data items (" · ")
# and symbols (◀ ▶ —) stay in the UI.

## The frame around every staff screen (main.tsx)

staff-app-name = PassDesk
staff-opening = Abrindo o PassDesk…
staff-nav-board = Painel do dia
staff-nav-mix = Grade diária
staff-nav-staff = Funcionários
staff-enter-kiosk = Modo quiosque
staff-sign-out = Sair
staff-status-database = Banco de dados local: { $path }

## Role names (roles.ts)

staff-role-administrator = Administrador(a)
staff-role-district-manager = Gerente distrital
staff-role-front-desk = Atendente de recepção
staff-role-cashier = Operador(a) de caixa

## Sign-in (sign_in.tsx, and the kiosk's way out in kiosk.tsx)

staff-sign-in-title = Acesso de funcionários do PassDesk
staff-sign-in-leave-kiosk = Acesso de funcionários para sair do quiosque
staff-sign-in-username = Nome de usuário
staff-sign-in-password = Senha
staff-sign-in-back = Voltar
staff-sign-in-submit = Entrar

## First start on an empty database (sign_in.tsx)

staff-first-run-title = Boas-vindas ao PassDesk
staff-first-run-intro = Este banco de dados ainda não tem contas. Crie a conta do administrador; depois, o administrador cria as demais.
staff-first-run-name = Seu nome
staff-first-run-username = Nome de usuário
staff-first-run-password = Senha (10 caracteres ou mais)
staff-first-run-repeat = Repita a senha
staff-first-run-mismatch = As duas senhas são diferentes.
staff-first-run-create = Criar administrador

## Daily mix editor (mix_editor.tsx)

staff-mix-title = Grade diária
staff-mix-loading = Carregando…
staff-mix-title-office = Grade diária · { $office }
staff-mix-version = versão { $version }
staff-mix-unsaved = alterações não salvas
staff-mix-discard = Descartar alterações
staff-mix-save = Salvar
staff-mix-saving = Salvando…
staff-mix-saved = Salvo (versão { $version }). Dias liberados refeitos com a nova grade: { $remade }.
staff-mix-saved-kept = Salvo (versão { $version }). Dias liberados refeitos com a nova grade: { $remade }. Dias liberados que já têm agendamentos mantêm seus horários: { $days }.
staff-mix-not-saved = Não salvo: { $error }
staff-mix-released = Liberado até { $through }. Novos horários: { $created }; dias liberados agora: { $days }; dias já liberados antes: { $before }.
staff-mix-not-released = Não liberado: { $error }
staff-mix-cannot-save = Ainda não é possível salvar: { $problem }
staff-mix-open = Aberto
staff-mix-closed = fechado
staff-mix-summary = Horários: { $slots } · { $seats }
staff-mix-track-seats = { $track } { $seats }
staff-mix-no-seats = sem vagas
staff-mix-add-block = Adicionar bloco
staff-mix-copy-day = Copiar dia para…
staff-mix-copy-to = { $day }: copiar horário de funcionamento e blocos para:
staff-mix-copy = Copiar
staff-mix-cancel = Cancelar
staff-mix-col-time = Período
staff-mix-col-slot = Intervalo
staff-mix-col-capacity = Capacidade
staff-mix-col-track = Fila
staff-mix-col-types = Tipos de atendimento
staff-mix-slot-minutes = { $minutes } min
staff-mix-block-types = Tipos ({ $count }): { $types }
staff-mix-remove = Remover
staff-mix-range-format = Use o formato HH:MM-HH:MM, por exemplo 08:00-11:30.
staff-mix-range-order = O fim deve ser depois do início.
staff-mix-capacity-range = A capacidade é de 1 a 50 pessoas por horário.
staff-mix-types-needed = Escolha pelo menos um tipo de atendimento.
staff-mix-holidays = Feriados
staff-mix-add-holiday = Adicionar feriado
staff-mix-release-policy = Regras de liberação
staff-mix-release-window = Dias liberados com antecedência (1-180)
staff-mix-release-at = Novos horários liberados diariamente às
staff-mix-release-through = Liberar até
staff-mix-release-dirty = Primeiro salve ou descarte as alterações
staff-mix-release = Liberar horários
staff-mix-policies = Regras do escritório
staff-mix-walk-ins = Triagem de emergências sem agendamento
staff-mix-companions = Acompanhantes permitidos
staff-mix-attorney-hours = Horário sem agendamento para advogados
staff-mix-cashier-hours = Horário do caixa

## Days of the week in the mix editor: full names, and the short ones of the weekly hours

staff-day-mon = Segunda-feira
staff-day-tue = Terça-feira
staff-day-wed = Quarta-feira
staff-day-thu = Quinta-feira
staff-day-fri = Sexta-feira
staff-day-sat = Sábado
staff-day-sun = Domingo
staff-day-short-mon = seg
staff-day-short-tue = ter
staff-day-short-wed = qua
staff-day-short-thu = qui
staff-day-short-fri = sex
staff-day-short-sat = sáb
staff-day-short-sun = dom

## Today's board (board.tsx)

staff-board-title = Painel
staff-board-previous-day = Dia anterior
staff-board-next-day = Próximo dia
staff-board-today = Hoje
staff-board-roster-print = Imprimir lista do dia
staff-board-roster-save = Salvar lista em PDF
staff-board-search-placeholder = Número de confirmação, número A ou nome
staff-board-find = Buscar
staff-board-found-one = { $count } agendamento encontrado
staff-board-found-many = Agendamentos encontrados: { $count }
staff-board-close = Fechar
staff-board-empty = Nenhum agendamento em { $date }.
staff-board-booked-count = (agendados: { $count })
staff-board-open-desk-booking = Agendar pelo fluxo completo, no idioma do(a) solicitante…
staff-board-col-when = Data e horário
staff-board-col-time = Horário
staff-board-col-name = Nome
staff-board-col-type = Tipo
staff-board-col-confirmation = Confirmação
staff-board-col-status = Status
staff-board-applicant-name = { $last }, { $first }

## Booking for a caller or walk-in, beside the board (board.tsx)

staff-book-title = Agendar para quem liga ou vem sem agendamento
staff-book-type = Tipo de atendimento
staff-book-question-proof-needed-by = Comprovação de status necessária até
staff-book-question-travel-date = Data prevista da viagem
staff-book-question-adjustment-filed-on = Ajuste de status protocolado em
staff-book-day = Dia
staff-book-time = Horário
staff-book-first-free = Primeiro horário livre a partir deste dia
staff-book-free = Vagas: { $count }
staff-book-first-name = Primeiro nome
staff-book-last-name = Sobrenome
staff-book-date-of-birth = Data de nascimento
staff-book-dob-future = A data de nascimento não pode estar no futuro.
staff-book-a-number = Número A (opcional)
staff-book-phone = Telefone (opcional)
staff-book-receipt = Agendado: { $type }, em { $date } às { $time }. Confirmação { $confirmation }, PIN { $pin } (informe à pessoa: o PIN só aparece agora).
staff-book-submit = Agendar

## The full booking flow at the desk, around the kiosk's steps (desk_booking.tsx)

staff-desk-booking-title = Agendar com o(a) solicitante (no idioma dele ou dela)
staff-desk-booking-language = Idioma
staff-desk-booking-close = Fechar

## Staff accounts, for administrators (staff.tsx)

staff-accounts-title = Contas de funcionários
staff-accounts-col-username = Nome de usuário
staff-accounts-col-name = Nome
staff-accounts-col-role = Função
staff-accounts-col-office = Escritório
staff-accounts-all-offices = todos
staff-accounts-new = Nova conta
staff-accounts-name = Nome
staff-accounts-username = Nome de usuário
staff-accounts-role = Função
staff-accounts-office = Escritório
staff-accounts-password = Senha inicial (10 caracteres ou mais)
staff-accounts-short-password = Use pelo menos 10 caracteres.
staff-accounts-created = Conta { $username } criada.
staff-accounts-create = Criar conta
staff-accounts-col-status = Status
staff-accounts-active = ativa
staff-accounts-disabled = desativada
staff-accounts-edit = Editar
staff-accounts-editing = Alterar conta { $username }
staff-accounts-disable = Desativada: esta conta não pode entrar
staff-accounts-new-password = Nova senha (deixe em branco para manter a atual)
staff-accounts-save = Salvar alterações
staff-accounts-cancel = Cancelar
staff-accounts-saved = Conta { $username } salva.

## Check-in (front desk)
staff-nav-checkin = Check-in
staff-nav-cashier = Caixa
staff-checkin-title = Check-in
staff-checkin-search-placeholder = Escaneie o comprovante ou digite um número de confirmação, número A (A-number), número de recibo ou nome
staff-checkin-find = Buscar
staff-checkin-none = Nada encontrado.
staff-checkin-documents = Documentos de identidade conferidos
staff-checkin-mrz = MRZ do leitor de documentos
staff-checkin-override = Motivo para aceitar os documentos como estão
staff-checkin-submit = Fazer check-in
staff-checkin-cancel = Cancelar
staff-checkin-next = Próxima chegada
staff-checkin-shortcut = Espaço marca um documento, Tab avança, Ctrl+Enter registra a chegada.
staff-checkin-rebook = Agendar o próximo horário livre
staff-checkin-rebooked = Remarcado para { $when }. Novo PIN: { $pin }
staff-checkin-rebook-print = Imprimir o novo comprovante
staff-checkin-done = Check-in feito: número { $number }
staff-checkin-not-here = Este agendamento não é hoje neste escritório; veja a observação acima.
staff-doc-passport = Passaporte
staff-doc-state_photo_id = Identidade estadual com foto
staff-doc-drivers_license = Carteira de motorista
staff-doc-permanent_resident_card = Cartão de Residente Permanente (I-551)
staff-doc-ead = Documento de Autorização de Emprego
staff-doc-i94_with_photo = I-94 com foto
staff-doc-i94_without_photo = I-94 sem foto
staff-doc-passport_or_id_copy = Cópia de passaporte ou documento de identidade (nome e rosto)
staff-doc-other = Outro documento

## The waiting queue
staff-queue-title = Fila de hoje
staff-queue-desk = Minha mesa ou guichê
staff-queue-late = atrasado(a)
staff-queue-call = Chamar
staff-queue-served = Atendido(a)
staff-queue-not-served = Não atendido(a)
staff-visit-waiting = aguardando
staff-visit-called = chamado(a)
staff-visit-served = atendido(a)
staff-visit-not_served = não atendido(a)
staff-appointment-booked = marcado
staff-appointment-cancelled = cancelado

## Walk-ins
staff-walkin-open = Sem agendamento…
staff-walkin-title = Atendimento sem agendamento
staff-walkin-name = Nome
staff-walkin-kind = Tipo
staff-walkin-kind-walk_in = Emergência (com triagem)
staff-walkin-kind-attorney_walk_in = Advogado(a) (horário sem agendamento)
staff-walkin-kind-cashier_walk_in = Caixa (horário do caixa)
staff-walkin-reason = Emergência
staff-walkin-reason-medical_emergency = Emergência médica
staff-walkin-reason-imminent_travel = Viagem que não pode esperar
staff-walkin-reason-death_in_family = Falecimento na família
staff-walkin-reason-document_needed_for_work = Documento necessário para o trabalho
staff-walkin-reason-humanitarian = Motivo humanitário
staff-walkin-reason-other = Outro
staff-walkin-reason-text = Detalhes
staff-walkin-approval = Um(a) gerente ou supervisor(a) aprova (o dia está lotado)
staff-walkin-submit = Admitir

## Cashier
staff-cashier-title = Caixa
staff-cashier-placeholder = Escaneie o comprovante ou digite o número de confirmação
staff-cashier-admit = Admitir
staff-cashier-receipt = Referência do recibo

## The waiting room's screen
staff-waiting-open = Abrir a tela da sala de espera

## The day's figures, companions
staff-summary-title = Números do dia
staff-summary-track = Fila
staff-summary-seats = Vagas
staff-summary-booked = Agendados
staff-summary-arrived = Chegaram
staff-summary-no-show = Faltaram
staff-summary-walk-ins = Sem agendamento
staff-summary-no-show-rate = Taxa de faltas
staff-summary-utilisation = Ocupação
staff-companions-title = Acompanhado por
staff-companion-family = Familiar
staff-companion-translator = Intérprete
staff-companion-attorney = Advogado
staff-companions-add = Adicionar acompanhante
staff-companions-remove = Remover

## The status bar: the sync with the central database
staff-sync-standalone = Sem banco de dados central: esta estação de trabalho gerencia seu escritório por conta própria.
staff-sync-online = Banco de dados central: conectado · última sincronização: { $age } · não enviados: { $unsent }
staff-sync-offline = Banco de dados central: SEM CONEXÃO · última sincronização: { $age } · não enviados: { $unsent }, guardados aqui e enviados quando ele estiver disponível de novo · o check-in continua funcionando; para agendar, é preciso o banco de dados central
staff-sync-draining = Enviando ao banco de dados central: enviados { $sent }, restantes { $remaining }
staff-sync-never = nunca
staff-sync-seconds-ago = há { $seconds } s
staff-sync-minutes-ago = há { $minutes } min
staff-sync-hours-ago = há { $hours } h
staff-sync-days-ago = há { $days } d
staff-sync-problem = Banco de dados central: INUTILIZÁVEL · { $problem } · última sincronização: { $age } · não enviados: { $unsent }, guardados aqui · o check-in continua funcionando
staff-sync-local-problem = Sincronização pausada: { $problem } · última sincronização: { $age } · não enviados: { $unsent } · nova tentativa automática a cada poucos segundos; se persistir, ligue para o suporte de TI

## The administrator's central-database settings
staff-nav-central = Banco de dados central
staff-central-title = Banco de dados central
staff-central-standalone = Esta estação de trabalho gerencia seu escritório por conta própria. Conecte-a ao banco de dados central do distrito para agendar de forma centralizada e compartilhar os check-ins com as outras mesas de atendimento.
staff-central-connected = Conectado a { $address }
staff-central-reachable = O servidor responde: PostgreSQL { $version }, esquema { $applied } de { $known }.
staff-central-unreachable = O servidor não responde: { $reason }
staff-central-refused = O banco de dados central responde, mas não pode ser usado: { $reason }
staff-central-password-unreadable = A senha guardada não pode ser lida nesta estação de trabalho: { $reason }
staff-central-schema-behind = O esquema dele é anterior ao deste aplicativo: um administrador deve executar `passdesk central migrate` uma vez para o distrito (para um banco de dados novo e vazio: `passdesk central init`).
staff-central-schema-ahead = O esquema dele é mais recente do que este aplicativo conhece: instale nesta estação de trabalho a versão do PassDesk usada no distrito.
staff-central-office-unknown = O distrito não tem o escritório { $office }: o quadro, a lista e a busca desta estação ficam vazios. Conecte-se de novo com o escritório certo.
staff-central-password-keychain = A senha fica guardada no chaveiro do sistema.
staff-central-password-file = A senha fica guardada no arquivo { $path }, que só esta conta pode ler.
staff-central-unsent = Dados ainda não enviados: { $count }
staff-central-host = Servidor
staff-central-port = Porta (em branco: 5432)
staff-central-database = Banco de dados
staff-central-user = Conta
staff-central-password = Senha
staff-central-office = Escritório cujos dados ficam guardados nesta estação de trabalho (em branco: todos os escritórios)
staff-central-password-file-label = Guardar a senha neste arquivo em vez disso (para uma máquina sem chaveiro)
staff-central-connect = Conectar
staff-central-disconnect = Desconectar
staff-central-disconnected = Desconectado: agora esta estação de trabalho gerencia seu escritório por conta própria.
staff-central-disconnect-warning = Desconectar esta estação de trabalho do banco de dados central? Ela passará a gerenciar seu escritório por conta própria. Os agendamentos que ela criar, remarcar ou cancelar enquanto estiver por conta própria deverão ser enviados ao distrito antes que ela se conecte de novo; os que não puderem ser enviados (um horário ocupado no distrito nesse meio-tempo) aparecerão em uma lista com a pessoa para quem ligar. Os check-ins ficam guardados e são enviados quando ela se conectar de novo.
staff-central-disconnect-yes = Sim, desconectar
staff-central-disconnect-keep = Manter a conexão
staff-central-own-title = Agendamentos alterados só nesta estação de trabalho: { $count }
staff-central-own-explain = Enquanto estava desconectada, esta estação de trabalho criou, remarcou ou cancelou estes agendamentos, ou gerou um novo PIN para eles. O banco de dados central do distrito ainda não os tem, por isso esta estação de trabalho não pode ser conectada novamente do jeito que está. Envie-os ao distrito: cada agendamento fica no mesmo horário, com o mesmo número de confirmação e o mesmo PIN. O que não puder ser enviado (por exemplo, porque o horário já está lotado no distrito) fica aqui com o motivo: ligue para essa pessoa. Ou desconecte esta estação de trabalho e continue só com este banco de dados.
staff-central-own-col-what = A refazer
staff-central-own-booked = Agendar de novo
staff-central-own-rescheduled = Remarcar
staff-central-own-cancelled = Cancelar
staff-central-own-pin-reissued = Novo PIN
staff-central-own-send = Enviá-los ao distrito
staff-central-own-col-sent = Envio
staff-central-own-sent = Enviado
staff-central-own-not-sent = Não enviado: { $why }. Ligue para esta pessoa.
staff-central-own-all-sent = Tudo o que foi alterado só nesta estação de trabalho agora é do distrito, e a estação está conectada novamente.

## Closing a day (snow, a power cut)
staff-close-title = Fechar um dia
staff-close-explain = Para neve, falta de energia ou outro fechamento. Cada agendamento marcado para o dia passa para o primeiro horário livre do mesmo tipo depois dele (ou é cancelado), e o dia se torna feriado. A lista que aparece em seguida mostra para quem ligar; um agendamento remarcado mantém seu número de confirmação e seu PIN.
staff-close-date = Dia a fechar
staff-close-move = Remarcar os agendamentos para os próximos horários livres
staff-close-cancel = Cancelar os agendamentos
staff-close-button = Fechar o dia…
staff-close-dirty = Primeiro salve ou descarte as alterações
staff-close-confirm-move = Fechar { $office } em { $date } e remarcar todos os agendamentos desse dia? Isso não pode ser desfeito aqui.
staff-close-confirm-cancel = Fechar { $office } em { $date } e cancelar todos os agendamentos desse dia? Isso não pode ser desfeito aqui.
staff-close-yes = Sim, fechar o dia
staff-close-failed = O dia não foi fechado: { $error }
staff-close-done = O dia { $date } está fechado. Remarcados: { $moved }. Cancelados: { $cancelled }.
staff-close-col-was = Horário
staff-close-col-person = Pessoa
staff-close-col-now = Agora
staff-close-col-reach = Telefone, e-mail
staff-close-col-language = Idioma
staff-close-cancelled = cancelado
staff-close-no-contact = não informado

## The window of an app that could not open its database (problem.tsx)
staff-startup-title = O PassDesk não pode ser iniciado
staff-startup-code = Código
staff-startup-database = Banco de dados
staff-startup-next = Nada foi alterado. Corrija o que a mensagem indica e inicie o PassDesk novamente. Se persistir, ligue para o suporte de TI e informe esta mensagem e o código.
staff-startup-quit = Fechar

staff-desks-title = Estações de trabalho do distrito
staff-desks-explain = Conforme as últimas notícias que o banco de dados central recebeu de cada uma: cada estação de trabalho informa sua situação ao fim de cada rodada de sincronização, pelo menos a cada 30 segundos enquanto consegue acessar o banco de dados central. Antes de fechar um dia, procure aqui uma estação de trabalho sem notícias ou que guarde check-ins ainda não enviados.
staff-desks-none = Nenhuma estação de trabalho informou sua situação ainda.
staff-desks-col-workstation = Estação de trabalho
staff-desks-col-office = Escritório
staff-desks-col-heard = Últimas notícias
staff-desks-col-unsent = Não enviados na ocasião
staff-desks-col-problem = Problema
staff-desks-this-one = (esta)
staff-desks-every-office = todos os escritórios
staff-desks-silent = Sem notícias há mais de 2 minutos
staff-desks-unsent = Dados: { $count }, o mais antigo registrado { $oldest }
staff-desks-failed = A última sincronização dela falhou: { $why }
staff-desks-rejected-count = Dados rejeitados: { $count }
staff-desks-rejected-title = Dados rejeitados pelo banco de dados central: { $count }
staff-desks-rejected-explain = O banco de dados central não conseguiu aplicá-los e os guardou com o motivo; nenhuma sincronização tentará enviá-los de novo. Resolva cada um manualmente: faça de novo o check-in da pessoa ou corrija o registro.
staff-desks-col-made = Registrado
staff-desks-col-about = Assunto
staff-desks-col-why = Motivo
