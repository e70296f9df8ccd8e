# The staff screens (front desk, managers, administrators).
# Variables are plain text the UI fills in: no selectors or plurals here, the
# UI replaces each { $name } as it is. Separators between data items (" · ")
# and symbols (◀ ▶ —) stay in the UI.

## The frame around every staff screen (main.tsx)

staff-app-name = PassDesk
staff-opening = Запуск PassDesk…
staff-nav-board = Записи на день
staff-nav-mix = Сетка приёма
staff-nav-staff = Сотрудники
staff-enter-kiosk = Режим киоска
staff-sign-out = Выйти
staff-status-database = Локальная база данных: { $path }

## Role names (roles.ts)

staff-role-administrator = Администратор
staff-role-district-manager = Руководитель округа
staff-role-front-desk = Сотрудник приёмной
staff-role-cashier = Кассир

## Sign-in (sign_in.tsx, and the kiosk's way out in kiosk.tsx)

staff-sign-in-title = Вход для сотрудников PassDesk
staff-sign-in-leave-kiosk = Вход сотрудника для выхода из режима киоска
staff-sign-in-username = Имя пользователя
staff-sign-in-password = Пароль
staff-sign-in-back = Назад
staff-sign-in-submit = Войти

## First start on an empty database (sign_in.tsx)

staff-first-run-title = Добро пожаловать в PassDesk
staff-first-run-intro = В этой базе данных ещё нет учётных записей. Создайте учётную запись администратора; затем администратор создаст остальные.
staff-first-run-name = Ваше имя
staff-first-run-username = Имя пользователя
staff-first-run-password = Пароль (не менее 10 символов)
staff-first-run-repeat = Повторите пароль
staff-first-run-mismatch = Пароли не совпадают.
staff-first-run-create = Создать администратора

## Daily mix editor (mix_editor.tsx)

staff-mix-title = Сетка приёма
staff-mix-loading = Загрузка…
staff-mix-title-office = Сетка приёма · { $office }
staff-mix-version = версия { $version }
staff-mix-unsaved = есть несохранённые изменения
staff-mix-discard = Отменить изменения
staff-mix-save = Сохранить
staff-mix-saving = Сохранение…
staff-mix-saved = Сохранено (версия { $version }). Открытых дней перестроено по новой сетке: { $remade }.
staff-mix-saved-kept = Сохранено (версия { $version }). Открытых дней перестроено по новой сетке: { $remade }. Открытые дни, на которые уже есть записи, сохраняют свои слоты: { $days }.
staff-mix-not-saved = Не сохранено: { $error }
staff-mix-released = Запись открыта по { $through }. Новых слотов: { $created }; дней открыто сейчас: { $days }; дней, открытых ранее: { $before }.
staff-mix-not-released = Запись не открыта: { $error }
staff-mix-cannot-save = Пока нельзя сохранить: { $problem }
staff-mix-open = Часы работы
staff-mix-closed = закрыто
staff-mix-summary = Слотов: { $slots } · { $seats }
staff-mix-track-seats = { $track } { $seats }
staff-mix-no-seats = нет мест
staff-mix-add-block = Добавить блок
staff-mix-copy-day = Копировать день на…
staff-mix-copy-to = { $day }: скопировать часы работы и блоки на:
staff-mix-copy = Копировать
staff-mix-cancel = Отмена
staff-mix-col-time = Время
staff-mix-col-slot = Слот
staff-mix-col-capacity = Вместимость
staff-mix-col-track = Очередь
staff-mix-col-types = Типы приёма
staff-mix-slot-minutes = { $minutes } мин
staff-mix-block-types = Типы ({ $count }): { $types }
staff-mix-remove = Удалить
staff-mix-range-format = Формат: HH:MM-HH:MM, например 08:00-11:30.
staff-mix-range-order = Конец должен быть позже начала.
staff-mix-capacity-range = Вместимость — от 1 до 50 человек на слот.
staff-mix-types-needed = Выберите хотя бы один тип приёма.
staff-mix-holidays = Праздничные дни
staff-mix-add-holiday = Добавить праздничный день
staff-mix-release-policy = Правила открытия записи
staff-mix-release-window = На сколько дней вперёд открывать запись (1-180)
staff-mix-release-at = Новые слоты открываются ежедневно в
staff-mix-release-through = Открыть запись по (включительно)
staff-mix-release-dirty = Сначала сохраните или отмените изменения
staff-mix-release = Открыть запись
staff-mix-policies = Правила офиса
staff-mix-walk-ins = Проверка экстренных обращений без записи
staff-mix-companions = Допускаются сопровождающие лица
staff-mix-attorney-hours = Часы приёма адвокатов без записи
staff-mix-cashier-hours = Часы работы кассы

