# The lobby kiosk: the public's screens. Short sentences, large buttons.
# In kiosk messages, variables are plain text: $step, $total, $when, $office.

kiosk-title = Запись на приём
kiosk-welcome = Добро пожаловать! Здесь можно записаться на приём в этот офис, изменить или отменить запись, а также распечатать уведомление.
kiosk-choose-language = Выберите язык
kiosk-book = Записаться на приём
kiosk-manage = Изменить или отменить запись
kiosk-replace = Распечатать уведомление ещё раз
kiosk-staff = Для сотрудников
kiosk-back = Назад
kiosk-next = Далее
kiosk-start-over = Начать заново
kiosk-step = Шаг { $step } из { $total }
kiosk-optional = необязательно
kiosk-date-hint = Год-месяц-день, например 1980-04-25
kiosk-yes = Да
kiosk-no = Нет
kiosk-working = Подождите, пожалуйста…
kiosk-idle = Если экраном не пользоваться некоторое время, он вернётся к началу, а введённые данные будут удалены.

where-title = Где вы живёте?
where-in-us = В США
where-abroad = За пределами США
where-zip = Почтовый индекс (ZIP code)
where-zip-hint = 5 цифр, например 75201
where-country = Страна проживания
where-country-hint = Две буквы, например MX — Мексика
where-office = Офис для вашего района
where-office-confirm = Ваш приём будет в этом офисе.

type-title = Что вам нужно?
type-questions = Несколько вопросов о вашем обращении
question-proof_needed_by = К какой дате вам нужно подтверждение статуса?
question-travel_date = Когда вы планируете поездку?
question-adjustment_filed_on = Когда было подано ваше заявление об изменении статуса (Form I-485)?
question-final_order-date = Дата окончательного решения судьи
question-final_order-court = Иммиграционный суд, вынесший решение
question-final_order-granted = Что предоставлено по решению судьи

who-title = Кто оформляет эту запись?
who-self = Я заявитель
who-representative = Я записываю заявителя (адвокат, представитель или член семьи)
rep-title = Сведения о вас как о представителе
rep-name = Ваше имя
rep-organization = Организация
rep-phone = Ваш номер телефона
rep-email = Ваш адрес электронной почты
rep-text-messages = Присылать мне SMS об этой записи
rep-online-account = Номер онлайн-аккаунта
rep-call-times = Удобные дни и время для звонка вам

person-title = Сведения о заявителе
person-first-name = Имя
person-middle-name = Второе имя
person-last-name = Фамилия
person-date-of-birth = Дата рождения
person-country-of-birth = Страна рождения
person-zip = Почтовый индекс (ZIP code)
person-phone = Номер телефона
person-email = Адрес электронной почты
person-a-number = Регистрационный номер иностранца (A-number)
person-a-number-hint = Буква A и от 7 до 9 цифр, например A012345678
person-receipt-number = Номер квитанции
person-receipt-number-hint = 3 буквы и 10 цифр, например EAC2190012345

verify-title = Пожалуйста, проверьте эти данные
verify-change = Изменить

slots-title = Выберите время
slots-seats = Свободно: { $seats }
slots-later = Показать более поздние дни
slots-earlier = Показать более ранние дни

review-title = Проверка и подтверждение
review-office = Офис
review-type = Приём
review-when = Дата и время
review-applicant = Заявитель
review-representative = Кто записал
review-confirm = Подтвердить запись

done-title = Вы записаны на приём
done-moved = Ваша запись перенесена
done-replaced = Ваше уведомление
done-when = Дата и время
done-confirmation = Номер подтверждения
done-pin = PIN-код
done-keep = Запишите или распечатайте номер подтверждения и PIN-код. Они оба понадобятся, чтобы изменить или отменить эту запись.
done-print = Распечатать уведомление
done-save = Сохранить уведомление в PDF
done-saved = Уведомление сохранено.
done-printing = Уведомление отправлено на принтер.
done-finish = Завершить

manage-title = Изменение или отмена записи
manage-confirmation = Номер подтверждения
manage-pin = PIN-код
manage-find = Найти мою запись
manage-current = Ваша запись
manage-reschedule = Выбрать другое время
manage-cancel = Отменить эту запись
manage-cancel-confirm = Да, отменить
manage-cancel-question = Отменить вашу запись ({ $when })? Это время будет предложено другим людям.
manage-cancelled = Ваша запись отменена. Больше ничего делать не нужно.
manage-print = Распечатать уведомление ещё раз

replace-title = Повторная печать уведомления
replace-with-pin = У меня есть номер подтверждения и PIN-код
replace-without-pin = У меня их нет
replace-identity-hint = Введите имя, фамилию и дату рождения заявителя, а также A-number или номер квитанции. Вы получите новый PIN-код, а старый перестанет действовать.
replace-find = Найти мою запись

# The waiting room's screen in the lobby, shown in each language in turn.
lobby-title = Сейчас обслуживаются
lobby-number = Номер
lobby-desk = Подойдите к
lobby-count = Ожидают: { $count }
lobby-cashier = Касса
