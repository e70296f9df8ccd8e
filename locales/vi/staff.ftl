# The staff screens (front desk, managers, administrators).
# Variables are plain text the UI fills in: no selectors or plurals here, the
# UI replaces each { $name } as it is. Separators between data items (" · ")
# and symbols (◀ ▶ —) stay in the UI.

## The frame around every staff screen (main.tsx)

staff-app-name = PassDesk
staff-opening = Đang mở PassDesk…
staff-nav-board = Bảng hôm nay
staff-nav-mix = Phân bổ hằng ngày
staff-nav-staff = Nhân viên
staff-enter-kiosk = Chế độ kiosk
staff-sign-out = Đăng xuất
staff-status-database = Cơ sở dữ liệu cục bộ: { $path }

## Role names (roles.ts)

staff-role-administrator = Quản trị viên
staff-role-district-manager = Quản lý khu vực
staff-role-front-desk = Nhân viên quầy tiếp tân
staff-role-cashier = Thu ngân

## Sign-in (sign_in.tsx, and the kiosk's way out in kiosk.tsx)

staff-sign-in-title = Đăng nhập nhân viên PassDesk
staff-sign-in-leave-kiosk = Nhân viên đăng nhập để thoát chế độ kiosk
staff-sign-in-username = Tên đăng nhập
staff-sign-in-password = Mật khẩu
staff-sign-in-back = Quay lại
staff-sign-in-submit = Đăng nhập

## First start on an empty database (sign_in.tsx)

staff-first-run-title = Chào mừng đến với PassDesk
staff-first-run-intro = Cơ sở dữ liệu này chưa có tài khoản nào. Hãy tạo tài khoản quản trị viên; sau đó quản trị viên sẽ tạo các tài khoản khác.
staff-first-run-name = Họ tên
staff-first-run-username = Tên đăng nhập
staff-first-run-password = Mật khẩu (từ 10 ký tự trở lên)
staff-first-run-repeat = Nhập lại mật khẩu
staff-first-run-mismatch = Hai mật khẩu không khớp.
staff-first-run-create = Tạo tài khoản quản trị viên

## Daily mix editor (mix_editor.tsx)

staff-mix-title = Phân bổ hằng ngày
staff-mix-loading = Đang tải…
staff-mix-title-office = Phân bổ hằng ngày · { $office }
staff-mix-version = phiên bản { $version }
staff-mix-unsaved = có thay đổi chưa lưu
staff-mix-discard = Hủy thay đổi
staff-mix-save = Lưu
staff-mix-saving = Đang lưu…
staff-mix-saved = Đã lưu (phiên bản { $version }). Đã tạo lại { $remade } ngày đã mở lịch theo phân bổ mới.
staff-mix-saved-kept = Đã lưu (phiên bản { $version }). Đã tạo lại { $remade } ngày đã mở lịch theo phân bổ mới. Các ngày đã mở lịch có cuộc hẹn vẫn giữ nguyên khung giờ: { $days }.
staff-mix-not-saved = Chưa lưu: { $error }
staff-mix-released = Đã mở lịch đến hết { $through }: { $created } khung giờ mới trong { $days } ngày; { $before } ngày đã được mở lịch từ trước.
staff-mix-not-released = Chưa mở lịch: { $error }
staff-mix-cannot-save = Chưa thể lưu: { $problem }
staff-mix-open = Giờ mở cửa
staff-mix-closed = đóng cửa
staff-mix-summary = { $slots } khung giờ · { $seats }
staff-mix-track-seats = { $track } { $seats }
staff-mix-no-seats = không có chỗ
staff-mix-add-block = Thêm khối giờ
staff-mix-copy-day = Sao chép ngày sang…
staff-mix-copy-to = Sao chép giờ mở cửa và các khối giờ của { $day } sang:
staff-mix-copy = Sao chép
staff-mix-cancel = Hủy
staff-mix-col-time = Thời gian
staff-mix-col-slot = Khung giờ
staff-mix-col-capacity = Sức chứa
staff-mix-col-track = Luồng
staff-mix-col-types = Loại cuộc hẹn
staff-mix-slot-minutes = { $minutes } phút
staff-mix-block-types = { $count } loại: { $types }
staff-mix-remove = Xóa
staff-mix-range-format = Nhập theo dạng HH:MM-HH:MM, ví dụ 08:00-11:30.
staff-mix-range-order = Giờ kết thúc phải sau giờ bắt đầu.
staff-mix-capacity-range = Sức chứa từ 1 đến 50 người mỗi khung giờ.
staff-mix-types-needed = Chọn ít nhất một loại cuộc hẹn.
staff-mix-holidays = Ngày nghỉ lễ
staff-mix-add-holiday = Thêm ngày nghỉ lễ
staff-mix-release-policy = Quy tắc mở lịch
staff-mix-release-window = Số ngày mở lịch trước (1-180)
staff-mix-release-at = Giờ mở khung giờ mới hằng ngày
staff-mix-release-through = Mở lịch đến hết ngày
staff-mix-release-dirty = Hãy lưu hoặc hủy thay đổi trước
staff-mix-release = Mở lịch
staff-mix-policies = Quy định của văn phòng
staff-mix-walk-ins = Tiếp nhận trường hợp khẩn cấp không hẹn (có sàng lọc)
staff-mix-companions = Cho phép người đi cùng vào
staff-mix-attorney-hours = Giờ tiếp luật sư không cần hẹn
staff-mix-cashier-hours = Giờ làm việc của quầy thu ngân

