# The staff screens (front desk, managers, administrators). English only for now.
# Variables are plain text the UI fills in: no selectors or plurals here, the
# UI replaces each { $name } as it is. Separators between data items (" · ")
# and symbols (◀ ▶ —) stay in the UI.

## The frame around every staff screen (main.tsx)

staff-app-name = PassDesk
staff-opening = Opening PassDesk…
staff-nav-board = Today's board
staff-nav-mix = Daily mix
staff-nav-staff = Staff
staff-enter-kiosk = Kiosk mode
staff-sign-out = Sign out
staff-status-database = Local database: { $path }

## Role names (roles.ts)

staff-role-administrator = Administrator
staff-role-district-manager = District manager
staff-role-front-desk = Front-desk officer
staff-role-cashier = Cashier

## Sign-in (sign_in.tsx, and the kiosk's way out in kiosk.tsx)

staff-sign-in-title = PassDesk staff sign-in
staff-sign-in-leave-kiosk = Staff sign-in to leave the kiosk
staff-sign-in-username = Username
staff-sign-in-password = Password
staff-sign-in-back = Back
staff-sign-in-submit = Sign in

## First start on an empty database (sign_in.tsx)

staff-first-run-title = Welcome to PassDesk
staff-first-run-intro = This database has no accounts yet. Create the administrator's account; the administrator then creates the others.
staff-first-run-name = Your name
staff-first-run-username = Username
staff-first-run-password = Password (10 characters or more)
staff-first-run-repeat = Password again
staff-first-run-mismatch = The two passwords differ.
staff-first-run-create = Create administrator

## Daily mix editor (mix_editor.tsx)

staff-mix-title = Daily mix
staff-mix-loading = Loading…
staff-mix-title-office = Daily mix · { $office }
staff-mix-version = version { $version }
staff-mix-unsaved = unsaved changes
staff-mix-discard = Discard changes
staff-mix-save = Save
staff-mix-saving = Saving…
staff-mix-saved = Saved (version { $version }). { $remade } released day(s) remade from the new mix.
staff-mix-saved-kept = Saved (version { $version }). { $remade } released day(s) remade from the new mix. Released days with appointments keep their slots: { $days }.
staff-mix-not-saved = Not saved: { $error }
staff-mix-released = Released through { $through }: { $created } new slots on { $days } day(s); { $before } day(s) were released before.
staff-mix-not-released = Not released: { $error }
staff-mix-cannot-save = Cannot save yet: { $problem }
staff-mix-open = Open
staff-mix-closed = closed
staff-mix-summary = { $slots } slots · { $seats }
staff-mix-track-seats = { $track } { $seats }
staff-mix-no-seats = no seats
staff-mix-add-block = Add block
staff-mix-copy-day = Copy day to…
staff-mix-copy-to = Copy { $day }'s hours and blocks to:
staff-mix-copy = Copy
staff-mix-cancel = Cancel
staff-mix-col-time = Time
staff-mix-col-slot = Slot
staff-mix-col-capacity = Capacity
staff-mix-col-track = Track
staff-mix-col-types = Appointment types
staff-mix-slot-minutes = { $minutes } min
staff-mix-block-types = { $count } type(s): { $types }
staff-mix-remove = Remove
staff-mix-range-format = Write it as HH:MM-HH:MM, such as 08:00-11:30.
staff-mix-range-order = The end must come after the start.
staff-mix-capacity-range = Capacity is 1 to 50 people per slot.
staff-mix-types-needed = Choose at least one appointment type.
staff-mix-holidays = Holidays
staff-mix-add-holiday = Add holiday
staff-mix-release-policy = Release policy
staff-mix-release-window = Days released ahead (1-180)
staff-mix-release-at = New slots released daily at
staff-mix-release-through = Release through
staff-mix-release-dirty = Save or discard your changes first
staff-mix-release = Release slots
staff-mix-policies = Office policies
staff-mix-walk-ins = Emergency walk-ins screened
staff-mix-companions = Accompanying persons admitted
staff-mix-attorney-hours = Attorney walk-in hours
staff-mix-cashier-hours = Cashier hours

## Days of the week in the mix editor: full names, and the short ones of the weekly hours

staff-day-mon = Monday
staff-day-tue = Tuesday
staff-day-wed = Wednesday
staff-day-thu = Thursday
staff-day-fri = Friday
staff-day-sat = Saturday
staff-day-sun = Sunday
staff-day-short-mon = mon
staff-day-short-tue = tue
staff-day-short-wed = wed
staff-day-short-thu = thu
staff-day-short-fri = fri
staff-day-short-sat = sat
staff-day-short-sun = sun