## Days of the week in the mix editor: full names, and the short ones of the weekly hours

staff-day-mon = Понедельник
staff-day-tue = Вторник
staff-day-wed = Среда
staff-day-thu = Четверг
staff-day-fri = Пятница
staff-day-sat = Суббота
staff-day-sun = Воскресенье
staff-day-short-mon = пн
staff-day-short-tue = вт
staff-day-short-wed = ср
staff-day-short-thu = чт
staff-day-short-fri = пт
staff-day-short-sat = сб
staff-day-short-sun = вс

## Today's board (board.tsx)

staff-board-title = Журнал записей
staff-board-previous-day = Предыдущий день
staff-board-next-day = Следующий день
staff-board-today = Сегодня
staff-board-roster-print = Печать списка на день
staff-board-roster-save = Сохранить список в PDF
staff-board-search-placeholder = Номер подтверждения, A-number или имя
staff-board-find = Найти
staff-board-found-one = Найдена { $count } запись
staff-board-found-many = Найдено записей: { $count }
staff-board-close = Закрыть
staff-board-empty = На { $date } записей нет.
staff-board-booked-count = (записано: { $count })
staff-board-open-desk-booking = Записать по полной процедуре, на языке заявителя…
staff-board-col-when = Дата и время
staff-board-col-time = Время
staff-board-col-name = Имя
staff-board-col-type = Тип
staff-board-col-confirmation = Подтверждение
staff-board-col-status = Статус
staff-board-applicant-name = { $last }, { $first }

## Booking for a caller or walk-in, beside the board (board.tsx)

staff-book-title = Записать звонящего или посетителя
staff-book-type = Тип приёма
staff-book-question-proof-needed-by = Подтверждение статуса нужно к дате
staff-book-question-travel-date = Планируемая дата поездки
staff-book-question-adjustment-filed-on = Дата подачи заявления об изменении статуса
staff-book-day = День
staff-book-time = Время
staff-book-first-free = Первое свободное время с этого дня
staff-book-free = Свободно: { $count }
staff-book-first-name = Имя
staff-book-last-name = Фамилия
staff-book-date-of-birth = Дата рождения
staff-book-dob-future = Дата рождения не может быть в будущем.
staff-book-a-number = A-number (необязательно)
staff-book-phone = Телефон (необязательно)
staff-book-receipt = Записано: { $type }, { $date } в { $time }. Номер подтверждения { $confirmation }, PIN-код { $pin } (сообщите его заявителю: он показывается только сейчас).
staff-book-submit = Записать

## The full booking flow at the desk, around the kiosk's steps (desk_booking.tsx)

staff-desk-booking-title = Запись вместе с заявителем (на его языке)
staff-desk-booking-language = Язык
staff-desk-booking-close = Закрыть

## Staff accounts, for administrators (staff.tsx)

staff-accounts-title = Учётные записи сотрудников
staff-accounts-col-username = Имя пользователя
staff-accounts-col-name = Имя
staff-accounts-col-role = Роль
staff-accounts-col-office = Офис
staff-accounts-all-offices = все
staff-accounts-new = Новая учётная запись
staff-accounts-name = Имя
staff-accounts-username = Имя пользователя
staff-accounts-role = Роль
staff-accounts-office = Офис
staff-accounts-password = Начальный пароль (не менее 10 символов)
staff-accounts-short-password = Используйте не менее 10 символов.
staff-accounts-created = Учётная запись { $username } создана.
staff-accounts-create = Создать учётную запись
staff-accounts-col-status = Статус
staff-accounts-active = активна
staff-accounts-disabled = отключена
staff-accounts-edit = Изменить
staff-accounts-editing = Изменение учётной записи { $username }
staff-accounts-disable = Отключена: с этой учётной записью нельзя войти
staff-accounts-new-password = Новый пароль (оставьте пустым, чтобы сохранить текущий)
staff-accounts-save = Сохранить изменения
staff-accounts-cancel = Отмена
staff-accounts-saved = Учётная запись { $username } сохранена.

