# The staff screens (front desk, managers, administrators).
# Variables are plain text the UI fills in: no selectors or plurals here, the
# UI replaces each { $name } as it is. Separators between data items (" · ")
# and symbols (◀ ▶ —) stay in the UI.

## The frame around every staff screen (main.tsx)

staff-app-name = PassDesk
staff-opening = 正在打开 PassDesk…
staff-nav-board = 今日看板
staff-nav-mix = 每日预约安排
staff-nav-staff = 工作人员
staff-enter-kiosk = 自助终端模式
staff-sign-out = 退出登录
staff-status-database = 本地数据库：{ $path }

## Role names (roles.ts)

staff-role-administrator = 管理员
staff-role-district-manager = 辖区主管
staff-role-front-desk = 前台工作人员
staff-role-cashier = 收银员

## Sign-in (sign_in.tsx, and the kiosk's way out in kiosk.tsx)

staff-sign-in-title = PassDesk 工作人员登录
staff-sign-in-leave-kiosk = 工作人员登录以退出自助终端
staff-sign-in-username = 用户名
staff-sign-in-password = 密码
staff-sign-in-back = 返回
staff-sign-in-submit = 登录

## First start on an empty database (sign_in.tsx)

staff-first-run-title = 欢迎使用 PassDesk
staff-first-run-intro = 此数据库中还没有账户。请创建管理员账户，之后由管理员创建其他账户。
staff-first-run-name = 您的姓名
staff-first-run-username = 用户名
staff-first-run-password = 密码（至少 10 个字符）
staff-first-run-repeat = 再次输入密码
staff-first-run-mismatch = 两次输入的密码不一致。
staff-first-run-create = 创建管理员

## Daily mix editor (mix_editor.tsx)

staff-mix-title = 每日预约安排
staff-mix-loading = 正在加载…
staff-mix-title-office = 每日预约安排 · { $office }
staff-mix-version = 版本 { $version }
staff-mix-unsaved = 有未保存的更改
staff-mix-discard = 放弃更改
staff-mix-save = 保存
staff-mix-saving = 正在保存…
staff-mix-saved = 已保存（版本 { $version }）。已按新安排重新生成的已开放日期：{ $remade } 天。
staff-mix-saved-kept = 已保存（版本 { $version }）。已按新安排重新生成的已开放日期：{ $remade } 天。已有预约的已开放日期保留原有时段：{ $days }。
staff-mix-not-saved = 未保存：{ $error }
staff-mix-released = 已开放至 { $through }：新增时段 { $created } 个，涉及 { $days } 天；此前已开放 { $before } 天。
staff-mix-not-released = 未开放：{ $error }
staff-mix-cannot-save = 暂时无法保存：{ $problem }
staff-mix-open = 开放时间
staff-mix-closed = 不开放
staff-mix-summary = 时段 { $slots } 个 · { $seats }
staff-mix-track-seats = { $track } { $seats }
staff-mix-no-seats = 无名额
staff-mix-add-block = 添加时间块
staff-mix-copy-day = 将此日复制到…
staff-mix-copy-to = 将{ $day }的开放时间和时间块复制到：
staff-mix-copy = 复制
staff-mix-cancel = 取消
staff-mix-col-time = 时间
staff-mix-col-slot = 时段长度
staff-mix-col-capacity = 容量
staff-mix-col-track = 通道
staff-mix-col-types = 预约类型
staff-mix-slot-minutes = { $minutes } 分钟
staff-mix-block-types = 类型 { $count } 种：{ $types }
staff-mix-remove = 删除
staff-mix-range-format = 请按 HH:MM-HH:MM 格式填写，例如 08:00-11:30。
staff-mix-range-order = 结束时间必须晚于开始时间。
staff-mix-capacity-range = 每个时段容量为 1 至 50 人。
staff-mix-types-needed = 请至少选择一种预约类型。
staff-mix-holidays = 节假日
staff-mix-add-holiday = 添加节假日
staff-mix-release-policy = 开放规则
staff-mix-release-window = 提前开放天数（1-180）
staff-mix-release-at = 每日开放新时段的时间
staff-mix-release-through = 开放至
staff-mix-release-dirty = 请先保存或放弃更改
staff-mix-release = 开放时段
staff-mix-policies = 办事处规定
staff-mix-walk-ins = 审核紧急免预约来访
staff-mix-companions = 允许陪同人员进入
staff-mix-attorney-hours = 律师免预约来访时间
staff-mix-cashier-hours = 收银处开放时间

