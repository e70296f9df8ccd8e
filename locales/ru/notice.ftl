# The printed appointment notice, and the names of appointment types and
# documents that the kiosk and the notice show.

notice-title = Уведомление о записи на приём
notice-replacement = Дубликат уведомления
notice-office = Офис
notice-when = Дата и время
notice-type = Тип приёма
notice-applicant = Заявитель
notice-confirmation = Номер подтверждения
notice-pin = PIN-код
notice-pin-new = Новый PIN-код (прежний PIN-код больше не действует)
notice-bring = Что взять с собой
notice-scan = По прибытии покажите этот код на стойке регистрации.
notice-keep = Сохраните номер подтверждения и PIN-код. Они оба понадобятся, чтобы изменить или отменить эту запись в киоске в холле офиса.
notice-arrive = Приходите в указанное время. Войти могут только заявитель и те, кого допускает офис.
notice-printed = Напечатано: { $when }

type-case_inquiry = Вопрос по делу на рассмотрении
type-adit = Подтверждение статуса постоянного жителя (ADIT / штамп I-551)
type-interim_ead = Временное разрешение на работу (заявление об изменении статуса рассматривается 90 дней и более)
type-card_replacement = Замена утерянной или украденной регистрационной карты иностранца
type-eap = Экстренное разрешение на выезд и возвращение (Emergency Advance Parole, срочная поездка)
type-ij_grant = Решение иммиграционного судьи в пользу заявителя
type-asylum = Приём по делу об убежище
type-nacara = Приём по NACARA
type-attorney_inquiry = Обращение адвоката или аккредитованного представителя
type-cashier_payment = Касса: оплата сбора или залога
type-dara_adjustment = DARA: подача заявления об изменении статуса и собеседование
type-other = Другое
type-forms = Скачать формы
type-case_status = Проверить статус моего дела
type-efile_i90 = Заменить грин-карту (Form I-90)
type-efile_i765 = Подать заявление на разрешение на работу (Form I-765)

# Where the online matters are done.
service-forms = страница форм на сайте USCIS
service-case_status = Case Status Online на сайте USCIS
service-efile_i90 = онлайн-подача Form I-90 на сайте USCIS
service-efile_i765 = онлайн-подача Form I-765 на сайте USCIS

doc-notice = это уведомление о записи
doc-photo_id = документ с фотографией: паспорт, удостоверение личности штата или водительские права
doc-green_card_or_ead = карта постоянного жителя (I-551), если вы постоянный житель; в противном случае — разрешение на работу (Employment Authorization Document)
doc-i94 = Form I-94 (запись о въезде/выезде); без фотографии она принимается только вместе с копией паспорта или удостоверения личности, где видны ваше имя и лицо
doc-case_papers = формы, квитанции, уведомления об одобрении или отказе, переводы и оригиналы документов, относящиеся к вашему вопросу
doc-passport = ваш паспорт
doc-approval_notice = уведомление об одобрении статуса постоянного жителя
doc-filing_receipt = уведомление о получении вашего заявления об изменении статуса (Form I-485)
doc-passport_photos = две фотографии паспортного образца
doc-police_report = справка из полиции об утере или краже, если она у вас есть
doc-travel_evidence = доказательства экстренной ситуации и планируемой поездки
doc-final_order = окончательное решение иммиграционного судьи
doc-g28 = Form G-28 (уведомление об участии в деле адвоката или представителя)
doc-fee_notice = уведомление с требованием оплатить сбор или залог
