# The staff screens (front desk, managers, administrators).
# Variables are plain text the UI fills in: no selectors or plurals here, the
# UI replaces each { $name } as it is. Separators between data items (" · ")
# and symbols (◀ ▶ —) stay in the UI.

## The frame around every staff screen (main.tsx)

staff-app-name = PassDesk
staff-opening = PassDesk를 여는 중…
staff-nav-board = 오늘의 현황판
staff-nav-mix = 일일 예약 구성
staff-nav-staff = 직원
staff-enter-kiosk = 키오스크 모드
staff-sign-out = 로그아웃
staff-status-database = 로컬 데이터베이스: { $path }

## Role names (roles.ts)

staff-role-administrator = 관리자
staff-role-district-manager = 지구 사무소장
staff-role-front-desk = 안내 창구 직원
staff-role-cashier = 수납 담당자

## Sign-in (sign_in.tsx, and the kiosk's way out in kiosk.tsx)

staff-sign-in-title = PassDesk 직원 로그인
staff-sign-in-leave-kiosk = 키오스크를 나가려면 직원 로그인
staff-sign-in-username = 사용자 이름
staff-sign-in-password = 비밀번호
staff-sign-in-back = 뒤로
staff-sign-in-submit = 로그인

## First start on an empty database (sign_in.tsx)

staff-first-run-title = PassDesk에 오신 것을 환영합니다
staff-first-run-intro = 이 데이터베이스에는 아직 계정이 없습니다. 관리자 계정을 만드십시오. 다른 계정은 관리자가 만듭니다.
staff-first-run-name = 이름
staff-first-run-username = 사용자 이름
staff-first-run-password = 비밀번호(10자 이상)
staff-first-run-repeat = 비밀번호 확인
staff-first-run-mismatch = 두 비밀번호가 일치하지 않습니다.
staff-first-run-create = 관리자 계정 만들기

## Daily mix editor (mix_editor.tsx)

staff-mix-title = 일일 예약 구성
staff-mix-loading = 불러오는 중…
staff-mix-title-office = 일일 예약 구성 · { $office }
staff-mix-version = 버전 { $version }
staff-mix-unsaved = 저장되지 않은 변경 사항
staff-mix-discard = 변경 취소
staff-mix-save = 저장
staff-mix-saving = 저장 중…
staff-mix-saved = 저장되었습니다(버전 { $version }). 새 구성에 따라 다시 만든 공개일: { $remade }일.
staff-mix-saved-kept = 저장되었습니다(버전 { $version }). 새 구성에 따라 다시 만든 공개일: { $remade }일. 예약이 있는 공개일은 기존 시간대를 유지합니다: { $days }.
staff-mix-not-saved = 저장되지 않음: { $error }
staff-mix-released = { $through }까지 공개했습니다. 새 시간대 { $created }개, 대상 일수 { $days }일. 이미 공개된 일수: { $before }일.
staff-mix-not-released = 공개되지 않음: { $error }
staff-mix-cannot-save = 아직 저장할 수 없습니다: { $problem }
staff-mix-open = 운영 시간
staff-mix-closed = 휴무
staff-mix-summary = 시간대 { $slots }개 · { $seats }
staff-mix-track-seats = { $track } { $seats }
staff-mix-no-seats = 자리 없음
staff-mix-add-block = 블록 추가
staff-mix-copy-day = 다른 요일로 복사…
staff-mix-copy-to = { $day }의 운영 시간과 블록을 복사할 요일:
staff-mix-copy = 복사
staff-mix-cancel = 취소
staff-mix-col-time = 시간
staff-mix-col-slot = 시간대 길이
staff-mix-col-capacity = 정원
staff-mix-col-track = 트랙
staff-mix-col-types = 예약 유형
staff-mix-slot-minutes = { $minutes }분
staff-mix-block-types = 유형 { $count }개: { $types }
staff-mix-remove = 삭제
staff-mix-range-format = HH:MM-HH:MM 형식으로 입력하십시오(예: 08:00-11:30).
staff-mix-range-order = 종료 시간은 시작 시간보다 늦어야 합니다.
staff-mix-capacity-range = 정원은 시간대당 1~50명입니다.
staff-mix-types-needed = 예약 유형을 하나 이상 선택하십시오.
staff-mix-holidays = 휴일
staff-mix-add-holiday = 휴일 추가
staff-mix-release-policy = 공개 정책
staff-mix-release-window = 미리 공개할 일수(1-180)
staff-mix-release-at = 새 시간대 매일 공개 시각
staff-mix-release-through = 공개 종료일
staff-mix-release-dirty = 먼저 변경 사항을 저장하거나 취소하십시오
staff-mix-release = 시간대 공개
staff-mix-policies = 사무소 정책
staff-mix-walk-ins = 긴급 무예약 방문자 심사
staff-mix-companions = 동반인 입장 허용
staff-mix-attorney-hours = 변호사 무예약 방문 시간
staff-mix-cashier-hours = 수납 창구 운영 시간

