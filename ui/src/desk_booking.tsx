// The public screens inside the front desk: a caller on the phone or a
// walk-in books, changes, cancels or gets the notice again, in the
// applicant's language, with the same steps, checks and notice as at the kiosk.
import { useEffect, useState } from "preact/hooks";
import { api } from "./api";
import type { LanguageView } from "./bindings/LanguageView";
import type { OfficeSummary } from "./bindings/OfficeSummary";
import { useStaffT, useUiText } from "./i18n";
import { PublicScreens } from "./kiosk";

export function DeskBooking(props: { office: OfficeSummary; onClose: () => void }) {
  const [lang, setLang] = useState("en");
  const [languages, setLanguages] = useState<LanguageView[]>([]);
  const [round, setRound] = useState(0);
  const { t } = useUiText(lang);
  const staffT = useStaffT();
  // From the language itself, not from its texts: those arrive a moment later.
  const rtl = languages.find((l) => l.code === lang)?.rtl ?? false;
  useEffect(() => void api.languages().then(setLanguages), []);
  return (
    <section class="card desk-booking" id="desk-booking">
      <div class="toolbar">
        <h3>{staffT("staff-desk-booking-title")}</h3>
        <label>
          {staffT("staff-desk-booking-language")}{" "}
          <select id="desk-lang" value={lang} onChange={(e) => { setLang(e.currentTarget.value); setRound(round + 1); }}>
            {languages.map((l) => <option value={l.code}>{l.name}</option>)}
          </select>
        </label>
        <button id="desk-booking-close" onClick={props.onClose}>{staffT("staff-desk-booking-close")}</button>
      </div>
      <div class="kiosk embedded" dir={rtl ? "rtl" : "ltr"} lang={lang} key={round}>
        <PublicScreens lang={lang} t={t} office={props.office} canSave onFinish={props.onClose} />
      </div>
    </section>
  );
}