## Today's board (board.tsx)

staff-board-title = Board
staff-board-previous-day = Previous day
staff-board-next-day = Next day
staff-board-today = Today
staff-board-roster-print = Print roster
staff-board-roster-save = Save roster as PDF
staff-board-search-placeholder = Confirmation number, A-number or name
staff-board-find = Find
staff-board-found-one = Found { $count } appointment
staff-board-found-many = Found { $count } appointments
staff-board-close = Close
staff-board-empty = No appointments on { $date }.
staff-board-booked-count = ({ $count } booked)
staff-board-open-desk-booking = Book with the full flow, in the applicant's language…
staff-board-col-when = When
staff-board-col-time = Time
staff-board-col-name = Name
staff-board-col-type = Type
staff-board-col-confirmation = Confirmation
staff-board-col-status = Status
staff-board-applicant-name = { $last }, { $first }

## Booking for a caller or walk-in, beside the board (board.tsx)

staff-book-title = Book for a caller or walk-in
staff-book-type = Appointment type
staff-book-question-proof-needed-by = Proof of status needed by
staff-book-question-travel-date = Planned travel date
staff-book-question-adjustment-filed-on = Adjustment of status filed on
staff-book-day = Day
staff-book-time = Time
staff-book-first-free = First free from this day
staff-book-free = { $count } free
staff-book-first-name = First name
staff-book-last-name = Last name
staff-book-date-of-birth = Date of birth
staff-book-dob-future = The date of birth cannot be in the future.
staff-book-a-number = A-number (optional)
staff-book-phone = Phone (optional)
staff-book-receipt = Booked { $type } on { $date } at { $time }. Confirmation { $confirmation }, PIN { $pin } (tell the caller: it is shown only now).
staff-book-submit = Book

## The full booking flow at the desk, around the kiosk's steps (desk_booking.tsx)

staff-desk-booking-title = Book with the applicant (their language)
staff-desk-booking-language = Language
staff-desk-booking-close = Close

## Staff accounts, for administrators (staff.tsx)

staff-accounts-title = Staff accounts
staff-accounts-col-username = Username
staff-accounts-col-name = Name
staff-accounts-col-role = Role
staff-accounts-col-office = Office
staff-accounts-all-offices = all
staff-accounts-new = New account
staff-accounts-name = Name
staff-accounts-username = Username
staff-accounts-role = Role
staff-accounts-office = Office
staff-accounts-password = First password (10 characters or more)
staff-accounts-short-password = Use at least 10 characters.
staff-accounts-created = Account { $username } created.
staff-accounts-create = Create account
staff-accounts-col-status = Status
staff-accounts-active = active
staff-accounts-disabled = disabled
staff-accounts-edit = Edit
staff-accounts-editing = Change { $username }
staff-accounts-disable = Disabled: this account cannot sign in
staff-accounts-new-password = New password (leave empty to keep the current one)
staff-accounts-save = Save changes
staff-accounts-cancel = Cancel
staff-accounts-saved = Account { $username } saved.

## Check-in (front desk)
staff-nav-checkin = Check-in
staff-nav-cashier = Cashier
staff-checkin-title = Check-in
staff-checkin-search-placeholder = Scan the notice, or type a confirmation number, A-number, receipt number or name
staff-checkin-find = Find
staff-checkin-none = Nothing found.
staff-checkin-documents = Identity documents seen
staff-checkin-mrz = MRZ from the document reader
staff-checkin-override = Reason to accept the documents as they are
staff-checkin-submit = Check in
staff-checkin-cancel = Cancel
staff-checkin-next = Next arrival
staff-checkin-shortcut = Space ticks a document, Tab moves on, Ctrl+Enter checks in.
staff-checkin-rebook = Book the next free time
staff-checkin-rebooked = Moved to { $when }. New PIN: { $pin }
staff-checkin-rebook-print = Print the new notice
staff-checkin-done = Checked in: number { $number }
staff-checkin-not-here = This appointment is not today at this office; see the note above.
staff-doc-passport = Passport
staff-doc-state_photo_id = State photo ID
staff-doc-drivers_license = Driver's license
staff-doc-permanent_resident_card = Permanent Resident Card (I-551)
staff-doc-ead = Employment Authorization Document
staff-doc-i94_with_photo = I-94 with photo
staff-doc-i94_without_photo = I-94 without photo
staff-doc-passport_or_id_copy = Copy of a passport or ID (name and face)
staff-doc-other = Other document

