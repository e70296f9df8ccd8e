# Every message an error can show to a person at the kiosk. Each names what
# to do next. Variables: $date (a formatted date), $time, $days, $waited,
# $minutes, $left (numbers), $office, $type, $service, $phone, $zip, $country.

error-unexpected = 出现了问题。请重试，或到前台询问。
error-database_unavailable = 预约系统目前无法使用。请到前台询问。
error-central_unavailable = 预约需要使用中央预约系统，但目前无法连接。请几分钟后重试，或到前台询问。
error-forbidden = 此处无法使用此功能。
error-invalid_input = 请检查您输入的内容。

# One message per field, shown beside the field.
field-zip = 请输入5位数字的 ZIP 邮政编码，例如 75201。
field-country = 请选择您的居住国家。如果您住在美国，请改为输入 ZIP 邮政编码。
field-office = 请选择一个办事处。
field-type = 请选择预约类型。
field-confirmation = 请输入通知书上的确认号码：共10位字母和数字，例如 7K3QF-9XW2M。
field-pin = 请输入通知书上的 PIN：6位数字。
field-first_name = 请按证件上的写法输入名字（只限字母）。
field-middle_name = 请按证件上的写法输入中间名，或留空。
field-last_name = 请按证件上的写法输入姓氏（只限字母）。
field-date_of_birth = 请输入真实的出生日期，必须是过去的日期。
field-country_of_birth = 请选择出生国家，或留空。
field-phone = 请输入电话号码：美国号码为10位数字，其他国家请输入 + 和国家代码。
field-rep_phone = 请输入电话号码：美国号码为10位数字，其他国家请输入 + 和国家代码。
field-email = 请输入电子邮件地址，例如 name@example.com，或留空。
field-rep_email = 请输入电子邮件地址，例如 name@example.com，或留空。
field-a_number = 请输入 A-number：A 加7至9位数字，例如 A012345678；或留空。
field-receipt_number = 请输入收据号码：3个字母加10位数字，例如 EAC2190012345；或留空。
field-name = 请输入代理人的姓名（只限字母）。
field-organization = 请以纯文本输入机构名称（最多120个字符），或留空。
field-online_account = 请以纯文本输入在线账户号码，或留空。
field-call_times = 请以纯文本说明最方便联系的日期和时间（最多200个字符），或留空。
field-proof_needed_by = 请输入您需要身份证明的日期。不能是过去的日期。
field-travel_date = 请输入您计划出行的日期。不能是过去的日期。
field-adjustment_filed_on = 请输入您提交身份调整申请的日期。不能是将来的日期。
field-final_order = 请输入法官最终裁决的日期（不能是将来的日期）、法院以及获准的内容。
field-language = 请从提供的语言中选择一种。
field-slot_id = 请从提供的时间中选择一个。
field-from = 请输入开始查找的日期。
field-identity = 请同时提供 A-number 或收据号码。

error-redirect-contact-center = 此处不受理“{ $type }”的预约。请致电 USCIS 联络中心：{ $phone }。
error-redirect-online = “{ $type }”无需预约。请使用 { $service }。
error-rule-proof = 您需要在{ $date }出示身份证明，距今超过{ $days }天。请在接近该日期时再预约，或致电 USCIS 联络中心：{ $phone }。
error-rule-travel = 您的出行日期{ $date }距今只有{ $days }个工作日或更短。请致电 USCIS 联络中心：{ $phone }。
error-no_slot_in_time = 截至{ $date }（含当天）已没有空闲的预约时间，而这一天是此预约还能帮到您的最后一天。请致电 USCIS 联络中心：{ $phone }。
error-rule-filed = 提交申请满{ $days }天后才能申请临时工作许可。您的申请是{ $waited }天前提交的。

error-no_free_slot = { $office }在此期间已没有可预约的时间。每天{ $time }会开放新的预约时间。请届时再试。
error-slot_full = 此时间刚刚被别人预约。请选择其他时间。
error-slot_unavailable = 此时间已无法预约。请选择其他时间。
error-duplicate_booking = 此人已有同类型的预约。如需更改，请选择“更改或取消预约”，并使用该预约的确认号码和 PIN。
error-no_office_zip = 没有办事处负责 ZIP 邮政编码 { $zip }。请检查号码，或到前台询问。
error-no_office_country = 此处没有办事处负责居住在{ $country }的申请人。请到前台询问。
error-wrong_pin = { $left ->
   *[other] 确认号码或 PIN 不正确。您还可以再试{ $left }次。
}
error-pin_locked = 此确认号码的错误尝试次数过多。请在{ $minutes }分钟后重试，或到前台询问。
error-identity_not_found = 没有与这些信息相符的预约。请检查这些信息，或到前台询问。
error-identity_locked = 使用这些信息的尝试次数过多。请到前台询问。
error-appointment_cancelled = 此预约已取消。请重新预约。
error-appointment_past = 此预约已经开始或已过期。请重新预约。
error-checked_in = 您已为此预约签到。如需更改，请到前台询问。
