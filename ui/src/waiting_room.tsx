// The waiting room's screen, for a second monitor in the lobby: the numbers
// called and the desk to go to, in large type. Never a name. Its words are
// the public's: they go through the kiosk's languages in turn, a few
// seconds each, so everyone in the room reads them in theirs before long.
import { useEffect, useState } from "preact/hooks";
import { api } from "./api";
import type { LanguageView } from "./bindings/LanguageView";
import type { WaitingRoom } from "./bindings/WaitingRoom";
import { useUiText } from "./i18n";

/** How long each language's words stay up. */
const LANGUAGE_MS = 5000;

export function WaitingRoomView() {
  const [languages, setLanguages] = useState<LanguageView[]>([]);
  const [turn, setTurn] = useState(0);
  const language = languages.length ? languages[turn % languages.length] : null;
  const { t, ready } = useUiText(language?.code ?? "en");
  const [room, setRoom] = useState<WaitingRoom | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    void api.languages().then(setLanguages, () => setLanguages([]));
    const next = window.setInterval(() => setTurn((n) => n + 1), LANGUAGE_MS);
    return () => window.clearInterval(next);
  }, []);
  useEffect(() => {
    const load = () =>
      api.waitingRoom().then(
        (r) => {
          setRoom(r);
          setFailed(false);
        },
        (e) => {
          // The lobby reads no program's message; the log keeps it for IT.
          console.error(e);
          setFailed(true);
        },
      );
    void load();
    const timer = window.setInterval(load, 2000);
    return () => window.clearInterval(timer);
  }, []);
  return (
    <main class="waiting-room" id="waiting-room" lang={language?.code ?? "en"} dir={language?.rtl ? "rtl" : "ltr"}>
      <h1 id="waiting-room-title">{ready ? t("lobby-title") : ""}</h1>
      {failed && <p class="error" role="alert" id="waiting-room-error">{ready ? t("error-unexpected") : ""}</p>}
      <table>
        <thead><tr><th>{ready ? t("lobby-number") : ""}</th><th>{ready ? t("lobby-desk") : ""}</th></tr></thead>
        <tbody>
          {room?.called.map((c, i) => (
            <tr class={i === 0 ? "latest" : ""} id={`called-${c.number}`}>
              <td><bdi>{c.number}</bdi></td>
              <td><bdi>{c.at_cashier && ready ? t("lobby-cashier") : c.desk}</bdi></td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="waiting-count" id="waiting-count">{ready ? t("lobby-count", { count: room?.waiting ?? 0 }) : ""}</p>
    </main>
  );
}