## Check-in (front desk)
staff-nav-checkin = Регистрация
staff-nav-cashier = Касса
staff-checkin-title = Регистрация прибытия
staff-checkin-search-placeholder = Отсканируйте уведомление или введите номер подтверждения, A-number, номер квитанции или имя
staff-checkin-find = Найти
staff-checkin-none = Ничего не найдено.
staff-checkin-documents = Предъявленные документы, удостоверяющие личность
staff-checkin-mrz = MRZ со считывателя документов
staff-checkin-override = Причина принять документы как есть
staff-checkin-submit = Зарегистрировать
staff-checkin-cancel = Отмена
staff-checkin-next = Следующий посетитель
staff-checkin-shortcut = Пробел отмечает документ, Tab — дальше, Ctrl+Enter — регистрация.
staff-checkin-rebook = Записать на ближайшее свободное время
staff-checkin-rebooked = Перенесено на { $when }. Новый PIN: { $pin }
staff-checkin-rebook-print = Напечатать новое уведомление
staff-checkin-done = Регистрация выполнена: номер { $number }
staff-checkin-not-here = Эта запись не на сегодня или не в этот офис; см. примечание выше.
staff-doc-passport = Паспорт
staff-doc-state_photo_id = Удостоверение личности штата с фотографией
staff-doc-drivers_license = Водительские права
staff-doc-permanent_resident_card = Карта постоянного жителя (I-551)
staff-doc-ead = Разрешение на работу (Employment Authorization Document)
staff-doc-i94_with_photo = I-94 с фотографией
staff-doc-i94_without_photo = I-94 без фотографии
staff-doc-passport_or_id_copy = Копия паспорта или удостоверения личности (имя и лицо)
staff-doc-other = Другой документ

## The waiting queue
staff-queue-title = Очередь на сегодня
staff-queue-desk = Мой стол или окно
staff-queue-late = опаздывает
staff-queue-call = Вызвать
staff-queue-served = Обслужен(а)
staff-queue-not-served = Не обслужен(а)
staff-visit-waiting = ожидает
staff-visit-called = вызван(а)
staff-visit-served = обслужен(а)
staff-visit-not_served = не обслужен(а)
staff-appointment-booked = записана
staff-appointment-cancelled = отменена

## Walk-ins
staff-walkin-open = Без записи…
staff-walkin-title = Посетитель без записи
staff-walkin-name = Имя
staff-walkin-kind = Категория
staff-walkin-kind-walk_in = Экстренный случай (после проверки)
staff-walkin-kind-attorney_walk_in = Адвокат (часы приёма без записи)
staff-walkin-kind-cashier_walk_in = Касса (часы работы кассы)
staff-walkin-reason = Экстренный случай
staff-walkin-reason-medical_emergency = Неотложная медицинская ситуация
staff-walkin-reason-imminent_travel = Поездка, которую нельзя отложить
staff-walkin-reason-death_in_family = Смерть в семье
staff-walkin-reason-document_needed_for_work = Документ, необходимый для работы
staff-walkin-reason-humanitarian = Гуманитарная причина
staff-walkin-reason-other = Другое
staff-walkin-reason-text = Подробности
staff-walkin-approval = Руководитель или супервайзер одобряет (все места на день заняты)
staff-walkin-submit = Принять

## Cashier
staff-cashier-title = Касса
staff-cashier-placeholder = Отсканируйте уведомление или введите номер подтверждения
staff-cashier-admit = Принять
staff-cashier-receipt = Номер квитанции об оплате

## The waiting room's screen
staff-waiting-open = Открыть экран зала ожидания

## The day's figures, companions
staff-summary-title = Показатели дня
staff-summary-track = Очередь
staff-summary-seats = Места
staff-summary-booked = Записано
staff-summary-arrived = Пришли
staff-summary-no-show = Не пришли
staff-summary-walk-ins = Без записи
staff-summary-no-show-rate = Доля неявок
staff-summary-utilisation = Загрузка
staff-companions-title = Сопровождающие
staff-companion-family = Член семьи
staff-companion-translator = Переводчик
staff-companion-attorney = Адвокат
staff-companions-add = Добавить сопровождающего
staff-companions-remove = Убрать

