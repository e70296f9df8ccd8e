import { useEffect, useState } from "preact/hooks";
import { api, messageOf } from "./api";
import type { DistrictDesks } from "./bindings/DistrictDesks";
import { useStaffT } from "./i18n";
import { ago } from "./sync_bar";

/** The district's workstations as the central database last heard from
 * each, and the facts it kept as rejected: a desk that stopped syncing, or
 * holds check-ins it has not sent, shows here before anyone counts on it. */
export function DistrictDesksCard() {
  const t = useStaffT();
  const [desks, setDesks] = useState<DistrictDesks | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    // Only the latest answer counts: a slow one must not overwrite a newer.
    let asked = 0;
    const load = () => {
      const mine = ++asked;
      api.centralWorkstations()
        .then((d) => { if (mine === asked) { setDesks(d); setError(null); } })
        // An old list would freeze its ages and hide a desk that went silent since.
        .catch((e) => { if (mine === asked) { setDesks(null); setError(messageOf(e)); } });
    };
    load();
    const timer = window.setInterval(load, 10_000);
    return () => { asked = -1; window.clearInterval(timer); };
  }, []);
  return (
    <div class="card wide" id="district-desks">
      <h3>{t("staff-desks-title")}</h3>
      <p class="muted">{t("staff-desks-explain")}</p>
      {error && <p class="error" role="alert" id="district-desks-error">{error}</p>}
      {desks && desks.workstations.length === 0 && <p>{t("staff-desks-none")}</p>}
      {desks && desks.workstations.length > 0 && (
        <table class="call-list">
          <thead>
            <tr>
              <th>{t("staff-desks-col-workstation")}</th>
              <th>{t("staff-desks-col-office")}</th>
              <th>{t("staff-desks-col-heard")}</th>
              <th>{t("staff-desks-col-unsent")}</th>
              <th>{t("staff-desks-col-problem")}</th>
            </tr>
          </thead>
          <tbody>
            {desks.workstations.map((w) => {
              const trouble = w.silent || w.unsent_too_long || w.last_error != null || w.rejected > 0;
              return (
                <tr id={`desk-${w.name}`} class={trouble ? "trouble" : ""}>
                  <td>{w.host}{w.this_one && <strong> {t("staff-desks-this-one")}</strong>}<br /><span class="muted">{w.name} · {w.app_version}</span></td>
                  <td>{w.office ?? t("staff-desks-every-office")}</td>
                  <td>{ago(t, w.silent_seconds)}{w.silent && <><br /><strong>{t("staff-desks-silent")}</strong></>}</td>
                  <td>{w.unsent === 0 ? "0" : t("staff-desks-unsent", { count: w.unsent, oldest: w.oldest_unsent_seconds == null ? "" : ago(t, w.oldest_unsent_seconds) })}</td>
                  <td>
                    {w.last_error && <span>{t("staff-desks-failed", { why: w.last_error })}</span>}
                    {w.rejected > 0 && <>{w.last_error && <br />}{t("staff-desks-rejected-count", { count: w.rejected })}</>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {desks && desks.rejected.length > 0 && (
        <>
          <h3>{t("staff-desks-rejected-title", { count: desks.rejected.length })}</h3>
          <p class="muted">{t("staff-desks-rejected-explain")}</p>
          <table class="call-list" id="district-rejected">
            <thead>
              <tr>
                <th>{t("staff-desks-col-made")}</th>
                <th>{t("staff-desks-col-workstation")}</th>
                <th>{t("staff-desks-col-about")}</th>
                <th>{t("staff-desks-col-why")}</th>
              </tr>
            </thead>
            <tbody>
              {desks.rejected.map((f) => (
                <tr>
                  <td>{f.made_at.slice(0, 10)} {f.made_at.slice(11, 16)} UTC</td>
                  <td>{f.workstation}</td>
                  <td>{f.about}{f.about !== f.kind && <><br /><span class="muted">{f.kind}</span></>}</td>
                  <td>{f.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