## The waiting queue
staff-queue-title = Today's queue
staff-queue-desk = My desk or window
staff-queue-late = late
staff-queue-call = Call
staff-queue-served = Served
staff-queue-not-served = Not served
staff-visit-waiting = waiting
staff-visit-called = called
staff-visit-served = served
staff-visit-not_served = not served
staff-appointment-booked = booked
staff-appointment-cancelled = cancelled

## Walk-ins
staff-walkin-open = Walk-in…
staff-walkin-title = Walk-in without an appointment
staff-walkin-name = Name
staff-walkin-kind = Kind
staff-walkin-kind-walk_in = Emergency (screened)
staff-walkin-kind-attorney_walk_in = Attorney (walk-in hours)
staff-walkin-kind-cashier_walk_in = Cashier (cashier hours)
staff-walkin-reason = Emergency
staff-walkin-reason-medical_emergency = Medical emergency
staff-walkin-reason-imminent_travel = Travel that cannot wait
staff-walkin-reason-death_in_family = Death in the family
staff-walkin-reason-document_needed_for_work = Document needed for work
staff-walkin-reason-humanitarian = Humanitarian reason
staff-walkin-reason-other = Other
staff-walkin-reason-text = Details
staff-walkin-approval = A manager or supervisor approves (the day is full)
staff-walkin-submit = Admit

## Cashier
staff-cashier-title = Cashier
staff-cashier-placeholder = Scan the notice or type the confirmation number
staff-cashier-admit = Admit
staff-cashier-receipt = Receipt reference

## The waiting room's screen
staff-waiting-open = Open the waiting-room screen

## The day's figures, companions
staff-summary-title = Today's figures
staff-summary-track = Track
staff-summary-seats = Seats
staff-summary-booked = Booked
staff-summary-arrived = Arrived
staff-summary-no-show = No-show
staff-summary-walk-ins = Walk-ins
staff-summary-no-show-rate = No-show rate
staff-summary-utilisation = Utilisation
staff-companions-title = Accompanied by
staff-companion-family = Family member
staff-companion-translator = Translator
staff-companion-attorney = Attorney
staff-companions-add = Add a companion
staff-companions-remove = Remove

## The status bar: the sync with the central database
staff-sync-standalone = No central database: this workstation runs its office on its own.
staff-sync-online = Central database: online · last sync { $age } · { $unsent } unsent
staff-sync-offline = Central database: OFFLINE · last sync { $age } · { $unsent } unsent, kept here and sent when it is back · check-ins still work, booking needs the central database
staff-sync-draining = Sending to the central database: { $sent } sent, { $remaining } to go
staff-sync-never = never
staff-sync-seconds-ago = { $seconds } s ago
staff-sync-minutes-ago = { $minutes } min ago
staff-sync-hours-ago = { $hours } h ago
staff-sync-days-ago = { $days } d ago
staff-sync-problem = Central database: NOT USABLE · { $problem } · last sync { $age } · { $unsent } unsent, kept here · check-ins still work
staff-sync-local-problem = Sync paused: { $problem } · last sync { $age } · { $unsent } unsent · tried again every few seconds; if it stays, call IT