## Days of the week in the mix editor: full names, and the short ones of the weekly hours

staff-day-mon = 월요일
staff-day-tue = 화요일
staff-day-wed = 수요일
staff-day-thu = 목요일
staff-day-fri = 금요일
staff-day-sat = 토요일
staff-day-sun = 일요일
staff-day-short-mon = 월
staff-day-short-tue = 화
staff-day-short-wed = 수
staff-day-short-thu = 목
staff-day-short-fri = 금
staff-day-short-sat = 토
staff-day-short-sun = 일

## Today's board (board.tsx)

staff-board-title = 현황판
staff-board-previous-day = 이전 날
staff-board-next-day = 다음 날
staff-board-today = 오늘
staff-board-roster-print = 명단 인쇄
staff-board-roster-save = 명단을 PDF로 저장
staff-board-search-placeholder = 확인 번호, A-number 또는 이름
staff-board-find = 찾기
staff-board-found-one = 예약 { $count }건을 찾았습니다
staff-board-found-many = 예약 { $count }건을 찾았습니다
staff-board-close = 닫기
staff-board-empty = { $date }에는 예약이 없습니다.
staff-board-booked-count = (예약 { $count }건)
staff-board-open-desk-booking = 신청자의 언어로 전체 절차에 따라 예약…
staff-board-col-when = 일시
staff-board-col-time = 시간
staff-board-col-name = 이름
staff-board-col-type = 유형
staff-board-col-confirmation = 확인 번호
staff-board-col-status = 상태
staff-board-applicant-name = { $last }, { $first }

## Booking for a caller or walk-in, beside the board (board.tsx)

staff-book-title = 전화 문의자 또는 무예약 방문자 예약
staff-book-type = 예약 유형
staff-book-question-proof-needed-by = 신분 증명 필요일
staff-book-question-travel-date = 여행 예정일
staff-book-question-adjustment-filed-on = 신분 조정 신청서 제출일
staff-book-day = 날짜
staff-book-time = 시간
staff-book-first-free = 이 날짜 이후 가장 빠른 빈 시간
staff-book-free = { $count }자리 남음
staff-book-first-name = 이름
staff-book-last-name = 성
staff-book-date-of-birth = 생년월일
staff-book-dob-future = 생년월일은 미래 날짜일 수 없습니다.
staff-book-a-number = A-number(선택 사항)
staff-book-phone = 전화번호(선택 사항)
staff-book-receipt = 예약 완료: { $type }, { $date } { $time }. 확인 번호 { $confirmation }, PIN { $pin }(PIN은 지금만 표시되므로 신청자에게 알려 주십시오).
staff-book-submit = 예약

## The full booking flow at the desk, around the kiosk's steps (desk_booking.tsx)

staff-desk-booking-title = 신청자와 함께 예약(신청자의 언어)
staff-desk-booking-language = 언어
staff-desk-booking-close = 닫기

