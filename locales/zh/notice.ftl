# The printed appointment notice, and the names of appointment types and
# documents that the kiosk and the notice show.

notice-title = 预约通知书
notice-replacement = 补发通知书
notice-office = 办事处
notice-when = 日期和时间
notice-type = 预约类型
notice-applicant = 申请人
notice-confirmation = 确认号码
notice-pin = PIN
notice-pin-new = 新 PIN（您之前的 PIN 已失效）
notice-bring = 需携带的材料
notice-scan = 到达后请在前台出示此代码。
notice-keep = 请保管好您的确认号码和 PIN。在办事处大厅的自助服务机上更改或取消此预约时，两者都需要。
notice-arrive = 请按所示时间前来。只有申请人和办事处准许的人员可以进入。
notice-printed = 打印时间：{ $when }

type-case_inquiry = 询问待处理的案件
type-adit = 永久居民身份证明（ADIT / I-551 印章）
type-interim_ead = 临时工作许可（身份调整申请已待处理90天或以上）
type-card_replacement = 补办遗失或被盗的外国人登记卡
type-eap = 紧急提前假释（Emergency Advance Parole，紧急出行）
type-ij_grant = 移民法官批准
type-asylum = 庇护预约
type-nacara = NACARA 预约
type-attorney_inquiry = 律师或认可代理人咨询
type-cashier_payment = 收银处：缴纳费用或保证金
type-dara_adjustment = DARA：身份调整申请和面谈
type-other = 其他事项
type-forms = 下载表格
type-case_status = 查询我的案件状态
type-efile_i90 = 补换绿卡（Form I-90）
type-efile_i765 = 申请工作许可（Form I-765）

# Where the online matters are done.
service-forms = USCIS 网站的表格页面
service-case_status = USCIS 网站上的 Case Status Online（在线案件状态查询）
service-efile_i90 = USCIS 网站上的 Form I-90 在线申请
service-efile_i765 = USCIS 网站上的 Form I-765 在线申请

doc-notice = 本预约通知书
doc-photo_id = 带照片的身份证件：护照、州政府颁发的带照片身份证或驾照
doc-green_card_or_ead = 永久居民请携带永久居民卡（I-551），其他人请携带工作许可证（EAD）
doc-i94 = Form I-94（入境/离境记录）；没有照片的 I-94 必须附上显示您姓名和面貌的护照或身份证件复印件才有效
doc-case_papers = 与您的问题有关的表格、收据、批准或拒绝通知、翻译件和原件
doc-passport = 您的护照
doc-approval_notice = 您的永久居民身份批准通知
doc-filing_receipt = 您的身份调整申请（Form I-485）收据通知
doc-passport_photos = 两张护照规格照片
doc-police_report = 关于遗失或被盗的警方报告（如有）
doc-travel_evidence = 紧急情况和出行计划的证明
doc-final_order = 移民法官的最终裁决书
doc-g28 = Form G-28（律师或认可代表出庭通知）
doc-fee_notice = 要求缴纳费用或保证金的通知
