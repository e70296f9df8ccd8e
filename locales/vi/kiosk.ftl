# The lobby kiosk: the public's screens. Short sentences, large buttons.
# In kiosk messages, variables are plain text: $step, $total, $when, $office.

kiosk-title = Cuộc hẹn
kiosk-welcome = Chào mừng quý vị. Tại đây quý vị có thể đặt, thay đổi hoặc hủy cuộc hẹn tại văn phòng này, và in giấy báo hẹn.
kiosk-choose-language = Chọn ngôn ngữ
kiosk-book = Đặt cuộc hẹn
kiosk-manage = Thay đổi hoặc hủy cuộc hẹn
kiosk-replace = In lại giấy báo hẹn
kiosk-staff = Nhân viên
kiosk-back = Quay lại
kiosk-next = Tiếp theo
kiosk-start-over = Làm lại từ đầu
kiosk-step = Bước { $step }/{ $total }
kiosk-optional = không bắt buộc
kiosk-date-hint = Năm-tháng-ngày, ví dụ 1980-04-25
kiosk-yes = Có
kiosk-no = Không
kiosk-working = Vui lòng chờ trong giây lát…
kiosk-idle = Nếu không có ai sử dụng trong một thời gian ngắn, màn hình sẽ trở về trang đầu và xóa những gì đã nhập.

where-title = Quý vị sống ở đâu?
where-in-us = Tại Hoa Kỳ
where-abroad = Ngoài Hoa Kỳ
where-zip = Mã ZIP
where-zip-hint = 5 chữ số, ví dụ 75201
where-country = Quốc gia cư trú
where-country-hint = Hai chữ cái, ví dụ MX cho Mexico
where-office = Văn phòng phụ trách khu vực của quý vị
where-office-confirm = Cuộc hẹn của quý vị sẽ diễn ra tại văn phòng này.

type-title = Quý vị cần gì?
type-questions = Một vài câu hỏi về yêu cầu của quý vị
question-proof_needed_by = Khi nào quý vị cần giấy chứng minh tình trạng di trú?
question-travel_date = Khi nào quý vị dự định đi?
question-adjustment_filed_on = Đơn điều chỉnh tình trạng (Form I-485) của quý vị được nộp khi nào?
question-final_order-date = Ngày ra lệnh cuối cùng của thẩm phán
question-final_order-court = Tòa án di trú đã ra lệnh
question-final_order-granted = Những gì thẩm phán đã chấp thuận

who-title = Ai đặt cuộc hẹn này?
who-self = Tôi là người nộp đơn
who-representative = Tôi đặt hẹn thay cho người nộp đơn (luật sư, người đại diện hoặc người nhà)
rep-title = Thông tin về quý vị, người đại diện
rep-name = Tên của quý vị
rep-organization = Tổ chức
rep-phone = Số điện thoại của quý vị
rep-email = Địa chỉ email của quý vị
rep-text-messages = Gửi tin nhắn cho tôi về cuộc hẹn này
rep-online-account = Số tài khoản trực tuyến
rep-call-times = Những ngày và giờ thuận tiện nhất để gọi cho quý vị

person-title = Thông tin về người nộp đơn
person-first-name = Tên
person-middle-name = Tên đệm
person-last-name = Họ
person-date-of-birth = Ngày sinh
person-country-of-birth = Quốc gia nơi sinh
person-zip = Mã ZIP
person-phone = Số điện thoại
person-email = Địa chỉ email
person-a-number = A-number (Số Đăng ký Người nước ngoài)
person-a-number-hint = Chữ A và 7 đến 9 chữ số, ví dụ A012345678
person-receipt-number = Số biên nhận
person-receipt-number-hint = 3 chữ cái và 10 chữ số, ví dụ EAC2190012345

verify-title = Vui lòng kiểm tra các thông tin này
verify-change = Thay đổi

slots-title = Chọn giờ hẹn
slots-seats = Còn { $seats } chỗ
slots-later = Xem các ngày sau
slots-earlier = Xem các ngày trước

review-title = Xem lại và xác nhận
review-office = Văn phòng
review-type = Loại cuộc hẹn
review-when = Ngày và giờ
review-applicant = Người nộp đơn
review-representative = Người đặt hẹn
review-confirm = Xác nhận cuộc hẹn này

done-title = Cuộc hẹn của quý vị đã được đặt
done-moved = Cuộc hẹn của quý vị đã được dời
done-replaced = Đây là giấy báo hẹn của quý vị
done-when = Ngày và giờ
done-confirmation = Số xác nhận
done-pin = Mã PIN
done-keep = Hãy ghi lại hoặc in số xác nhận và mã PIN. Quý vị cần cả hai để thay đổi hoặc hủy cuộc hẹn này.
done-print = In giấy báo hẹn
done-save = Lưu giấy báo hẹn dưới dạng PDF
done-saved = Giấy báo hẹn đã được lưu.
done-printing = Giấy báo hẹn đang được gửi đến máy in.
done-finish = Kết thúc

manage-title = Thay đổi hoặc hủy cuộc hẹn của quý vị
manage-confirmation = Số xác nhận
manage-pin = Mã PIN
manage-find = Tìm cuộc hẹn của tôi
manage-current = Cuộc hẹn của quý vị
manage-reschedule = Chọn giờ khác
manage-cancel = Hủy cuộc hẹn này
manage-cancel-confirm = Có, hủy cuộc hẹn
manage-cancel-question = Hủy cuộc hẹn của quý vị vào { $when }? Giờ hẹn này sẽ được dành cho người khác.
manage-cancelled = Cuộc hẹn của quý vị đã được hủy. Quý vị không cần làm gì thêm.
manage-print = In lại giấy báo hẹn

replace-title = In lại giấy báo hẹn của quý vị
replace-with-pin = Tôi có số xác nhận và mã PIN
replace-without-pin = Tôi không có số xác nhận và mã PIN
replace-identity-hint = Vui lòng nhập tên và ngày sinh của người nộp đơn, cùng với A-number hoặc số biên nhận. Quý vị sẽ nhận được mã PIN mới; mã PIN cũ sẽ không còn dùng được.
replace-find = Tìm cuộc hẹn của tôi

# The waiting room's screen in the lobby, shown in each language in turn.
lobby-title = Đang phục vụ
lobby-number = Số
lobby-desk = Mời đến
lobby-count = Đang chờ: { $count }
lobby-cashier = Quầy thu ngân