## Staff accounts, for administrators (staff.tsx)

staff-accounts-title = 직원 계정
staff-accounts-col-username = 사용자 이름
staff-accounts-col-name = 이름
staff-accounts-col-role = 역할
staff-accounts-col-office = 사무소
staff-accounts-all-offices = 전체
staff-accounts-new = 새 계정
staff-accounts-name = 이름
staff-accounts-username = 사용자 이름
staff-accounts-role = 역할
staff-accounts-office = 사무소
staff-accounts-password = 초기 비밀번호(10자 이상)
staff-accounts-short-password = 10자 이상 입력하십시오.
staff-accounts-created = { $username } 계정이 만들어졌습니다.
staff-accounts-create = 계정 만들기
staff-accounts-col-status = 상태
staff-accounts-active = 활성
staff-accounts-disabled = 비활성
staff-accounts-edit = 수정
staff-accounts-editing = { $username } 계정 변경
staff-accounts-disable = 비활성: 이 계정은 로그인할 수 없습니다
staff-accounts-new-password = 새 비밀번호(비워 두면 현재 비밀번호 유지)
staff-accounts-save = 변경 사항 저장
staff-accounts-cancel = 취소
staff-accounts-saved = { $username } 계정이 저장되었습니다.

## Check-in (front desk)
staff-nav-checkin = 체크인
staff-nav-cashier = 수납 창구
staff-checkin-title = 체크인
staff-checkin-search-placeholder = 안내문을 스캔하거나 확인 번호, A-number, 접수 번호 또는 이름을 입력하십시오
staff-checkin-find = 찾기
staff-checkin-none = 검색 결과가 없습니다.
staff-checkin-documents = 확인한 신분 서류
staff-checkin-mrz = 문서 판독기의 MRZ
staff-checkin-override = 서류를 현재 상태 그대로 인정하는 사유
staff-checkin-submit = 체크인
staff-checkin-cancel = 취소
staff-checkin-next = 다음 방문자
staff-checkin-shortcut = 스페이스로 서류 선택, Tab으로 이동, Ctrl+Enter로 도착 등록.
staff-checkin-rebook = 가장 빠른 빈 시간 예약
staff-checkin-rebooked = { $when }(으)로 변경. 새 PIN: { $pin }
staff-checkin-rebook-print = 새 안내문 인쇄
staff-checkin-done = 체크인 완료: 번호 { $number }
staff-checkin-not-here = 이 예약은 오늘 이 사무소의 예약이 아닙니다. 위의 안내를 참조하십시오.
staff-doc-passport = 여권
staff-doc-state_photo_id = 주 정부 발급 사진 신분증
staff-doc-drivers_license = 운전면허증
staff-doc-permanent_resident_card = 영주권 카드(I-551)
staff-doc-ead = 취업 허가증(EAD)
staff-doc-i94_with_photo = 사진이 있는 I-94
staff-doc-i94_without_photo = 사진이 없는 I-94
staff-doc-passport_or_id_copy = 여권 또는 신분증 사본(이름과 얼굴)
staff-doc-other = 기타 서류

## The waiting queue
staff-queue-title = 오늘의 대기열
staff-queue-desk = 내 데스크 또는 창구
staff-queue-late = 늦음
staff-queue-call = 호출
staff-queue-served = 응대 완료
staff-queue-not-served = 미응대
staff-visit-waiting = 대기 중
staff-visit-called = 호출됨
staff-visit-served = 응대 완료
staff-visit-not_served = 미응대
staff-appointment-booked = 예약됨
staff-appointment-cancelled = 취소됨