## Days of the week in the mix editor: full names, and the short ones of the weekly hours

staff-day-mon = Thứ Hai
staff-day-tue = Thứ Ba
staff-day-wed = Thứ Tư
staff-day-thu = Thứ Năm
staff-day-fri = Thứ Sáu
staff-day-sat = Thứ Bảy
staff-day-sun = Chủ Nhật
staff-day-short-mon = T2
staff-day-short-tue = T3
staff-day-short-wed = T4
staff-day-short-thu = T5
staff-day-short-fri = T6
staff-day-short-sat = T7
staff-day-short-sun = CN

## Today's board (board.tsx)

staff-board-title = Bảng lịch hẹn
staff-board-previous-day = Ngày trước
staff-board-next-day = Ngày sau
staff-board-today = Hôm nay
staff-board-roster-print = In danh sách trong ngày
staff-board-roster-save = Lưu danh sách dạng PDF
staff-board-search-placeholder = Số xác nhận, A-number hoặc tên
staff-board-find = Tìm
staff-board-found-one = Tìm thấy { $count } cuộc hẹn
staff-board-found-many = Tìm thấy { $count } cuộc hẹn
staff-board-close = Đóng
staff-board-empty = Không có cuộc hẹn nào vào ngày { $date }.
staff-board-booked-count = ({ $count } đã đặt)
staff-board-open-desk-booking = Đặt hẹn theo quy trình đầy đủ, bằng ngôn ngữ của người nộp đơn…
staff-board-col-when = Ngày giờ
staff-board-col-time = Giờ
staff-board-col-name = Họ tên
staff-board-col-type = Loại
staff-board-col-confirmation = Số xác nhận
staff-board-col-status = Trạng thái
staff-board-applicant-name = { $last }, { $first }

## Booking for a caller or walk-in, beside the board (board.tsx)

staff-book-title = Đặt hẹn cho người gọi điện hoặc khách đến không hẹn
staff-book-type = Loại cuộc hẹn
staff-book-question-proof-needed-by = Cần giấy chứng minh tình trạng trước ngày
staff-book-question-travel-date = Ngày dự định đi
staff-book-question-adjustment-filed-on = Ngày nộp đơn điều chỉnh tình trạng
staff-book-day = Ngày
staff-book-time = Giờ
staff-book-first-free = Giờ trống sớm nhất từ ngày này
staff-book-free = còn { $count } chỗ
staff-book-first-name = Tên
staff-book-last-name = Họ
staff-book-date-of-birth = Ngày sinh
staff-book-dob-future = Ngày sinh không thể là một ngày trong tương lai.
staff-book-a-number = A-number (không bắt buộc)
staff-book-phone = Số điện thoại (không bắt buộc)
staff-book-receipt = Đã đặt { $type } vào ngày { $date } lúc { $time }. Số xác nhận { $confirmation }, mã PIN { $pin } (hãy báo cho người gọi: mã này chỉ hiển thị lúc này).
staff-book-submit = Đặt hẹn

## The full booking flow at the desk, around the kiosk's steps (desk_booking.tsx)

