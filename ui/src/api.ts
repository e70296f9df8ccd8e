// Typed calls to the Rust commands. Every type comes from ./bindings, which
// is generated from the Rust types (see src-tauri/src/bindings.rs).
import { invoke } from "@tauri-apps/api/core";
import type { ClosedDay } from "./bindings/ClosedDay";
import type { ClosureChoice } from "./bindings/ClosureChoice";
import type { AppStatus } from "./bindings/AppStatus";
import type { SyncStatus } from "./bindings/SyncStatus";
import type { CentralStatus } from "./bindings/CentralStatus";
import type { CentralForm } from "./bindings/CentralForm";
import type { OwnChange } from "./bindings/OwnChange";
import type { DistrictDesks } from "./bindings/DistrictDesks";
import type { SentChange } from "./bindings/SentChange";
import type { BoardRow } from "./bindings/BoardRow";
import type { BookingReceipt } from "./bindings/BookingReceipt";
import type { BookingRequest } from "./bindings/BookingRequest";
import type { MixPreview } from "./bindings/MixPreview";
import type { NewStaff } from "./bindings/NewStaff";
import type { Office } from "./bindings/Office";
import type { OfficeConfig } from "./bindings/OfficeConfig";
import type { OfficeSummary } from "./bindings/OfficeSummary";
import type { ReleaseView } from "./bindings/ReleaseView";
import type { SaveReport } from "./bindings/SaveReport";
import type { ServiceError } from "./bindings/ServiceError";
import type { Session } from "./bindings/Session";
import type { SlotView } from "./bindings/SlotView";
import type { StaffAccount } from "./bindings/StaffAccount";
import type { StaffListed } from "./bindings/StaffListed";
import type { StaffUpdate } from "./bindings/StaffUpdate";
import type { TypeView } from "./bindings/TypeView";
import type { ApplicantInput } from "./bindings/ApplicantInput";
import type { IdentityInput } from "./bindings/IdentityInput";
import type { LanguageView } from "./bindings/LanguageView";
import type { NoticeKind } from "./bindings/NoticeKind";
import type { NoticeOutcome } from "./bindings/NoticeOutcome";
import type { PublicAppointment } from "./bindings/PublicAppointment";
import type { RepresentativeInput } from "./bindings/RepresentativeInput";
import type { SlotOffer } from "./bindings/SlotOffer";
import type { TypeAnswers } from "./bindings/TypeAnswers";
import type { UiText } from "./bindings/UiText";
import type { Arrival } from "./bindings/Arrival";
import type { Roster } from "./bindings/Roster";
import type { Reissued } from "./bindings/Reissued";
import type { CashierEntry } from "./bindings/CashierEntry";
import type { CheckIn } from "./bindings/CheckIn";
import type { Visit } from "./bindings/Visit";
import type { WaitingRoom } from "./bindings/WaitingRoom";
import type { WalkIn } from "./bindings/WalkIn";

/** A refused command: `code` is stable, `message` is for the person at the screen, `field` names the form field it concerns. */
export class CommandError extends Error {
  readonly code: string;
  readonly field: string | undefined;
  constructor(e: ServiceError) {
    super(e.message);
    this.code = e.code;
    this.field = e.field;
  }
}

/** The code of a refusal that is not PassDesk's own (the app shell refused the call's arguments, say): its text is for the log, never for the public. */
export const UNEXPECTED = "unexpected";

function asServiceError(e: unknown): ServiceError {
  if (e && typeof e === "object" && "code" in e && "message" in e) return e as ServiceError;
  return { code: UNEXPECTED, message: String(e) };
}

/** Fired when a command finds the signed-in account disabled or changed: the app goes back to signing in. */
export const SESSION_ENDED = "passdesk:session-ended";

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    const error = new CommandError(asServiceError(e));
    if (error.code === "session_ended") window.dispatchEvent(new CustomEvent(SESSION_ENDED, { detail: error.message }));
    throw error;
  }
}