## Walk-ins
staff-walkin-open = 무예약 방문…
staff-walkin-title = 예약 없이 온 방문자
staff-walkin-name = 이름
staff-walkin-kind = 구분
staff-walkin-kind-walk_in = 긴급(심사 완료)
staff-walkin-kind-attorney_walk_in = 변호사(무예약 방문 시간)
staff-walkin-kind-cashier_walk_in = 수납(수납 창구 운영 시간)
staff-walkin-reason = 긴급 사유
staff-walkin-reason-medical_emergency = 의료 응급 상황
staff-walkin-reason-imminent_travel = 미룰 수 없는 여행
staff-walkin-reason-death_in_family = 가족의 사망
staff-walkin-reason-document_needed_for_work = 업무에 필요한 서류
staff-walkin-reason-humanitarian = 인도적 사유
staff-walkin-reason-other = 기타
staff-walkin-reason-text = 세부 내용
staff-walkin-approval = 관리자 또는 감독자 승인(당일 예약 마감)
staff-walkin-submit = 입장 허가

## Cashier
staff-cashier-title = 수납 창구
staff-cashier-placeholder = 안내문을 스캔하거나 확인 번호를 입력하십시오
staff-cashier-admit = 입장 허가
staff-cashier-receipt = 영수증 참조 번호

## The waiting room's screen
staff-waiting-open = 대기실 화면 열기

## The day's figures, companions
staff-summary-title = 오늘의 수치
staff-summary-track = 트랙
staff-summary-seats = 자리
staff-summary-booked = 예약
staff-summary-arrived = 도착
staff-summary-no-show = 불참
staff-summary-walk-ins = 무예약 방문
staff-summary-no-show-rate = 불참률
staff-summary-utilisation = 이용률
staff-companions-title = 동행인
staff-companion-family = 가족
staff-companion-translator = 통역사
staff-companion-attorney = 변호사
staff-companions-add = 동행인 추가
staff-companions-remove = 삭제

## The status bar: the sync with the central database
staff-sync-standalone = 중앙 데이터베이스 없음: 이 워크스테이션이 단독으로 사무소를 운영합니다.
staff-sync-online = 중앙 데이터베이스: 온라인 · 마지막 동기화: { $age } · 미전송 { $unsent }건
staff-sync-offline = 중앙 데이터베이스: 오프라인 · 마지막 동기화: { $age } · 미전송 { $unsent }건(이곳에 보관했다가 다시 연결되면 전송) · 체크인은 계속 가능하며, 예약에는 중앙 데이터베이스가 필요합니다
staff-sync-draining = 중앙 데이터베이스로 전송 중: { $sent }건 전송됨, { $remaining }건 남음
staff-sync-never = 없음
staff-sync-seconds-ago = { $seconds }초 전
staff-sync-minutes-ago = { $minutes }분 전
staff-sync-hours-ago = { $hours }시간 전
staff-sync-days-ago = { $days }일 전
staff-sync-problem = 중앙 데이터베이스: 사용 불가 · { $problem } · 마지막 동기화: { $age } · 미전송 { $unsent }건(이곳에 보관) · 체크인은 계속 가능합니다
staff-sync-local-problem = 동기화 일시 중지: { $problem } · 마지막 동기화: { $age } · 미전송 { $unsent }건 · 몇 초마다 자동으로 다시 시도합니다. 이 상태가 계속되면 IT 담당 부서에 연락하십시오