staff-desk-booking-title = Đặt hẹn cùng người nộp đơn (bằng ngôn ngữ của họ)
staff-desk-booking-language = Ngôn ngữ
staff-desk-booking-close = Đóng

## Staff accounts, for administrators (staff.tsx)

staff-accounts-title = Tài khoản nhân viên
staff-accounts-col-username = Tên đăng nhập
staff-accounts-col-name = Họ tên
staff-accounts-col-role = Vai trò
staff-accounts-col-office = Văn phòng
staff-accounts-all-offices = tất cả
staff-accounts-new = Tài khoản mới
staff-accounts-name = Họ tên
staff-accounts-username = Tên đăng nhập
staff-accounts-role = Vai trò
staff-accounts-office = Văn phòng
staff-accounts-password = Mật khẩu ban đầu (từ 10 ký tự trở lên)
staff-accounts-short-password = Dùng ít nhất 10 ký tự.
staff-accounts-created = Đã tạo tài khoản { $username }.
staff-accounts-create = Tạo tài khoản
staff-accounts-col-status = Trạng thái
staff-accounts-active = đang hoạt động
staff-accounts-disabled = đã vô hiệu hóa
staff-accounts-edit = Sửa
staff-accounts-editing = Thay đổi tài khoản { $username }
staff-accounts-disable = Đã vô hiệu hóa: tài khoản này không thể đăng nhập
staff-accounts-new-password = Mật khẩu mới (để trống để giữ mật khẩu hiện tại)
staff-accounts-save = Lưu thay đổi
staff-accounts-cancel = Hủy
staff-accounts-saved = Đã lưu tài khoản { $username }.

## Check-in (front desk)
staff-nav-checkin = Tiếp nhận
staff-nav-cashier = Thu ngân
staff-checkin-title = Tiếp nhận người đến
staff-checkin-search-placeholder = Quét giấy báo hẹn, hoặc nhập số xác nhận, A-number, số biên nhận hoặc tên
staff-checkin-find = Tìm
staff-checkin-none = Không tìm thấy kết quả nào.
staff-checkin-documents = Giấy tờ tùy thân đã xem
staff-checkin-mrz = MRZ từ máy đọc giấy tờ
staff-checkin-override = Lý do chấp nhận giấy tờ theo hiện trạng
staff-checkin-submit = Xác nhận đã đến
staff-checkin-cancel = Hủy
staff-checkin-next = Người đến tiếp theo
staff-checkin-shortcut = Phím cách để chọn giấy tờ, Tab để chuyển, Ctrl+Enter để ghi nhận đến.
staff-checkin-rebook = Đặt giờ trống kế tiếp
staff-checkin-rebooked = Đã dời sang { $when }. Mã PIN mới: { $pin }
staff-checkin-rebook-print = In giấy hẹn mới
staff-checkin-done = Đã tiếp nhận: số { $number }
staff-checkin-not-here = Cuộc hẹn này không phải hôm nay tại văn phòng này; xem ghi chú ở trên.
staff-doc-passport = Hộ chiếu
staff-doc-state_photo_id = Thẻ căn cước có ảnh do tiểu bang cấp
staff-doc-drivers_license = Bằng lái xe
staff-doc-permanent_resident_card = Thẻ Thường trú nhân (I-551)
staff-doc-ead = Giấy phép Làm việc (EAD)
staff-doc-i94_with_photo = I-94 có ảnh
staff-doc-i94_without_photo = I-94 không có ảnh
staff-doc-passport_or_id_copy = Bản sao hộ chiếu hoặc giấy tờ tùy thân (tên và khuôn mặt)
staff-doc-other = Giấy tờ khác

## The waiting queue
staff-queue-title = Hàng chờ hôm nay
staff-queue-desk = Bàn hoặc quầy của tôi
staff-queue-late = đến trễ
staff-queue-call = Gọi
staff-queue-served = Đã phục vụ
staff-queue-not-served = Không được phục vụ
staff-visit-waiting = đang chờ
staff-visit-called = đã gọi
staff-visit-served = đã phục vụ
staff-visit-not_served = không được phục vụ
staff-appointment-booked = đã đặt
staff-appointment-cancelled = đã hủy