export const api = {
  status: () => call<AppStatus>("status"),
  firstRunSetup: (account: NewStaff) => call<Session>("first_run_setup", { account }),
  signIn: (username: string, password: string) => call<Session>("sign_in", { username, password }),
  signOut: () => call<void>("sign_out"),
  enterKiosk: () => call<void>("enter_kiosk"),
  offices: () => call<OfficeSummary[]>("offices"),
  types: () => call<TypeView[]>("types"),
  officeConfig: (office: string) => call<OfficeConfig>("office_config", { office }),
  previewOffice: (office: Office) => call<MixPreview>("preview_office", { office }),
  saveOffice: (office: Office, version: number) => call<SaveReport>("save_office", { office, version }),
  releaseThrough: (office: string, through: string) => call<ReleaseView>("release_through", { office, through }),
  closeDay: (office: string, day: string, choice: ClosureChoice) => call<ClosedDay>("close_day", { office, day, choice }),
  slots: (office: string, date: string) => call<SlotView[]>("slots", { office, date }),
  board: (office: string, date: string) => call<BoardRow[]>("board", { office, date }),
  search: (office: string, query: string) => call<BoardRow[]>("search", { office, query }),
  bookForCaller: (request: BookingRequest) => call<BookingReceipt>("book_for_caller", { request }),
  uiText: (lang: string) => call<UiText>("ui_text", { lang }),
  languages: () => call<LanguageView[]>("languages"),
  kioskRoute: (lang: string, zip: string | null, country: string | null) => call<OfficeSummary>("kiosk_route", { lang, zip, country }),
  kioskCheckRequest: (lang: string, office: string, typeCode: string, answers: TypeAnswers) =>
    call<void>("kiosk_check_request", { lang, office, typeCode, answers }),
  kioskCheckPerson: (lang: string, office: string, applicant: ApplicantInput, representative: RepresentativeInput | null) =>
    call<void>("kiosk_check_person", { lang, office, applicant, representative }),
  kioskOfferSlots: (lang: string, office: string, typeCode: string, from: string | null, answers: TypeAnswers | null) =>
    call<SlotOffer>("kiosk_offer_slots", { lang, office, typeCode, from, answers }),
  kioskBook: (lang: string, request: BookingRequest) => call<PublicAppointment>("kiosk_book", { lang, request }),
  kioskLookup: (lang: string, confirmation: string, pin: string) => call<PublicAppointment>("kiosk_lookup", { lang, confirmation, pin }),
  kioskReschedule: (lang: string, confirmation: string, pin: string, slotId: string) =>
    call<PublicAppointment>("kiosk_reschedule", { lang, confirmation, pin, slotId }),
  kioskCancel: (lang: string, confirmation: string, pin: string) => call<PublicAppointment>("kiosk_cancel", { lang, confirmation, pin }),
  kioskReissue: (lang: string, identity: IdentityInput) => call<PublicAppointment>("kiosk_reissue", { lang, identity }),
  kioskNoticePrint: (lang: string, confirmation: string, pin: string, kind: NoticeKind) =>
    call<NoticeOutcome>("kiosk_notice_print", { lang, confirmation, pin, kind }),
  kioskNoticeSave: (lang: string, confirmation: string, pin: string, kind: NoticeKind) =>
    call<NoticeOutcome>("kiosk_notice_save", { lang, confirmation, pin, kind }),
  uiReady: () => call<void>("ui_ready"),
  syncStatus: () => call<SyncStatus>("sync_status"),
  centralSettings: () => call<CentralStatus>("central_settings"),
  centralConnect: (form: CentralForm) => call<CentralStatus>("central_connect", { form }),
  centralDisconnect: () => call<CentralStatus>("central_disconnect"),
  centralOwnChanges: () => call<OwnChange[]>("central_own_changes"),
  centralWorkstations: () => call<DistrictDesks>("central_workstations"),
  centralSendOwnChanges: () => call<SentChange[]>("central_send_own_changes"),
  findArrival: (query: string) => call<Arrival[]>("find_arrival", { query }),
  checkIn: (checkIn: CheckIn) => call<Visit>("check_in", { checkIn }),
  walkIn: (walkIn: WalkIn) => call<Visit>("walk_in", { walkIn }),
  visitsToday: () => call<Visit[]>("visits_today"),
  callVisit: (visit: string, window: string) => call<Visit>("call_visit", { visit, window }),
  finishVisit: (visit: string, served: boolean, receiptRef: string | null) => call<Visit>("finish_visit", { visit, served, receiptRef }),
  cashierAdmit: (confirmation: string) => call<CashierEntry>("cashier_admit", { confirmation }),
  cashierQueue: () => call<CashierEntry[]>("cashier_queue"),
  waitingRoom: () => call<WaitingRoom>("waiting_room"),
  openWaitingRoom: () => call<void>("open_waiting_room"),
  rebookLate: (confirmation: string) => call<Reissued>("rebook_late", { confirmation }),
  roster: (office: string, date: string) => call<Roster>("roster", { office, date, track: null }),
  rosterPrint: (office: string, date: string, by: string, save: boolean) => call<NoticeOutcome>("roster_print", { office, date, by, save }),
  staffList: () => call<StaffListed[]>("staff_list"),
  staffAdd: (account: NewStaff) => call<StaffAccount>("staff_add", { account }),
  staffUpdate: (update: StaffUpdate) => call<StaffAccount>("staff_update", { update }),
};

export function messageOf(e: unknown): string {
  return e instanceof CommandError ? e.message : String(e);
}