## The status bar: the sync with the central database
staff-sync-standalone = Центральной базы данных нет: эта рабочая станция обслуживает свой офис самостоятельно.
staff-sync-online = Центральная база данных: онлайн · последняя синхронизация: { $age } · не отправлено: { $unsent }
staff-sync-offline = Центральная база данных: ОФЛАЙН · последняя синхронизация: { $age } · не отправлено: { $unsent }, данные хранятся здесь и будут отправлены, когда она снова станет доступна · регистрация прибытия по-прежнему работает, для записи нужна центральная база данных
staff-sync-draining = Отправка в центральную базу данных: отправлено { $sent }, осталось { $remaining }
staff-sync-never = никогда
staff-sync-seconds-ago = { $seconds } с назад
staff-sync-minutes-ago = { $minutes } мин назад
staff-sync-hours-ago = { $hours } ч назад
staff-sync-days-ago = { $days } дн. назад
staff-sync-problem = Центральная база данных: НЕЛЬЗЯ ИСПОЛЬЗОВАТЬ · { $problem } · последняя синхронизация: { $age } · не отправлено: { $unsent }, данные хранятся здесь · регистрация прибытия по-прежнему работает
staff-sync-local-problem = Синхронизация приостановлена: { $problem } · последняя синхронизация: { $age } · не отправлено: { $unsent } · повторная попытка автоматически каждые несколько секунд; если сообщение не исчезает, позвоните в ИТ-поддержку

## The administrator's central-database settings
staff-nav-central = Центральная база данных
staff-central-title = Центральная база данных
staff-central-standalone = Эта рабочая станция обслуживает свой офис самостоятельно. Подключите её к центральной базе данных округа, чтобы вести запись централизованно и делиться данными о регистрации прибытия с другими рабочими местами.
staff-central-connected = Подключено к { $address }
staff-central-reachable = Сервер отвечает: PostgreSQL { $version }, схема { $applied } из { $known }.
staff-central-unreachable = Сервер не отвечает: { $reason }
staff-central-refused = Центральная база данных отвечает, но использовать её нельзя: { $reason }
staff-central-password-unreadable = Сохранённый пароль нельзя прочитать на этой рабочей станции: { $reason }
staff-central-schema-behind = Её схема отстаёт от схемы этого приложения: администратор должен один раз для всего округа выполнить `passdesk central migrate` (для новой пустой базы данных: `passdesk central init`).
staff-central-schema-ahead = Её схема новее, чем известно этому приложению: установите на эту рабочую станцию версию PassDesk, используемую в округе.
staff-central-office-unknown = В округе нет офиса { $office }: доска, список и поиск на этом рабочем месте останутся пустыми. Подключитесь заново, указав правильный офис.
staff-central-password-keychain = Пароль хранится в системном хранилище паролей.
staff-central-password-file = Пароль хранится в файле { $path }, который может читать только эта учётная запись.
staff-central-unsent = Ещё не отправлено изменений: { $count }
staff-central-host = Сервер
staff-central-port = Порт (пусто: 5432)
staff-central-database = База данных
staff-central-user = Учётная запись
staff-central-password = Пароль
staff-central-office = Офис, данные которого хранятся на этой рабочей станции (пусто: все офисы)
staff-central-password-file-label = Хранить пароль вместо этого в этом файле (для компьютера без хранилища паролей)
staff-central-connect = Подключить
staff-central-disconnect = Отключить
staff-central-disconnected = Отключено: теперь эта рабочая станция обслуживает свой офис самостоятельно.
staff-central-disconnect-warning = Отключить эту рабочую станцию от центральной базы данных? Тогда она будет обслуживать свой офис самостоятельно. Записи, которые она создаст, перенесёт или отменит, работая самостоятельно, нужно будет отправить в округ, прежде чем она снова подключится; те, что отправить нельзя (это время в округе тем временем уже заняли), будут показаны списком с указанием, кому позвонить. Данные о регистрации прибытия сохраняются и будут отправлены, когда она снова подключится.
staff-central-disconnect-yes = Да, отключить
staff-central-disconnect-keep = Не отключать
staff-central-own-title = Изменено только на этой рабочей станции: { $count }
staff-central-own-explain = Пока эта рабочая станция была отключена, она создала, перенесла или отменила эти записи либо выдала для них новые PIN-коды. В центральной базе данных округа их ещё нет, поэтому эту рабочую станцию нельзя подключить снова в нынешнем виде. Отправьте их в округ: каждая запись попадёт на то же время с тем же номером подтверждения и PIN-кодом. То, что отправить нельзя (например, если это время в округе уже занято), остаётся здесь с указанием причины: позвоните этому человеку. Либо отключите эту рабочую станцию и продолжайте работать только с этой базой данных.
staff-central-own-col-what = Что сделать заново
staff-central-own-booked = Записать заново
staff-central-own-rescheduled = Перенести
staff-central-own-cancelled = Отменить
staff-central-own-pin-reissued = Новый PIN-код
staff-central-own-send = Отправить их в округ
staff-central-own-col-sent = Отправлено
staff-central-own-sent = Отправлено
staff-central-own-not-sent = Не отправлено: { $why }. Позвоните этому человеку.
staff-central-own-all-sent = Всё, что было изменено только на этой рабочей станции, теперь принадлежит округу, и рабочая станция снова подключена.

