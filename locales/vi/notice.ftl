# The printed appointment notice, and the names of appointment types and
# documents that the kiosk and the notice show.

notice-title = Giấy báo hẹn
notice-replacement = Giấy báo hẹn cấp lại
notice-office = Văn phòng
notice-when = Ngày và giờ
notice-type = Loại cuộc hẹn
notice-applicant = Người nộp đơn
notice-confirmation = Số xác nhận
notice-pin = Mã PIN
notice-pin-new = Mã PIN mới (mã PIN cũ không còn dùng được)
notice-bring = Giấy tờ cần mang theo
notice-scan = Khi đến, vui lòng đưa mã này cho quầy tiếp tân.
notice-keep = Hãy giữ số xác nhận và mã PIN. Quý vị cần cả hai để thay đổi hoặc hủy cuộc hẹn này tại máy kiosk ở sảnh văn phòng.
notice-arrive = Vui lòng đến đúng giờ đã ghi. Chỉ người nộp đơn và những người được văn phòng cho phép mới được vào.
notice-printed = In vào { $when }

type-case_inquiry = Hỏi về hồ sơ đang chờ xử lý
type-adit = Chứng minh thường trú nhân (ADIT / dấu I-551)
type-interim_ead = Giấy phép làm việc tạm thời (đơn điều chỉnh tình trạng đã chờ 90 ngày trở lên)
type-card_replacement = Thay thẻ đăng ký người nước ngoài bị mất hoặc bị đánh cắp
type-eap = Giấy phép tạm nhập cảnh khẩn cấp (Emergency Advance Parole, đi lại khẩn cấp)
type-ij_grant = Quyết định chấp thuận của Thẩm phán Di trú
type-asylum = Cuộc hẹn tị nạn
type-nacara = Cuộc hẹn NACARA
type-attorney_inquiry = Yêu cầu thông tin của luật sư hoặc người đại diện được công nhận
type-cashier_payment = Thu ngân: đóng lệ phí hoặc tiền bảo lãnh
type-dara_adjustment = DARA: nộp đơn điều chỉnh tình trạng và phỏng vấn
type-other = Việc khác
type-forms = Tải mẫu đơn
type-case_status = Kiểm tra tình trạng hồ sơ của tôi
type-efile_i90 = Thay thẻ xanh (Form I-90)
type-efile_i765 = Xin giấy phép làm việc (Form I-765)

# Where the online matters are done.
service-forms = trang mẫu đơn trên trang web USCIS
service-case_status = Case Status Online (tra cứu tình trạng hồ sơ) trên trang web USCIS
service-efile_i90 = dịch vụ nộp Form I-90 trực tuyến trên trang web USCIS
service-efile_i765 = dịch vụ nộp Form I-765 trực tuyến trên trang web USCIS

doc-notice = giấy báo hẹn này
doc-photo_id = giấy tờ tùy thân có ảnh: hộ chiếu, thẻ căn cước có ảnh do tiểu bang cấp hoặc bằng lái xe
doc-green_card_or_ead = Thẻ Thường trú nhân (I-551) nếu quý vị là thường trú nhân; nếu không, Giấy phép Làm việc (EAD)
doc-i94 = Form I-94 (Hồ sơ Nhập cảnh/Xuất cảnh); tờ I-94 không có ảnh chỉ được chấp nhận khi kèm bản sao hộ chiếu hoặc giấy tờ tùy thân có tên và ảnh khuôn mặt của quý vị
doc-case_papers = các mẫu đơn, biên nhận, thông báo chấp thuận hoặc từ chối, bản dịch và bản gốc liên quan đến câu hỏi của quý vị
doc-passport = hộ chiếu của quý vị
doc-approval_notice = thông báo chấp thuận thường trú của quý vị
doc-filing_receipt = thông báo biên nhận đơn điều chỉnh tình trạng (Form I-485) của quý vị
doc-passport_photos = hai ảnh cỡ hộ chiếu
doc-police_report = biên bản của cảnh sát về việc mất hoặc bị đánh cắp, nếu có
doc-travel_evidence = bằng chứng về tình trạng khẩn cấp và chuyến đi dự định
doc-final_order = lệnh cuối cùng của Thẩm phán Di trú
doc-g28 = Form G-28 (thông báo ra mặt với tư cách luật sư hoặc người đại diện)
doc-fee_notice = thông báo yêu cầu đóng lệ phí hoặc tiền bảo lãnh
