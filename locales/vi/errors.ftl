# Every message an error can show to a person at the kiosk. Each names what
# to do next. Variables: $date (a formatted date), $time, $days, $waited,
# $minutes, $left (numbers), $office, $type, $service, $phone, $zip, $country.

error-unexpected = Đã xảy ra lỗi. Vui lòng thử lại, hoặc hỏi tại quầy tiếp tân.
error-database_unavailable = Hệ thống đặt hẹn hiện không hoạt động. Vui lòng hỏi tại quầy tiếp tân.
error-central_unavailable = Việc đặt hẹn cần đến hệ thống đặt hẹn trung tâm, nhưng hiện không thể kết nối với hệ thống này. Vui lòng thử lại sau vài phút, hoặc hỏi tại quầy tiếp tân.
error-forbidden = Chức năng này không có ở đây.
error-invalid_input = Vui lòng kiểm tra thông tin quý vị đã nhập.

# One message per field, shown beside the field.
field-zip = Vui lòng nhập mã ZIP gồm 5 chữ số, ví dụ 75201.
field-country = Vui lòng chọn quốc gia cư trú. Nếu quý vị sống tại Hoa Kỳ, hãy nhập mã ZIP thay vào đó.
field-office = Vui lòng chọn một văn phòng.
field-type = Vui lòng chọn loại cuộc hẹn.
field-confirmation = Vui lòng nhập số xác nhận trên giấy báo hẹn: 10 chữ cái và chữ số, ví dụ 7K3QF-9XW2M.
field-pin = Vui lòng nhập mã PIN trên giấy báo hẹn: 6 chữ số.
field-first_name = Vui lòng nhập tên như trên giấy tờ (chỉ dùng chữ cái).
field-middle_name = Vui lòng nhập tên đệm như trên giấy tờ, hoặc để trống.
field-last_name = Vui lòng nhập họ như trên giấy tờ (chỉ dùng chữ cái).
field-date_of_birth = Vui lòng nhập ngày sinh thật, là một ngày trong quá khứ.
field-country_of_birth = Vui lòng chọn quốc gia nơi sinh, hoặc để trống.
field-phone = Vui lòng nhập số điện thoại: 10 chữ số nếu ở Hoa Kỳ, hoặc dấu + và mã quốc gia.
field-rep_phone = Vui lòng nhập số điện thoại: 10 chữ số nếu ở Hoa Kỳ, hoặc dấu + và mã quốc gia.
field-email = Vui lòng nhập địa chỉ email, ví dụ name@example.com, hoặc để trống.
field-rep_email = Vui lòng nhập địa chỉ email, ví dụ name@example.com, hoặc để trống.
field-a_number = Vui lòng nhập A-number gồm chữ A và 7 đến 9 chữ số, ví dụ A012345678, hoặc để trống.
field-receipt_number = Vui lòng nhập số biên nhận gồm 3 chữ cái và 10 chữ số, ví dụ EAC2190012345, hoặc để trống.
field-name = Vui lòng nhập tên của người đại diện (chỉ dùng chữ cái).
field-organization = Vui lòng nhập tên tổ chức bằng văn bản thường (tối đa 120 ký tự), hoặc để trống.
field-online_account = Vui lòng nhập số tài khoản trực tuyến bằng văn bản thường, hoặc để trống.
field-call_times = Vui lòng ghi những ngày và giờ thuận tiện nhất bằng văn bản thường (tối đa 200 ký tự), hoặc để trống.
field-proof_needed_by = Vui lòng nhập ngày quý vị cần giấy chứng minh tình trạng di trú. Ngày này không được là ngày đã qua.
field-travel_date = Vui lòng nhập ngày quý vị dự định đi. Ngày này không được là ngày đã qua.
field-adjustment_filed_on = Vui lòng nhập ngày nộp đơn điều chỉnh tình trạng. Ngày này không được là ngày trong tương lai.
field-final_order = Vui lòng nhập ngày ra lệnh cuối cùng của thẩm phán (không phải ngày trong tương lai), tòa án, và những gì đã được chấp thuận.
field-language = Vui lòng chọn một trong các ngôn ngữ có sẵn.
field-slot_id = Vui lòng chọn một trong các giờ có sẵn.
field-from = Vui lòng nhập ngày bắt đầu tìm.
field-identity = Vui lòng cung cấp thêm A-number hoặc số biên nhận.