## Closing a day (snow, a power cut)
staff-close-title = Закрыть день
staff-close-explain = На случай снегопада, отключения электричества или другого закрытия. Каждая запись на этот день переносится на первое свободное время того же типа приёма после неё (или отменяется), а день становится праздничным. В списке, который появится после этого, видно, кому нужно позвонить; перенесённая запись сохраняет свой номер подтверждения и PIN-код.
staff-close-date = Закрываемый день
staff-close-move = Перенести записи на ближайшее свободное время
staff-close-cancel = Отменить записи
staff-close-button = Закрыть день…
staff-close-dirty = Сначала сохраните или отмените изменения
staff-close-confirm-move = Закрыть офис { $office } на { $date } и перенести все записи на этот день? Здесь это действие нельзя отменить.
staff-close-confirm-cancel = Закрыть офис { $office } на { $date } и отменить все записи на этот день? Здесь это действие нельзя отменить.
staff-close-yes = Да, закрыть день
staff-close-failed = День не закрыт: { $error }
staff-close-done = День { $date } закрыт. Перенесено: { $moved }. Отменено: { $cancelled }.
staff-close-col-was = Время
staff-close-col-person = Заявитель
staff-close-col-now = Теперь
staff-close-col-reach = Телефон, эл. почта
staff-close-col-language = Язык
staff-close-cancelled = отменена
staff-close-no-contact = не указаны

## The window of an app that could not open its database (problem.tsx)
staff-startup-title = Не удаётся запустить PassDesk
staff-startup-code = Код
staff-startup-database = База данных
staff-startup-next = Ничего не изменено. Устраните то, о чём говорится в сообщении, и снова запустите PassDesk. Если ошибка повторяется, позвоните в ИТ-поддержку и передайте им текст этого сообщения и код.
staff-startup-quit = Закрыть

staff-desks-title = Рабочие станции округа
staff-desks-explain = По последним сведениям, полученным центральной базой данных от каждой из них: каждая рабочая станция сообщает о своём состоянии в конце каждого цикла синхронизации, не реже раза в 30 секунд, пока ей доступна центральная база данных. Прежде чем закрыть день, проверьте здесь, нет ли рабочей станции, от которой давно нет вестей или на которой остались неотправленные данные о регистрации прибытия.
staff-desks-none = Ни одна рабочая станция ещё не сообщила о своём состоянии.
staff-desks-col-workstation = Рабочая станция
staff-desks-col-office = Офис
staff-desks-col-heard = Последняя связь
staff-desks-col-unsent = Не отправлено на тот момент
staff-desks-col-problem = Проблема
staff-desks-this-one = (эта)
staff-desks-every-office = все офисы
staff-desks-silent = Нет связи более 2 минут
staff-desks-unsent = Изменений: { $count }, самое раннее — { $oldest }
staff-desks-failed = Её последняя синхронизация не удалась: { $why }
staff-desks-rejected-count = Отклонено изменений: { $count }
staff-desks-rejected-title = Изменения, отклонённые центральной базой данных: { $count }
staff-desks-rejected-explain = Центральная база данных не смогла применить эти изменения и сохранила их с указанием причины; синхронизация больше не будет пытаться их отправить. Разберитесь с каждым вручную: зарегистрируйте прибытие человека заново или исправьте данные.
staff-desks-col-made = Внесено
staff-desks-col-about = Касается
staff-desks-col-why = Причина