## The administrator's central-database settings
staff-nav-central = 중앙 데이터베이스
staff-central-title = 중앙 데이터베이스
staff-central-standalone = 이 워크스테이션은 단독으로 사무소를 운영하고 있습니다. 지구 중앙 데이터베이스에 연결하면 예약을 중앙에서 처리하고 체크인을 다른 데스크와 공유할 수 있습니다.
staff-central-connected = { $address }에 연결됨
staff-central-reachable = 서버가 응답합니다: PostgreSQL { $version }, 스키마 { $known }개 중 { $applied }개 적용.
staff-central-unreachable = 서버가 응답하지 않습니다: { $reason }
staff-central-refused = 중앙 데이터베이스가 응답하지만 사용할 수 없습니다: { $reason }
staff-central-password-unreadable = 저장된 비밀번호를 이 워크스테이션에서 읽을 수 없습니다: { $reason }
staff-central-schema-behind = 데이터베이스 스키마가 이 앱의 스키마보다 오래되었습니다: 관리자가 지구 전체에 대해 `passdesk central migrate`를 한 번 실행해야 합니다(새 빈 데이터베이스라면 `passdesk central init`).
staff-central-schema-ahead = 데이터베이스 스키마가 이 앱이 아는 것보다 새롭습니다: 이 워크스테이션에 지구에서 사용하는 PassDesk 버전을 설치하십시오.
staff-central-office-unknown = 관할 구역에 { $office } 사무소가 없습니다. 이 워크스테이션의 현황판, 명단, 검색이 비어 있게 됩니다. 올바른 사무소로 다시 연결하십시오.
staff-central-password-keychain = 비밀번호는 시스템 키체인에 보관됩니다.
staff-central-password-file = 비밀번호는 이 계정만 읽을 수 있는 파일 { $path }에 보관됩니다.
staff-central-unsent = 아직 전송하지 않은 항목: { $count }건
staff-central-host = 서버
staff-central-port = 포트(비워 두면 5432)
staff-central-database = 데이터베이스
staff-central-user = 계정
staff-central-password = 비밀번호
staff-central-office = 이 워크스테이션에 데이터를 보관할 사무소(비워 두면 모든 사무소)
staff-central-password-file-label = 대신 이 파일에 비밀번호 보관(키체인이 없는 컴퓨터용)
staff-central-connect = 연결
staff-central-disconnect = 연결 해제
staff-central-disconnected = 연결 해제됨: 이제 이 워크스테이션이 단독으로 사무소를 운영합니다.
staff-central-disconnect-warning = 이 워크스테이션을 중앙 데이터베이스에서 연결 해제하시겠습니까? 그러면 이 워크스테이션이 단독으로 사무소를 운영합니다. 단독으로 운영하는 동안 새로 잡거나 옮기거나 취소한 예약은 다시 연결하기 전에 지구로 전송해야 합니다. 전송할 수 없는 예약(그사이 지구에서 그 시간이 이미 잡힌 경우)은 전화할 신청자와 함께 목록에 표시됩니다. 체크인은 보관되었다가 다시 연결되면 전송됩니다.
staff-central-disconnect-yes = 예, 연결 해제합니다
staff-central-disconnect-keep = 연결 유지
staff-central-own-title = 이 워크스테이션에서만 변경한 예약: { $count }건
staff-central-own-explain = 이 워크스테이션은 연결이 해제되어 있는 동안 이 예약들을 새로 잡거나 옮기거나 취소했거나, PIN을 새로 발급했습니다. 지구 중앙 데이터베이스에는 아직 이 변경 사항이 없으므로 이 워크스테이션을 지금 상태 그대로 다시 연결할 수 없습니다. 이 변경 사항을 지구로 전송하십시오. 각 예약은 같은 확인 번호와 PIN으로 같은 시간에 들어갑니다. 전송할 수 없는 항목(예: 지구에서 그 시간이 이미 꽉 찬 경우)은 사유와 함께 여기에 남으니, 해당 신청자에게 전화하십시오. 또는 이 워크스테이션의 연결을 해제하고 이 데이터베이스만으로 계속 운영하십시오.
staff-central-own-col-what = 다시 할 작업
staff-central-own-booked = 다시 예약
staff-central-own-rescheduled = 예약 옮기기
staff-central-own-cancelled = 예약 취소
staff-central-own-pin-reissued = 새 PIN
staff-central-own-send = 지구로 전송
staff-central-own-col-sent = 전송
staff-central-own-sent = 전송됨
staff-central-own-not-sent = 전송 안 됨: { $why }. 이 신청자에게 전화하십시오.
staff-central-own-all-sent = 이 워크스테이션에서만 변경한 모든 내용이 이제 지구에 반영되었으며, 이 워크스테이션이 다시 연결되었습니다.