## Walk-ins
staff-walkin-open = Khách không hẹn…
staff-walkin-title = Khách đến không có hẹn
staff-walkin-name = Họ tên
staff-walkin-kind = Loại
staff-walkin-kind-walk_in = Khẩn cấp (đã sàng lọc)
staff-walkin-kind-attorney_walk_in = Luật sư (giờ tiếp không cần hẹn)
staff-walkin-kind-cashier_walk_in = Thu ngân (giờ làm việc của quầy thu ngân)
staff-walkin-reason = Trường hợp khẩn cấp
staff-walkin-reason-medical_emergency = Cấp cứu y tế
staff-walkin-reason-imminent_travel = Chuyến đi không thể chờ
staff-walkin-reason-death_in_family = Có người thân qua đời
staff-walkin-reason-document_needed_for_work = Cần giấy tờ để làm việc
staff-walkin-reason-humanitarian = Lý do nhân đạo
staff-walkin-reason-other = Khác
staff-walkin-reason-text = Chi tiết
staff-walkin-approval = Quản lý hoặc giám sát viên phê duyệt (ngày đã kín chỗ)
staff-walkin-submit = Cho vào

## Cashier
staff-cashier-title = Thu ngân
staff-cashier-placeholder = Quét giấy báo hẹn hoặc nhập số xác nhận
staff-cashier-admit = Cho vào
staff-cashier-receipt = Mã tham chiếu biên lai

## The waiting room's screen
staff-waiting-open = Mở màn hình phòng chờ

## The day's figures, companions
staff-summary-title = Số liệu trong ngày
staff-summary-track = Luồng
staff-summary-seats = Chỗ
staff-summary-booked = Đã hẹn
staff-summary-arrived = Đã đến
staff-summary-no-show = Vắng mặt
staff-summary-walk-ins = Không hẹn trước
staff-summary-no-show-rate = Tỷ lệ vắng
staff-summary-utilisation = Mức sử dụng
staff-companions-title = Người đi cùng
staff-companion-family = Người nhà
staff-companion-translator = Phiên dịch viên
staff-companion-attorney = Luật sư
staff-companions-add = Thêm người đi cùng
staff-companions-remove = Xóa

## The status bar: the sync with the central database
staff-sync-standalone = Không có cơ sở dữ liệu trung tâm: máy trạm này tự vận hành văn phòng của mình.
staff-sync-online = Cơ sở dữ liệu trung tâm: đã kết nối · đồng bộ lần cuối: { $age } · chưa gửi: { $unsent }
staff-sync-offline = Cơ sở dữ liệu trung tâm: MẤT KẾT NỐI · đồng bộ lần cuối: { $age } · chưa gửi: { $unsent }, được lưu tại đây và sẽ được gửi khi kết nối lại · việc tiếp nhận người đến vẫn hoạt động, còn đặt hẹn thì cần cơ sở dữ liệu trung tâm
staff-sync-draining = Đang gửi lên cơ sở dữ liệu trung tâm: đã gửi { $sent }, còn lại { $remaining }
staff-sync-never = chưa bao giờ
staff-sync-seconds-ago = { $seconds } giây trước
staff-sync-minutes-ago = { $minutes } phút trước
staff-sync-hours-ago = { $hours } giờ trước
staff-sync-days-ago = { $days } ngày trước
staff-sync-problem = Cơ sở dữ liệu trung tâm: KHÔNG SỬ DỤNG ĐƯỢC · { $problem } · đồng bộ lần cuối: { $age } · chưa gửi: { $unsent }, được lưu tại đây · việc tiếp nhận người đến vẫn hoạt động
staff-sync-local-problem = Đồng bộ tạm dừng: { $problem } · đồng bộ lần cuối: { $age } · chưa gửi: { $unsent } · tự động thử lại sau mỗi vài giây; nếu tình trạng vẫn tiếp diễn, hãy gọi bộ phận IT

