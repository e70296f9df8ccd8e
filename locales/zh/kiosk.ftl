# The lobby kiosk: the public's screens. Short sentences, large buttons.
# In kiosk messages, variables are plain text: $step, $total, $when, $office.

kiosk-title = 预约
kiosk-welcome = 欢迎。您可以在这里预约、更改或取消本办事处的预约，并打印预约通知书。
kiosk-choose-language = 请选择语言
kiosk-book = 预约
kiosk-manage = 更改或取消预约
kiosk-replace = 重新打印我的通知书
kiosk-staff = 工作人员
kiosk-back = 返回
kiosk-next = 下一步
kiosk-start-over = 重新开始
kiosk-step = 第{ $step }步，共{ $total }步
kiosk-optional = 选填
kiosk-date-hint = 年-月-日，例如 1980-04-25
kiosk-yes = 是
kiosk-no = 否
kiosk-working = 请稍候…
kiosk-idle = 一段时间无人使用后，屏幕会回到开始页面，并清除已输入的内容。

where-title = 您住在哪里？
where-in-us = 美国境内
where-abroad = 美国境外
where-zip = ZIP 邮政编码
where-zip-hint = 5位数字，例如 75201
where-country = 居住国家
where-country-hint = 两个字母，例如墨西哥为 MX
where-office = 负责您所在地区的办事处
where-office-confirm = 您的预约将在此办事处办理。

type-title = 您需要办理什么？
type-questions = 关于您的请求的几个问题
question-proof_needed_by = 您什么时候需要身份证明？
question-travel_date = 您计划什么时候出行？
question-adjustment_filed_on = 您的身份调整申请（Form I-485）是什么时候提交的？
question-final_order-date = 法官最终裁决的日期
question-final_order-court = 作出裁决的移民法庭
question-final_order-granted = 法官批准的内容

who-title = 谁在办理此预约？
who-self = 我是申请人
who-representative = 我代申请人预约（律师、代理人或家庭成员）
rep-title = 关于您（代理人）
rep-name = 您的姓名
rep-organization = 机构
rep-phone = 您的电话号码
rep-email = 您的电子邮件地址
rep-text-messages = 给我发送有关此预约的短信
rep-online-account = 在线账户号码
rep-call-times = 最方便给您打电话的日期和时间

person-title = 关于申请人
person-first-name = 名字
person-middle-name = 中间名
person-last-name = 姓氏
person-date-of-birth = 出生日期
person-country-of-birth = 出生国家
person-zip = ZIP 邮政编码
person-phone = 电话号码
person-email = 电子邮件地址
person-a-number = A-number（外国人登记号码）
person-a-number-hint = A 加7至9位数字，例如 A012345678
person-receipt-number = 收据号码
person-receipt-number-hint = 3个字母加10位数字，例如 EAC2190012345

verify-title = 请核对以下信息
verify-change = 更改

slots-title = 请选择时间
slots-seats = 剩余{ $seats }个名额
slots-later = 显示之后的日期
slots-earlier = 显示之前的日期

review-title = 核对并确认
review-office = 办事处
review-type = 预约类型
review-when = 日期和时间
review-applicant = 申请人
review-representative = 预约人
review-confirm = 确认此预约

done-title = 您的预约已完成
done-moved = 您的预约已改期
done-replaced = 这是您的通知书
done-when = 日期和时间
done-confirmation = 确认号码
done-pin = PIN
done-keep = 请记下或打印确认号码和 PIN。更改或取消此预约时，两者都需要。
done-print = 打印通知书
done-save = 将通知书保存为 PDF
done-saved = 通知书已保存。
done-printing = 通知书正在发送到打印机。
done-finish = 完成

manage-title = 更改或取消您的预约
manage-confirmation = 确认号码
manage-pin = PIN
manage-find = 查找我的预约
manage-current = 您的预约
manage-reschedule = 选择其他时间
manage-cancel = 取消此预约
manage-cancel-confirm = 是，取消预约
manage-cancel-question = 要取消您在{ $when }的预约吗？该时间将提供给其他人。
manage-cancelled = 您的预约已取消。无需再做其他操作。
manage-print = 重新打印通知书

replace-title = 重新打印您的通知书
replace-with-pin = 我有确认号码和 PIN
replace-without-pin = 我没有确认号码和 PIN
replace-identity-hint = 请输入申请人的姓名和出生日期，以及 A-number 或收据号码。您将获得新的 PIN，旧的 PIN 将失效。
replace-find = 查找我的预约

# The waiting room's screen in the lobby, shown in each language in turn.
lobby-title = 正在叫号
lobby-number = 号码
lobby-desk = 请前往
lobby-count = 等候：{ $count }
lobby-cashier = 收费窗口
