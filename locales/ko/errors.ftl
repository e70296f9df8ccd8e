# Every message an error can show to a person at the kiosk. Each names what
# to do next. Variables: $date (a formatted date), $time, $days, $waited,
# $minutes, $left (numbers), $office, $type, $service, $phone, $zip, $country.

error-unexpected = 문제가 발생했습니다. 다시 시도하시거나 안내 데스크에 문의하십시오.
error-database_unavailable = 지금은 예약 시스템을 사용할 수 없습니다. 안내 데스크에 문의하십시오.
error-central_unavailable = 예약하려면 중앙 예약 시스템이 필요한데, 지금은 연결할 수 없습니다. 몇 분 후에 다시 시도하시거나 안내 데스크에 문의하십시오.
error-forbidden = 이곳에서는 이용할 수 없습니다.
error-invalid_input = 입력하신 내용을 확인하십시오.

# One message per field, shown beside the field.
field-zip = 75201과 같은 5자리 ZIP 코드를 입력하십시오.
field-country = 거주 국가를 선택하십시오. 미국에 거주하시면 대신 ZIP 코드를 입력하십시오.
field-office = 사무소를 선택하십시오.
field-type = 예약 유형을 선택하십시오.
field-confirmation = 안내문에 있는 확인 번호를 입력하십시오. 7K3QF-9XW2M과 같이 영문자와 숫자 10자입니다.
field-pin = 안내문에 있는 PIN을 입력하십시오. 숫자 6자리입니다.
field-first_name = 서류에 적힌 대로 이름을 입력하십시오(글자만 입력).
field-middle_name = 서류에 적힌 대로 중간 이름을 입력하시거나 비워 두십시오.
field-last_name = 서류에 적힌 대로 성을 입력하십시오(글자만 입력).
field-date_of_birth = 실제 생년월일을 입력하십시오. 오늘 이전의 날짜여야 합니다.
field-country_of_birth = 출생 국가를 선택하시거나 비워 두십시오.
field-phone = 전화번호를 입력하십시오. 미국 번호는 숫자 10자리, 그 외에는 +와 국가 번호로 시작합니다.
field-rep_phone = 전화번호를 입력하십시오. 미국 번호는 숫자 10자리, 그 외에는 +와 국가 번호로 시작합니다.
field-email = name@example.com과 같은 이메일 주소를 입력하시거나 비워 두십시오.
field-rep_email = name@example.com과 같은 이메일 주소를 입력하시거나 비워 두십시오.
field-a_number = A-number를 A와 숫자 7~9자리로 입력하시거나(예: A012345678) 비워 두십시오.
field-receipt_number = 접수 번호를 영문자 3자와 숫자 10자리로 입력하시거나(예: EAC2190012345) 비워 두십시오.
field-name = 대리인의 이름을 입력하십시오(글자만 입력).
field-organization = 소속 기관을 일반 텍스트로 입력하시거나(최대 120자) 비워 두십시오.
field-online_account = 온라인 계정 번호를 일반 텍스트로 입력하시거나 비워 두십시오.
field-call_times = 연락하기 좋은 요일과 시간을 일반 텍스트로 적으시거나(최대 200자) 비워 두십시오.
field-proof_needed_by = 신분 증명이 필요한 날짜를 입력하십시오. 지난 날짜는 입력할 수 없습니다.
field-travel_date = 여행 예정 날짜를 입력하십시오. 지난 날짜는 입력할 수 없습니다.
field-adjustment_filed_on = 신분 조정 신청서를 제출한 날짜를 입력하십시오. 미래의 날짜는 입력할 수 없습니다.
field-final_order = 판사의 최종 명령 날짜(미래 날짜 불가), 법원, 허가된 내용을 입력하십시오.
field-language = 제공되는 언어 중 하나를 선택하십시오.
field-slot_id = 제공되는 시간 중 하나를 선택하십시오.
field-from = 조회를 시작할 날짜를 입력하십시오.
field-identity = A-number 또는 접수 번호도 함께 입력하십시오.

error-redirect-contact-center = “{ $type }”은(는) 이곳에서 예약하지 않습니다. USCIS 고객 센터({ $phone })로 전화하십시오.
error-redirect-online = “{ $type }”은(는) 예약이 필요하지 않습니다. { $service }을(를) 이용하십시오.
error-rule-proof = { $date }에 신분 증명이 필요하시지만, 그 날짜는 오늘부터 { $days }일 넘게 남았습니다. 그 날짜에 더 가까워지면 예약하시거나 USCIS 고객 센터({ $phone })로 전화하십시오.
error-rule-travel = { $date } 여행까지 영업일 기준으로 { $days }일 이하가 남았습니다. USCIS 고객 센터({ $phone })로 전화하십시오.
error-no_slot_in_time = 이 예약이 도움이 될 수 있는 마지막 날인 { $date }까지 비어 있는 예약 시간이 없습니다. USCIS 고객 센터({ $phone })로 전화하십시오.
error-rule-filed = 임시 취업 허가는 신청서 제출 후 { $days }일이 지나야 요청할 수 있습니다. 신청서는 { $waited }일 전에 제출되었습니다.

error-no_free_slot = { $office }에는 이 기간에 남은 예약 시간이 없습니다. 새 예약 시간은 매일 { $time }에 열립니다. 그때 다시 시도하십시오.
error-slot_full = 방금 다른 분이 이 시간을 예약했습니다. 다른 시간을 선택하십시오.
error-slot_unavailable = 이 시간은 더 이상 예약할 수 없습니다. 다른 시간을 선택하십시오.
error-duplicate_booking = 이 분은 이미 같은 유형의 예약이 있습니다. 예약을 변경하시려면 “예약 변경 또는 취소”를 선택하고 그 예약의 확인 번호와 PIN을 사용하십시오.
error-no_office_zip = ZIP 코드 { $zip } 지역을 담당하는 사무소가 없습니다. ZIP 코드를 확인하시거나 안내 데스크에 문의하십시오.
error-no_office_country = 이곳에는 { $country }에 거주하는 신청자를 담당하는 사무소가 없습니다. 안내 데스크에 문의하십시오.
error-wrong_pin = { $left ->
   *[other] 확인 번호 또는 PIN이 틀렸습니다. { $left }번 더 시도할 수 있습니다.
}
error-pin_locked = 이 확인 번호로 잘못 시도한 횟수가 너무 많습니다. { $minutes }분 후에 다시 시도하시거나 안내 데스크에 문의하십시오.
error-identity_not_found = 입력하신 정보와 일치하는 예약이 없습니다. 정보를 확인하시거나 안내 데스크에 문의하십시오.
error-identity_locked = 이 정보로 시도한 횟수가 너무 많습니다. 안내 데스크에 문의하십시오.
error-appointment_cancelled = 이 예약은 취소되었습니다. 새로 예약하십시오.
error-appointment_past = 이 예약은 이미 시작되었거나 지난 예약입니다. 새로 예약하십시오.
error-checked_in = 이 예약은 이미 체크인되었습니다. 예약을 변경하시려면 안내 데스크에 문의하십시오.