## The administrator's central-database settings
staff-nav-central = Cơ sở dữ liệu trung tâm
staff-central-title = Cơ sở dữ liệu trung tâm
staff-central-standalone = Máy trạm này tự vận hành văn phòng của mình. Hãy kết nối máy với cơ sở dữ liệu trung tâm của khu vực để đặt hẹn tập trung và chia sẻ việc tiếp nhận người đến với các quầy khác.
staff-central-connected = Đã kết nối với { $address }
staff-central-reachable = Máy chủ phản hồi: PostgreSQL { $version }, lược đồ { $applied } trên { $known }.
staff-central-unreachable = Máy chủ không phản hồi: { $reason }
staff-central-refused = Cơ sở dữ liệu trung tâm có phản hồi nhưng không sử dụng được: { $reason }
staff-central-password-unreadable = Không đọc được mật khẩu đã lưu trên máy trạm này: { $reason }
staff-central-schema-behind = Lược đồ của cơ sở dữ liệu cũ hơn lược đồ của ứng dụng này: quản trị viên cần chạy `passdesk central migrate` một lần cho khu vực (với cơ sở dữ liệu mới, còn trống: `passdesk central init`).
staff-central-schema-ahead = Lược đồ của cơ sở dữ liệu mới hơn những gì ứng dụng này biết: hãy cài đặt phiên bản PassDesk của khu vực trên máy trạm này.
staff-central-office-unknown = Khu vực không có văn phòng { $office }: bảng, danh sách và tìm kiếm của máy trạm này sẽ trống. Hãy kết nối lại với đúng văn phòng.
staff-central-password-keychain = Mật khẩu được lưu trong chuỗi khóa của hệ thống.
staff-central-password-file = Mật khẩu được lưu trong tệp { $path }, chỉ tài khoản này mới đọc được.
staff-central-unsent = Dữ liệu chưa gửi: { $count }
staff-central-host = Máy chủ
staff-central-port = Cổng (để trống: 5432)
staff-central-database = Cơ sở dữ liệu
staff-central-user = Tài khoản
staff-central-password = Mật khẩu
staff-central-office = Văn phòng có dữ liệu được lưu trên máy trạm này (để trống: mọi văn phòng)
staff-central-password-file-label = Thay vào đó, lưu mật khẩu trong tệp này (cho máy không có chuỗi khóa)
staff-central-connect = Kết nối
staff-central-disconnect = Ngắt kết nối
staff-central-disconnected = Đã ngắt kết nối: giờ đây máy trạm này tự vận hành văn phòng của mình.
staff-central-disconnect-warning = Ngắt kết nối máy trạm này khỏi cơ sở dữ liệu trung tâm? Khi đó máy sẽ tự vận hành văn phòng của mình. Các cuộc hẹn mà máy đặt, dời hoặc hủy trong thời gian tự vận hành phải được gửi lên khu vực trước khi máy kết nối lại; những cuộc hẹn không gửi được (vì trong lúc đó giờ hẹn ở khu vực đã có người lấy) sẽ được liệt kê kèm người cần gọi điện. Dữ liệu tiếp nhận người đến vẫn được lưu giữ và sẽ được gửi khi máy kết nối lại.
staff-central-disconnect-yes = Có, ngắt kết nối
staff-central-disconnect-keep = Giữ kết nối
staff-central-own-title = Cuộc hẹn chỉ thay đổi trên máy trạm này: { $count }
staff-central-own-explain = Trong thời gian bị ngắt kết nối, máy trạm này đã đặt, dời hoặc hủy các cuộc hẹn này, hoặc cấp mã PIN mới cho chúng. Cơ sở dữ liệu trung tâm của khu vực chưa có những thay đổi này, vì vậy không thể kết nối lại máy trạm này như hiện trạng. Hãy gửi chúng lên khu vực: mỗi cuộc hẹn sẽ được đặt vào đúng giờ cũ, với cùng số xác nhận và mã PIN. Những gì không gửi được (chẳng hạn vì giờ đó ở khu vực đã kín chỗ) sẽ ở lại đây kèm lý do: hãy gọi điện cho người đó. Hoặc ngắt kết nối máy trạm này và tiếp tục chỉ với cơ sở dữ liệu này.
staff-central-own-col-what = Cần làm lại
staff-central-own-booked = Đặt hẹn lại
staff-central-own-rescheduled = Dời hẹn
staff-central-own-cancelled = Hủy hẹn
staff-central-own-pin-reissued = Mã PIN mới
staff-central-own-send = Gửi lên khu vực
staff-central-own-col-sent = Đã gửi
staff-central-own-sent = Đã gửi
staff-central-own-not-sent = Chưa gửi được: { $why }. Hãy gọi điện cho người này.
staff-central-own-all-sent = Mọi thay đổi chỉ thực hiện trên máy trạm này giờ đã thuộc về khu vực, và máy trạm này đã được kết nối lại.