## Days of the week in the mix editor: full names, and the short ones of the weekly hours

staff-day-mon = 星期一
staff-day-tue = 星期二
staff-day-wed = 星期三
staff-day-thu = 星期四
staff-day-fri = 星期五
staff-day-sat = 星期六
staff-day-sun = 星期日
staff-day-short-mon = 周一
staff-day-short-tue = 周二
staff-day-short-wed = 周三
staff-day-short-thu = 周四
staff-day-short-fri = 周五
staff-day-short-sat = 周六
staff-day-short-sun = 周日

## Today's board (board.tsx)

staff-board-title = 看板
staff-board-previous-day = 前一天
staff-board-next-day = 后一天
staff-board-today = 今天
staff-board-roster-print = 打印当日名单
staff-board-roster-save = 将名单保存为 PDF
staff-board-search-placeholder = 确认号码、A-number 或姓名
staff-board-find = 查找
staff-board-found-one = 找到 { $count } 个预约
staff-board-found-many = 找到 { $count } 个预约
staff-board-close = 关闭
staff-board-empty = { $date } 没有预约。
staff-board-booked-count = （已预约 { $count } 个）
staff-board-open-desk-booking = 使用申请人的语言办理完整预约流程…
staff-board-col-when = 日期时间
staff-board-col-time = 时间
staff-board-col-name = 姓名
staff-board-col-type = 类型
staff-board-col-confirmation = 确认号码
staff-board-col-status = 状态
staff-board-applicant-name = { $last }, { $first }

## Booking for a caller or walk-in, beside the board (board.tsx)

staff-book-title = 为来电者或现场来访者预约
staff-book-type = 预约类型
staff-book-question-proof-needed-by = 需要身份证明的日期
staff-book-question-travel-date = 计划出行日期
staff-book-question-adjustment-filed-on = 身份调整申请提交日期
staff-book-day = 日期
staff-book-time = 时间
staff-book-first-free = 自该日起最早的空闲时段
staff-book-free = 剩余{ $count }个名额
staff-book-first-name = 名字
staff-book-last-name = 姓氏
staff-book-date-of-birth = 出生日期
staff-book-dob-future = 出生日期不能是将来的日期。
staff-book-a-number = A-number（选填）
staff-book-phone = 电话（选填）
staff-book-receipt = 已预约：{ $type }，{ $date } { $time }。确认号码 { $confirmation }，PIN { $pin }（请告知对方：PIN 仅此时显示）。
staff-book-submit = 预约

## The full booking flow at the desk, around the kiosk's steps (desk_booking.tsx)

staff-desk-booking-title = 与申请人一起预约（使用其语言）
staff-desk-booking-language = 语言
staff-desk-booking-close = 关闭

## Staff accounts, for administrators (staff.tsx)

staff-accounts-title = 工作人员账户
staff-accounts-col-username = 用户名
staff-accounts-col-name = 姓名
staff-accounts-col-role = 角色
staff-accounts-col-office = 办事处
staff-accounts-all-offices = 全部
staff-accounts-new = 新建账户
staff-accounts-name = 姓名
staff-accounts-username = 用户名
staff-accounts-role = 角色
staff-accounts-office = 办事处
staff-accounts-password = 初始密码（至少 10 个字符）
staff-accounts-short-password = 请至少使用 10 个字符。
staff-accounts-created = 已创建账户 { $username }。
staff-accounts-create = 创建账户
staff-accounts-col-status = 状态
staff-accounts-active = 已启用
staff-accounts-disabled = 已停用
staff-accounts-edit = 编辑
staff-accounts-editing = 更改账户 { $username }
staff-accounts-disable = 已停用：此账户无法登录
staff-accounts-new-password = 新密码（留空则保留当前密码）
staff-accounts-save = 保存更改
staff-accounts-cancel = 取消
staff-accounts-saved = 已保存账户 { $username }。

