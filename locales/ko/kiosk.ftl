# The lobby kiosk: the public's screens. Short sentences, large buttons.
# In kiosk messages, variables are plain text: $step, $total, $when, $office.

kiosk-title = 예약
kiosk-welcome = 환영합니다. 이곳에서 이 사무소의 예약을 하거나 변경 또는 취소할 수 있으며, 안내문을 인쇄할 수 있습니다.
kiosk-choose-language = 언어를 선택하십시오
kiosk-book = 예약하기
kiosk-manage = 예약 변경 또는 취소
kiosk-replace = 안내문 다시 인쇄
kiosk-staff = 직원
kiosk-back = 뒤로
kiosk-next = 다음
kiosk-start-over = 처음부터 다시
kiosk-step = { $total }단계 중 { $step }단계
kiosk-optional = 선택 사항
kiosk-date-hint = 연-월-일, 예: 1980-04-25
kiosk-yes = 예
kiosk-no = 아니요
kiosk-working = 잠시만 기다려 주십시오…
kiosk-idle = 잠시 사용하지 않으면 화면이 처음으로 돌아가고 입력한 내용은 지워집니다.

where-title = 어디에 거주하십니까?
where-in-us = 미국 내
where-abroad = 미국 외
where-zip = ZIP 코드
where-zip-hint = 숫자 5자리(예: 75201)
where-country = 거주 국가
where-country-hint = 영문 두 글자, 예: 멕시코는 MX
where-office = 거주 지역 담당 사무소
where-office-confirm = 이 사무소에서 예약이 진행됩니다.

type-title = 어떤 업무가 필요하십니까?
type-questions = 요청에 관한 몇 가지 질문
question-proof_needed_by = 신분 증명이 언제 필요하십니까?
question-travel_date = 언제 여행하실 예정입니까?
question-adjustment_filed_on = 신분 조정 신청서(Form I-485)를 언제 제출하셨습니까?
question-final_order-date = 판사의 최종 명령 날짜
question-final_order-court = 명령을 내린 이민 법원
question-final_order-granted = 판사가 허가한 내용

who-title = 누가 이 예약을 하십니까?
who-self = 본인이 신청자입니다
who-representative = 신청자를 대신하여 예약합니다(변호사, 대리인 또는 가족)
rep-title = 대리인 본인 정보
rep-name = 이름
rep-organization = 소속 기관
rep-phone = 전화번호
rep-email = 이메일 주소
rep-text-messages = 이 예약에 관한 문자 메시지 받기
rep-online-account = 온라인 계정 번호
rep-call-times = 전화 받기 좋은 요일과 시간

person-title = 신청자 정보
person-first-name = 이름
person-middle-name = 중간 이름
person-last-name = 성
person-date-of-birth = 생년월일
person-country-of-birth = 출생 국가
person-zip = ZIP 코드
person-phone = 전화번호
person-email = 이메일 주소
person-a-number = A-number(외국인 등록 번호)
person-a-number-hint = A와 숫자 7~9자리(예: A012345678)
person-receipt-number = 접수 번호
person-receipt-number-hint = 영문자 3자와 숫자 10자리(예: EAC2190012345)

verify-title = 다음 정보를 확인하십시오
verify-change = 변경

slots-title = 시간을 선택하십시오
slots-seats = { $seats }자리 남음
slots-later = 이후 날짜 보기
slots-earlier = 이전 날짜 보기

review-title = 검토 및 확정
review-office = 사무소
review-type = 예약 유형
review-when = 날짜 및 시간
review-applicant = 신청자
review-representative = 예약한 사람
review-confirm = 이 예약 확정

done-title = 예약이 완료되었습니다
done-moved = 예약 시간이 변경되었습니다
done-replaced = 안내문이 준비되었습니다
done-when = 날짜 및 시간
done-confirmation = 확인 번호
done-pin = PIN
done-keep = 확인 번호와 PIN을 적어 두시거나 인쇄하십시오. 이 예약을 변경하거나 취소하려면 두 가지가 모두 필요합니다.
done-print = 안내문 인쇄
done-save = 안내문을 PDF로 저장
done-saved = 안내문이 저장되었습니다.
done-printing = 안내문을 프린터로 보내고 있습니다.
done-finish = 마치기

manage-title = 예약 변경 또는 취소
manage-confirmation = 확인 번호
manage-pin = PIN
manage-find = 내 예약 찾기
manage-current = 현재 예약
manage-reschedule = 다른 시간 선택
manage-cancel = 이 예약 취소
manage-cancel-confirm = 예, 취소합니다
manage-cancel-question = { $when } 예약을 취소하시겠습니까? 이 시간은 다른 분에게 제공됩니다.
manage-cancelled = 예약이 취소되었습니다. 더 하실 일은 없습니다.
manage-print = 안내문 다시 인쇄

replace-title = 안내문 다시 인쇄
replace-with-pin = 확인 번호와 PIN이 있습니다
replace-without-pin = 확인 번호와 PIN이 없습니다
replace-identity-hint = 신청자의 이름과 생년월일, 그리고 A-number 또는 접수 번호를 입력하십시오. 새 PIN이 발급되며, 이전 PIN은 더 이상 사용할 수 없습니다.
replace-find = 내 예약 찾기

# The waiting room's screen in the lobby, shown in each language in turn.
lobby-title = 지금 호출
lobby-number = 번호
lobby-desk = 가실 곳
lobby-count = 대기: { $count }
lobby-cashier = 수납 창구