error-redirect-contact-center = “{ $type }” không được đặt hẹn tại đây. Vui lòng gọi Trung tâm Liên lạc USCIS theo số { $phone }.
error-redirect-online = “{ $type }” không cần đặt hẹn. Vui lòng sử dụng { $service }.
error-rule-proof = Quý vị cần giấy chứng minh tình trạng vào { $date }, còn hơn { $days } ngày nữa tính từ hôm nay. Vui lòng đặt hẹn khi gần đến ngày đó hơn, hoặc gọi Trung tâm Liên lạc USCIS theo số { $phone }.
error-rule-travel = Chuyến đi của quý vị vào { $date } chỉ còn { $days } ngày làm việc hoặc ít hơn. Vui lòng gọi Trung tâm Liên lạc USCIS theo số { $phone }.
error-no_slot_in_time = Không còn giờ hẹn trống nào từ nay đến hết { $date }, ngày cuối cùng mà cuộc hẹn này còn có thể giúp ích cho quý vị. Vui lòng gọi Trung tâm Liên lạc USCIS theo số { $phone }.
error-rule-filed = Chỉ có thể yêu cầu giấy phép làm việc tạm thời sau { $days } ngày kể từ khi nộp đơn. Đơn của quý vị đã được nộp cách đây { $waited } ngày.

error-no_free_slot = Không còn giờ hẹn nào trong khoảng thời gian này tại { $office }. Giờ hẹn mới được mở mỗi ngày lúc { $time }. Vui lòng thử lại vào lúc đó.
error-slot_full = Giờ này vừa có người khác đặt. Vui lòng chọn giờ khác.
error-slot_unavailable = Giờ này không còn đặt được nữa. Vui lòng chọn giờ khác.
error-duplicate_booking = Người này đã có một cuộc hẹn cùng loại. Để thay đổi, vui lòng chọn “Thay đổi hoặc hủy cuộc hẹn” và dùng số xác nhận và mã PIN của cuộc hẹn đó.
error-no_office_zip = Không có văn phòng nào phục vụ mã ZIP { $zip }. Vui lòng kiểm tra lại, hoặc hỏi tại quầy tiếp tân.
error-no_office_country = Không có văn phòng nào ở đây phục vụ người nộp đơn sống tại { $country }. Vui lòng hỏi tại quầy tiếp tân.
error-wrong_pin = { $left ->
   *[other] Số xác nhận hoặc mã PIN không đúng. Quý vị còn { $left } lần thử.
}
error-pin_locked = Đã nhập sai quá nhiều lần với số xác nhận này. Vui lòng thử lại sau { $minutes } phút, hoặc hỏi tại quầy tiếp tân.
error-identity_not_found = Không có cuộc hẹn nào khớp với các thông tin này. Vui lòng kiểm tra lại, hoặc hỏi tại quầy tiếp tân.
error-identity_locked = Đã thử quá nhiều lần với các thông tin này. Vui lòng hỏi tại quầy tiếp tân.
error-appointment_cancelled = Cuộc hẹn này đã bị hủy. Vui lòng đặt cuộc hẹn mới.
error-appointment_past = Cuộc hẹn này đã bắt đầu hoặc đã qua. Vui lòng đặt cuộc hẹn mới.
error-checked_in = Quý vị đã được tiếp nhận cho cuộc hẹn này rồi. Để thay đổi, vui lòng hỏi tại quầy tiếp tân.