## Check-in (front desk)
staff-nav-checkin = 签到
staff-nav-cashier = 收银处
staff-checkin-title = 签到
staff-checkin-search-placeholder = 扫描通知书，或输入确认号码、A-number、收据号码或姓名
staff-checkin-find = 查找
staff-checkin-none = 未找到任何结果。
staff-checkin-documents = 已查验的身份证件
staff-checkin-mrz = 证件读取器读取的 MRZ
staff-checkin-override = 按原样接受证件的理由
staff-checkin-submit = 签到
staff-checkin-cancel = 取消
staff-checkin-next = 下一位来访者
staff-checkin-shortcut = 空格勾选证件，Tab 移动，Ctrl+Enter 办理签到。
staff-checkin-rebook = 预约下一个空闲时间
staff-checkin-rebooked = 已改至 { $when }。新 PIN：{ $pin }
staff-checkin-rebook-print = 打印新的通知书
staff-checkin-done = 已签到：号码 { $number }
staff-checkin-not-here = 此预约不是今天在本办事处的预约；请参阅上方说明。
staff-doc-passport = 护照
staff-doc-state_photo_id = 州政府颁发的带照片身份证
staff-doc-drivers_license = 驾照
staff-doc-permanent_resident_card = 永久居民卡（I-551）
staff-doc-ead = 工作许可证（EAD）
staff-doc-i94_with_photo = 带照片的 I-94
staff-doc-i94_without_photo = 不带照片的 I-94
staff-doc-passport_or_id_copy = 护照或身份证件复印件（显示姓名和面貌）
staff-doc-other = 其他证件

## The waiting queue
staff-queue-title = 今日排队
staff-queue-desk = 我的柜台或窗口
staff-queue-late = 迟到
staff-queue-call = 叫号
staff-queue-served = 已办理
staff-queue-not-served = 未办理
staff-visit-waiting = 等候中
staff-visit-called = 已叫号
staff-visit-served = 已办理
staff-visit-not_served = 未办理
staff-appointment-booked = 已预约
staff-appointment-cancelled = 已取消

## Walk-ins
staff-walkin-open = 免预约来访…
staff-walkin-title = 无预约来访
staff-walkin-name = 姓名
staff-walkin-kind = 类别
staff-walkin-kind-walk_in = 紧急情况（已审核）
staff-walkin-kind-attorney_walk_in = 律师（免预约来访时间）
staff-walkin-kind-cashier_walk_in = 收银（收银处开放时间）
staff-walkin-reason = 紧急情况
staff-walkin-reason-medical_emergency = 医疗紧急情况
staff-walkin-reason-imminent_travel = 无法推迟的出行
staff-walkin-reason-death_in_family = 家中有人去世
staff-walkin-reason-document_needed_for_work = 工作所需证件
staff-walkin-reason-humanitarian = 人道主义原因
staff-walkin-reason-other = 其他
staff-walkin-reason-text = 详细说明
staff-walkin-approval = 经理或主管批准（当天已满）
staff-walkin-submit = 准许进入

## Cashier
staff-cashier-title = 收银处
staff-cashier-placeholder = 扫描通知书或输入确认号码
staff-cashier-admit = 准许进入
staff-cashier-receipt = 付款收据参考号

## The waiting room's screen
staff-waiting-open = 打开候客区屏幕

