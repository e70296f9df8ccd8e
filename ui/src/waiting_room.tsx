// The waiting room's screen, for a second monitor in the lobby: the numbers
// called and the desk to go to, in large type. Never a name.
import { useEffect, useState } from "preact/hooks";
import { api, messageOf } from "./api";
import type { WaitingRoom } from "./bindings/WaitingRoom";
import { useStaffT } from "./i18n";

export function WaitingRoomView() {
  const t = useStaffT();
  const [room, setRoom] = useState<WaitingRoom | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const load = () => api.waitingRoom().then((r) => { setRoom(r); setError(null); }, (e) => setError(messageOf(e)));
    void load();
    const timer = window.setInterval(load, 2000);
    return () => window.clearInterval(timer);
  }, []);
  return (
    <main class="waiting-room" id="waiting-room">
      <h1>{t("staff-waiting-title")}</h1>
      {error && <p class="error" role="alert" id="waiting-room-error">{error}</p>}
      <table>
        <thead><tr><th>{t("staff-waiting-number")}</th><th>{t("staff-waiting-desk")}</th></tr></thead>
        <tbody>
          {room?.called.map(([number, desk], i) => (
            <tr class={i === 0 ? "latest" : ""} id={`called-${number}`}>
              <td>{number}</td>
              <td>{desk}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="waiting-count" id="waiting-count">{t("staff-waiting-count", { count: room?.waiting ?? 0 })}</p>
    </main>
  );
}
