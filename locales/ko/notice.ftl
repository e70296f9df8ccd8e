# The printed appointment notice, and the names of appointment types and
# documents that the kiosk and the notice show.

notice-title = 예약 안내문
notice-replacement = 재발급 안내문
notice-office = 사무소
notice-when = 날짜 및 시간
notice-type = 예약 유형
notice-applicant = 신청자
notice-confirmation = 확인 번호
notice-pin = PIN
notice-pin-new = 새 PIN(이전 PIN은 더 이상 사용할 수 없습니다)
notice-bring = 지참할 서류
notice-scan = 도착하시면 안내 데스크에 이 코드를 보여 주십시오.
notice-keep = 확인 번호와 PIN을 잘 보관하십시오. 사무소 로비의 키오스크에서 이 예약을 변경하거나 취소하려면 두 가지가 모두 필요합니다.
notice-arrive = 표시된 시간에 오십시오. 신청자와 사무소가 허락한 사람만 들어갈 수 있습니다.
notice-printed = 인쇄 일시: { $when }

type-case_inquiry = 진행 중인 케이스 문의
type-adit = 영주권 증명(ADIT / I-551 도장)
type-interim_ead = 임시 취업 허가(신분 조정 신청 후 90일 이상 대기 중)
type-card_replacement = 분실 또는 도난당한 외국인 등록증 재발급
type-eap = 긴급 사전 여행 허가(Emergency Advance Parole, 긴급 여행)
type-ij_grant = 이민 판사의 허가 결정
type-asylum = 망명 관련 예약
type-nacara = NACARA 관련 예약
type-attorney_inquiry = 변호사 또는 공인 대리인 문의
type-cashier_payment = 수납 창구: 수수료 또는 보증금 납부
type-dara_adjustment = DARA: 신분 조정 신청 및 인터뷰
type-other = 기타
type-forms = 양식 다운로드
type-case_status = 내 케이스 상태 확인
type-efile_i90 = 영주권 카드 재발급(Form I-90)
type-efile_i765 = 취업 허가 신청(Form I-765)

# Where the online matters are done.
service-forms = USCIS 웹사이트의 양식 페이지
service-case_status = USCIS 웹사이트의 Case Status Online(케이스 상태 조회)
service-efile_i90 = USCIS 웹사이트의 Form I-90 온라인 제출
service-efile_i765 = USCIS 웹사이트의 Form I-765 온라인 제출

doc-notice = 이 예약 안내문
doc-photo_id = 사진이 있는 신분증: 여권, 주 정부 발급 사진 신분증 또는 운전면허증
doc-green_card_or_ead = 영주권자는 영주권 카드(I-551), 그 외에는 취업 허가증(EAD)
doc-i94 = Form I-94(입출국 기록). 사진이 없는 I-94는 이름과 얼굴이 나온 여권 또는 신분증 사본이 함께 있어야만 인정됩니다
doc-case_papers = 문의 사항과 관련된 양식, 접수증, 승인 또는 거부 통지서, 번역본 및 원본
doc-passport = 여권
doc-approval_notice = 영주권 승인 통지서
doc-filing_receipt = 신분 조정 신청서(Form I-485)의 접수 통지서
doc-passport_photos = 여권용 사진 2장
doc-police_report = 분실 또는 도난에 관한 경찰 신고서(있는 경우)
doc-travel_evidence = 긴급 상황과 여행 계획을 증명하는 자료
doc-final_order = 이민 판사의 최종 명령서
doc-g28 = Form G-28(변호사 또는 대리인 선임 통지서)
doc-fee_notice = 수수료 또는 보증금 납부를 요청하는 통지서