## The day's figures, companions
staff-summary-title = 今日数据
staff-summary-track = 通道
staff-summary-seats = 名额
staff-summary-booked = 已预约
staff-summary-arrived = 已到达
staff-summary-no-show = 未到
staff-summary-walk-ins = 无预约
staff-summary-no-show-rate = 缺席率
staff-summary-utilisation = 利用率
staff-companions-title = 陪同人员
staff-companion-family = 家属
staff-companion-translator = 翻译
staff-companion-attorney = 律师
staff-companions-add = 添加陪同人员
staff-companions-remove = 移除

## The status bar: the sync with the central database
staff-sync-standalone = 无中央数据库：本工作站独立处理本办事处的业务。
staff-sync-online = 中央数据库：在线 · 上次同步：{ $age } · 未发送 { $unsent } 条
staff-sync-offline = 中央数据库：离线 · 上次同步：{ $age } · 未发送 { $unsent } 条，暂存于本机，待其恢复后发送 · 签到仍可办理，预约需要中央数据库
staff-sync-draining = 正在发送到中央数据库：已发送 { $sent } 条，剩余 { $remaining } 条
staff-sync-never = 从未
staff-sync-seconds-ago = { $seconds } 秒前
staff-sync-minutes-ago = { $minutes } 分钟前
staff-sync-hours-ago = { $hours } 小时前
staff-sync-days-ago = { $days } 天前
staff-sync-problem = 中央数据库：不可用 · { $problem } · 上次同步：{ $age } · 未发送 { $unsent } 条，暂存于本机 · 签到仍可办理
staff-sync-local-problem = 同步已暂停：{ $problem } · 上次同步：{ $age } · 未发送 { $unsent } 条 · 每隔几秒自动重试；如持续出现，请联系 IT 部门

## The administrator's central-database settings
staff-nav-central = 中央数据库
staff-central-title = 中央数据库
staff-central-standalone = 本工作站独立处理本办事处的业务。将其连接到辖区的中央数据库，即可集中办理预约，并与其他柜台共享签到信息。
staff-central-connected = 已连接到 { $address }
staff-central-reachable = 服务器有响应：PostgreSQL { $version }，架构版本 { $applied }/{ $known }。
staff-central-unreachable = 服务器无响应：{ $reason }
staff-central-refused = 中央数据库有响应，但无法使用：{ $reason }
staff-central-password-unreadable = 无法在本工作站上读取已保存的密码：{ $reason }
staff-central-schema-behind = 其架构版本落后于本应用：需由管理员为本辖区运行一次 `passdesk central migrate`（如为新的空数据库：`passdesk central init`）。
staff-central-schema-ahead = 其架构版本比本应用所知的更新：请在本工作站上安装本辖区使用的 PassDesk 版本。
staff-central-office-unknown = 本辖区没有 { $office } 办公室：此工作站的看板、名单和搜索将一直为空。请使用正确的办公室重新连接。
staff-central-password-keychain = 密码保存在系统钥匙串中。
staff-central-password-file = 密码保存在文件 { $path } 中，仅此账户可读取。
staff-central-unsent = 尚未发送的记录：{ $count } 条
staff-central-host = 服务器
staff-central-port = 端口（留空：5432）
staff-central-database = 数据库
staff-central-user = 账户
staff-central-password = 密码
staff-central-office = 本工作站保存其数据的办事处（留空：所有办事处）
staff-central-password-file-label = 改为将密码保存在此文件中（适用于没有钥匙串的计算机）
staff-central-connect = 连接
staff-central-disconnect = 断开连接
staff-central-disconnected = 已断开连接：本工作站现在独立处理本办事处的业务。
staff-central-disconnect-warning = 要将本工作站与中央数据库断开连接吗？之后本工作站将独立处理本办事处的业务。独立运行期间新建、改期或取消的预约必须在重新连接前发送到辖区；无法发送的预约（辖区该时段在此期间已被占用）会列在清单中，并注明需致电的人。签到信息会保留，并在重新连接后发送。
staff-central-disconnect-yes = 是，断开连接
staff-central-disconnect-keep = 保持连接
staff-central-own-title = 仅在本工作站更改的预约：{ $count } 个
staff-central-own-explain = 断开连接期间，本工作站新建、改期或取消了以下预约，或为其重新发放了 PIN。辖区的中央数据库尚未收到这些更改，因此本工作站无法按现状重新连接。请将其发送到辖区：每个预约都会保留原来的时间、确认号码和 PIN。无法发送的（例如辖区该时段已满）会连同原因留在此处：请致电该人。或者断开本工作站的连接，继续单独使用此数据库。
staff-central-own-col-what = 需重新办理
staff-central-own-booked = 重新预约
staff-central-own-rescheduled = 改期
staff-central-own-cancelled = 取消
staff-central-own-pin-reissued = 新 PIN
staff-central-own-send = 发送到辖区
staff-central-own-col-sent = 发送
staff-central-own-sent = 已发送
staff-central-own-not-sent = 未发送：{ $why }。请致电此人。
staff-central-own-all-sent = 仅在本工作站更改的所有内容现已归辖区所有，本工作站已重新连接。