## Closing a day (snow, a power cut)
staff-close-title = 임시 휴무 처리
staff-close-explain = 폭설, 정전 또는 기타 사유로 문을 닫을 때 사용합니다. 그날의 모든 예약은 그 이후 같은 유형의 가장 빠른 빈 시간으로 옮겨지고(또는 취소되고), 그날은 휴일로 바뀝니다. 이어서 표시되는 목록에서 연락할 사람을 확인할 수 있습니다. 옮겨진 예약은 확인 번호와 PIN이 그대로 유지됩니다.
staff-close-date = 휴무 처리할 날짜
staff-close-move = 예약을 다음 빈 시간으로 옮기기
staff-close-cancel = 예약 취소
staff-close-button = 휴무 처리…
staff-close-dirty = 먼저 변경 사항을 저장하거나 취소하십시오
staff-close-confirm-move = { $date }에 { $office }을(를) 휴무 처리하고 그날의 모든 예약을 옮기시겠습니까? 여기서는 되돌릴 수 없습니다.
staff-close-confirm-cancel = { $date }에 { $office }을(를) 휴무 처리하고 그날의 모든 예약을 취소하시겠습니까? 여기서는 되돌릴 수 없습니다.
staff-close-yes = 예, 휴무 처리합니다
staff-close-failed = 휴무 처리되지 않았습니다: { $error }
staff-close-done = { $date }이(가) 휴무 처리되었습니다. 옮긴 예약: { $moved }건. 취소한 예약: { $cancelled }건.
staff-close-col-was = 시간
staff-close-col-person = 신청자
staff-close-col-now = 변경 후
staff-close-col-reach = 전화, 이메일
staff-close-col-language = 언어
staff-close-cancelled = 취소됨
staff-close-no-contact = 미기재

## The window of an app that could not open its database (problem.tsx)
staff-startup-title = PassDesk를 시작할 수 없습니다
staff-startup-code = 코드
staff-startup-database = 데이터베이스
staff-startup-next = 아무것도 변경되지 않았습니다. 메시지에 나온 문제를 해결한 후 PassDesk를 다시 시작하십시오. 이 상태가 계속되면 IT 담당 부서에 연락하여 이 메시지와 코드를 알려 주십시오.
staff-startup-quit = 닫기

staff-desks-title = 지구의 워크스테이션
staff-desks-explain = 중앙 데이터베이스가 각 워크스테이션에서 마지막으로 받은 상태입니다. 각 워크스테이션은 동기화 주기가 끝날 때마다 자신의 상태를 알리며, 중앙 데이터베이스에 연결할 수 있는 동안에는 적어도 30초마다 알립니다. 임시 휴무 처리를 하기 전에 여기에서 연락이 없는 워크스테이션이나 아직 전송하지 않은 체크인이 남아 있는 워크스테이션이 있는지 확인하십시오.
staff-desks-none = 아직 상태를 알린 워크스테이션이 없습니다.
staff-desks-col-workstation = 워크스테이션
staff-desks-col-office = 사무소
staff-desks-col-heard = 마지막 연락
staff-desks-col-unsent = 당시 미전송
staff-desks-col-problem = 문제
staff-desks-this-one = (이 워크스테이션)
staff-desks-every-office = 모든 사무소
staff-desks-silent = 2분 넘게 연락 없음
staff-desks-unsent = { $count }건, 가장 오래된 항목은 { $oldest }
staff-desks-failed = 마지막 동기화 실패: { $why }
staff-desks-rejected-count = 거부된 항목 { $count }건
staff-desks-rejected-title = 중앙 데이터베이스가 거부한 항목: { $count }건
staff-desks-rejected-explain = 중앙 데이터베이스가 이 항목들을 적용하지 못해 사유와 함께 보관했습니다. 동기화로는 다시 시도하지 않습니다. 각 항목을 직접 처리하십시오. 해당 신청자를 다시 체크인하거나 기록을 바로잡으십시오.
staff-desks-col-made = 기록 시각
staff-desks-col-about = 대상
staff-desks-col-why = 사유