## Closing a day (snow, a power cut)
staff-close-title = Đóng cửa một ngày
staff-close-explain = Dùng khi có tuyết, mất điện hoặc phải đóng cửa vì lý do khác. Mọi cuộc hẹn đã đặt trong ngày sẽ được dời sang giờ trống sớm nhất cùng loại sau đó (hoặc bị hủy), và ngày đó trở thành ngày nghỉ lễ. Danh sách hiện ra sau đó cho biết cần gọi cho ai; cuộc hẹn được dời vẫn giữ nguyên số xác nhận và mã PIN.
staff-close-date = Ngày đóng cửa
staff-close-move = Dời các cuộc hẹn sang những giờ trống kế tiếp
staff-close-cancel = Hủy các cuộc hẹn
staff-close-button = Đóng cửa ngày này…
staff-close-dirty = Hãy lưu hoặc hủy thay đổi trước
staff-close-confirm-move = Đóng cửa { $office } vào ngày { $date } và dời mọi cuộc hẹn của ngày đó? Không thể hoàn tác thao tác này tại đây.
staff-close-confirm-cancel = Đóng cửa { $office } vào ngày { $date } và hủy mọi cuộc hẹn của ngày đó? Không thể hoàn tác thao tác này tại đây.
staff-close-yes = Có, đóng cửa ngày này
staff-close-failed = Chưa đóng cửa được ngày này: { $error }
staff-close-done = Ngày { $date } đã đóng cửa. Đã dời: { $moved }. Đã hủy: { $cancelled }.
staff-close-col-was = Giờ
staff-close-col-person = Người hẹn
staff-close-col-now = Hiện tại
staff-close-col-reach = Điện thoại, email
staff-close-col-language = Ngôn ngữ
staff-close-cancelled = đã hủy
staff-close-no-contact = không có

## The window of an app that could not open its database (problem.tsx)
staff-startup-title = PassDesk không thể khởi động
staff-startup-code = Mã
staff-startup-database = Cơ sở dữ liệu
staff-startup-next = Chưa có gì bị thay đổi. Hãy khắc phục vấn đề mà thông báo nêu, rồi khởi động lại PassDesk. Nếu tình trạng vẫn tiếp diễn, hãy gọi bộ phận IT và cung cấp cho họ thông báo này cùng mã.
staff-startup-quit = Đóng

staff-desks-title = Các máy trạm của khu vực
staff-desks-explain = Theo thông tin gần nhất mà cơ sở dữ liệu trung tâm nhận được từ từng máy: mỗi máy trạm báo tình trạng của mình vào cuối mỗi lượt đồng bộ, ít nhất 30 giây một lần khi còn kết nối được với cơ sở dữ liệu trung tâm. Trước khi đóng cửa một ngày, hãy xem ở đây có máy trạm nào mất liên lạc hoặc còn giữ dữ liệu tiếp nhận người đến chưa gửi hay không.
staff-desks-none = Chưa có máy trạm nào báo tình trạng.
staff-desks-col-workstation = Máy trạm
staff-desks-col-office = Văn phòng
staff-desks-col-heard = Liên lạc lần cuối
staff-desks-col-unsent = Chưa gửi lúc đó
staff-desks-col-problem = Sự cố
staff-desks-this-one = (máy này)
staff-desks-every-office = mọi văn phòng
staff-desks-silent = Mất liên lạc hơn 2 phút
staff-desks-unsent = { $count } mục dữ liệu, mục cũ nhất từ { $oldest }
staff-desks-failed = Lần đồng bộ gần nhất thất bại: { $why }
staff-desks-rejected-count = { $count } mục dữ liệu bị từ chối
staff-desks-rejected-title = Dữ liệu bị cơ sở dữ liệu trung tâm từ chối: { $count }
staff-desks-rejected-explain = Cơ sở dữ liệu trung tâm không áp dụng được các mục này và đã lưu lại kèm lý do; sẽ không có lần đồng bộ nào thử lại. Hãy xử lý từng mục bằng tay: tiếp nhận lại người đó hoặc sửa lại hồ sơ.
staff-desks-col-made = Thời điểm ghi
staff-desks-col-about = Liên quan đến
staff-desks-col-why = Lý do