## The administrator's central-database settings
staff-nav-central = Central database
staff-central-title = Central database
staff-central-standalone = This workstation runs its office on its own. Connect it to the district's central database to book centrally and share check-ins with the other desks.
staff-central-connected = Connected to { $address }
staff-central-reachable = The server answers: PostgreSQL { $version }, schema { $applied } of { $known }.
staff-central-unreachable = The server does not answer: { $reason }
staff-central-refused = The central database answers but cannot be used: { $reason }
staff-central-password-unreadable = The saved password cannot be read on this workstation: { $reason }
staff-central-schema-behind = Its schema is behind this app's: an administrator runs `passdesk central migrate` once for the district (a new, empty database: `passdesk central init`).
staff-central-schema-ahead = Its schema is newer than this app knows: install the district's PassDesk version on this workstation.
staff-central-office-unknown = The district has no office { $office }: this workstation's board, roster and search stay empty. Connect again with the right office.
staff-central-password-keychain = The password is kept in the system keychain.
staff-central-password-file = The password is kept in the file { $path }, readable only by this account.
staff-central-unsent = Facts not sent yet: { $count }
staff-central-host = Server
staff-central-port = Port (empty: 5432)
staff-central-database = Database
staff-central-user = Account
staff-central-password = Password
staff-central-office = Office kept on this workstation (empty: every office)
staff-central-password-file-label = Keep the password in this file instead (for a machine without a keychain)
staff-central-connect = Connect
staff-central-disconnect = Disconnect
staff-central-disconnected = Disconnected: this workstation now runs its office on its own.
staff-central-disconnect-warning = Disconnect this workstation from the central database? It will then run its office on its own. Appointments it books, moves or cancels while on its own must be sent to the district before it connects again; any that cannot be sent (a time taken at the district meanwhile) are listed with whom to call. Check-ins are kept and sent when it connects again.
staff-central-disconnect-yes = Yes, disconnect
staff-central-disconnect-keep = Stay connected
staff-central-own-title = Changed on this workstation alone: { $count }
staff-central-own-explain = While it was disconnected, this workstation booked, moved or cancelled these appointments, or reissued their PINs. The district's central database does not have them yet, so this workstation cannot be connected again as it is. Send them to the district: each booking goes into the same time with the same confirmation number and PIN. What cannot be sent (its time full at the district, say) stays here with the reason: call that person. Or disconnect this workstation and go on with this database alone.
staff-central-own-col-what = To redo
staff-central-own-booked = Book again
staff-central-own-rescheduled = Move
staff-central-own-cancelled = Cancel
staff-central-own-pin-reissued = New PIN
staff-central-own-send = Send them to the district
staff-central-own-col-sent = Sent
staff-central-own-sent = Sent
staff-central-own-not-sent = Not sent: { $why }. Call this person.
staff-central-own-all-sent = Everything changed on this workstation alone is now the district's, and it is connected again.

## Closing a day (snow, a power cut)
staff-close-title = Close a day
staff-close-explain = For snow, a power cut or another closure. Every booked appointment of the day moves to the first free time of its type after it (or is cancelled), and the day becomes a holiday. The list that follows shows whom to call; a moved appointment keeps its confirmation number and PIN.
staff-close-date = Day to close
staff-close-move = Move the appointments to the next free times
staff-close-cancel = Cancel the appointments
staff-close-button = Close the day…
staff-close-dirty = Save or discard your changes first
staff-close-confirm-move = Close { $office } on { $date } and move every appointment of that day? This cannot be undone here.
staff-close-confirm-cancel = Close { $office } on { $date } and cancel every appointment of that day? This cannot be undone here.
staff-close-yes = Yes, close the day
staff-close-failed = The day was not closed: { $error }
staff-close-done = { $date } is closed. Moved: { $moved }. Cancelled: { $cancelled }.
staff-close-col-was = Time
staff-close-col-person = Person
staff-close-col-now = Now
staff-close-col-reach = Phone, e-mail
staff-close-col-language = Language
staff-close-cancelled = cancelled
staff-close-no-contact = none given

## The window of an app that could not open its database (problem.tsx)
staff-startup-title = PassDesk cannot start
staff-startup-code = Code
staff-startup-database = Database
staff-startup-next = Nothing was changed. Put right what the message says, then start PassDesk again. If it stays, call IT and give them this message and code.
staff-startup-quit = Close

staff-desks-title = Workstations of the district
staff-desks-explain = As the central database last heard from each: every workstation says how it stands at the end of its sync rounds, at least every 30 seconds while it can reach the central database. Before closing a day, look here for a desk that has not been heard from or holds check-ins it has not sent.
staff-desks-none = No workstation has said how it stands yet.
staff-desks-col-workstation = Workstation
staff-desks-col-office = Office
staff-desks-col-heard = Last heard from
staff-desks-col-unsent = Not sent then
staff-desks-col-problem = Problem
staff-desks-this-one = (this one)
staff-desks-every-office = every office
staff-desks-silent = Not heard from for over 2 minutes
staff-desks-unsent = Facts: { $count }, the oldest from { $oldest }
staff-desks-failed = Its last sync failed: { $why }
staff-desks-rejected-count = Rejected facts: { $count }
staff-desks-rejected-title = Facts the central database rejected: { $count }
staff-desks-rejected-explain = The central database could not apply these and kept them with the reason; no sync will try them again. Settle each by hand: check the person in again or correct the record.
staff-desks-col-made = Recorded
staff-desks-col-about = About
staff-desks-col-why = Why