## Closing a day (snow, a power cut)
staff-close-title = 临时关闭某日
staff-close-explain = 用于因降雪、停电或其他原因停止办公。当天的所有预约将改至其后同类型最早的空闲时间（或被取消），当天将成为节假日。随后显示的名单列出需要致电的人；改期的预约保留原有的确认号码和 PIN。
staff-close-date = 要关闭的日期
staff-close-move = 将预约改至之后最早的空闲时间
staff-close-cancel = 取消这些预约
staff-close-button = 关闭当天…
staff-close-dirty = 请先保存或放弃更改
staff-close-confirm-move = 要在 { $date } 关闭{ $office }，并将当天的所有预约改期吗？此操作无法在此撤销。
staff-close-confirm-cancel = 要在 { $date } 关闭{ $office }，并取消当天的所有预约吗？此操作无法在此撤销。
staff-close-yes = 是，关闭当天
staff-close-failed = 未能关闭当天：{ $error }
staff-close-done = { $date } 已关闭。已改期：{ $moved }。已取消：{ $cancelled }。
staff-close-col-was = 时间
staff-close-col-person = 预约人
staff-close-col-now = 现安排
staff-close-col-reach = 电话、电子邮件
staff-close-col-language = 语言
staff-close-cancelled = 已取消
staff-close-no-contact = 未提供

## The window of an app that could not open its database (problem.tsx)
staff-startup-title = PassDesk 无法启动
staff-startup-code = 代码
staff-startup-database = 数据库
staff-startup-next = 未做任何更改。请解决消息中所述的问题，然后重新启动 PassDesk。如问题持续，请联系 IT 部门，并提供此消息和代码。
staff-startup-quit = 关闭

staff-desks-title = 辖区内的工作站
staff-desks-explain = 以下是中央数据库最近一次从各工作站收到的状态：每个工作站在每轮同步结束时报告自身状态，只要能连上中央数据库，至少每 30 秒报告一次。临时关闭某日之前，请在此查看是否有工作站失去联系，或仍有未发送的签到信息。
staff-desks-none = 尚无工作站报告其状态。
staff-desks-col-workstation = 工作站
staff-desks-col-office = 办事处
staff-desks-col-heard = 最近联系
staff-desks-col-unsent = 当时未发送
staff-desks-col-problem = 问题
staff-desks-this-one = （本工作站）
staff-desks-every-office = 所有办事处
staff-desks-silent = 超过 2 分钟未联系
staff-desks-unsent = { $count } 条记录，最早的一条产生于 { $oldest }
staff-desks-failed = 其上次同步失败：{ $why }
staff-desks-rejected-count = { $count } 条记录被拒绝
staff-desks-rejected-title = 被中央数据库拒绝的记录：{ $count } 条
staff-desks-rejected-explain = 中央数据库无法应用这些记录，已连同原因一并保存；同步不会再次尝试。请逐条手动处理：为该人重新签到，或更正相关记录。
staff-desks-col-made = 记录时间
staff-desks-col-about = 涉及
staff-desks-col-why = 原因
