import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { api, messageOf } from "./api";
import type { DailyMix } from "./bindings/DailyMix";
import type { MixPreview } from "./bindings/MixPreview";
import type { Office } from "./bindings/Office";
import type { OfficeConfig } from "./bindings/OfficeConfig";
import type { OfficeSummary } from "./bindings/OfficeSummary";
import type { Session } from "./bindings/Session";
import type { TypeView } from "./bindings/TypeView";
import { CloseDay } from "./close_day";
import { useStaffT, type T } from "./i18n";

type Block = DailyMix[string][number];

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
/** Message ids of each weekday's name, in full and short. */
const DAY_NAMES: Record<string, string> = {
  mon: "staff-day-mon",
  tue: "staff-day-tue",
  wed: "staff-day-wed",
  thu: "staff-day-thu",
  fri: "staff-day-fri",
  sat: "staff-day-sat",
  sun: "staff-day-sun",
};
const SHORT_DAY_NAMES: Record<string, string> = {
  mon: "staff-day-short-mon",
  tue: "staff-day-short-tue",
  wed: "staff-day-short-wed",
  thu: "staff-day-short-thu",
  fri: "staff-day-short-fri",
  sat: "staff-day-short-sat",
  sun: "staff-day-short-sun",
};
const RANGE = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$/;

/** A field's own problem, shown beside it; the Rust side checks again on save. */
function rangeProblem(t: T, r: string): string | null {
  const m = RANGE.exec(r.trim());
  if (!m) return t("staff-mix-range-format");
  return m[1] + m[2] < m[3] + m[4] ? null : t("staff-mix-range-order");
}

function blockProblems(t: T, b: Block): string[] {
  const out: string[] = [];
  const r = rangeProblem(t, b.time);
  if (r) out.push(r);
  if (!Number.isInteger(b.capacity) || b.capacity < 1 || b.capacity > 50) out.push(t("staff-mix-capacity-range"));
  if (b.types.length === 0) out.push(t("staff-mix-types-needed"));
  return out;
}

/** As the Rust side checks: an attorney, cashier or special type on its own track, the cashier's track for cashier types alone. */
function fitsTrack(ty: TypeView, track: string): boolean {
  return ty.usual_track === "general" ? track !== "cashier" : ty.usual_track === track;
}

function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

export function MixEditor(props: { session: Session; today: string }) {
  const [offices, setOffices] = useState<OfficeSummary[]>([]);
  const [code, setCode] = useState<string>(props.session.account.office ?? "");
  const [config, setConfig] = useState<OfficeConfig | null>(null);
  const [draft, setDraft] = useState<Office | null>(null);
  const [types, setTypes] = useState<TypeView[]>([]);
  const [preview, setPreview] = useState<MixPreview | null>(null);
  const [notice, setNotice] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const [through, setThrough] = useState("");
  const [copyFrom, setCopyFrom] = useState<string | null>(null);
  const [copyTo, setCopyTo] = useState<string[]>([]);
  const [newHoliday, setNewHoliday] = useState("");
  const timer = useRef<number | undefined>(undefined);
  const t = useStaffT();

  useEffect(() => {
    api.types().then((all) => setTypes(all.filter((x) => x.bookable)));
    api.offices().then((o) => {
      setOffices(o);
      if (!code && o.length > 0) setCode(o[0].code);
    });
  }, []);

  const load = (c: string) =>
    api
      .officeConfig(c)
      .then((cfg) => {
        setConfig(cfg);
        setDraft(clone(cfg.office));
        setNotice(null);
      })
      .catch((e) => setNotice({ kind: "error", text: messageOf(e) }));
  useEffect(() => {
    if (code) void load(code);
  }, [code]);

  // The preview follows every edit, a moment after typing stops.
  useEffect(() => {
    if (!draft) return;
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      api.previewOffice(draft).then(setPreview).catch((e) => setPreview({ days: [], problem: messageOf(e) }));
    }, 200);
  }, [draft]);

  const dirty = useMemo(() => !!config && !!draft && JSON.stringify(config.office) !== JSON.stringify(draft), [config, draft]);
  const fieldProblems = useMemo(() => {
    if (!draft) return 0;
    let n = 0;
    for (const d of WEEKDAYS) for (const b of draft.mix[d] ?? []) n += blockProblems(t, b).length;
    for (const d of WEEKDAYS) for (const r of draft.hours[d] ?? []) if (rangeProblem(t, r)) n++;
    return n;
  }, [draft, t]);

  if (!draft || !config) {
    return (
      <section>
        <h2>{t("staff-mix-title")}</h2>
        {notice && <p class="error" role="alert">{notice.text}</p>}
        {!notice && <p>{t("staff-mix-loading")}</p>}
      </section>
    );
  }

  const update = (f: (o: Office) => void) => {
    const next = clone(draft);
    f(next);
    setDraft(next);
  };
  const setBlocks = (day: string, blocks: Block[]) =>
    update((o) => {
      if (blocks.length) o.mix[day] = blocks;
      else delete o.mix[day];
    });
  const editBlock = (day: string, i: number, patch: Partial<Block>) => {
    const blocks = clone(draft.mix[day] ?? []);
    blocks[i] = { ...blocks[i], ...patch };
    setBlocks(day, blocks);
  };
  const addBlock = (day: string) => {
    const open = draft.hours[day]?.[0] ?? "08:00-12:00";
    setBlocks(day, [...(draft.mix[day] ?? []), { time: open, slot_minutes: 30, capacity: 1, track: "general", types: ["case_inquiry"] }]);
  };
  const setHours = (day: string, text: string) =>
    update((o) => {
      const ranges = text.split(",").map((s) => s.trim()).filter(Boolean);
      if (ranges.length) o.hours[day] = ranges;
      else delete o.hours[day];
    });
  const applyCopy = () => {
    if (!copyFrom) return;
    update((o) => {
      for (const d of copyTo) {
        if (o.mix[copyFrom]) o.mix[d] = clone(o.mix[copyFrom]);
        else delete o.mix[d];
        if (o.hours[copyFrom]) o.hours[d] = clone(o.hours[copyFrom]);
        else delete o.hours[d];
      }
    });
    setCopyFrom(null);
    setCopyTo([]);
  };

  const save = async () => {
    setSaving(true);
    try {
      const r = await api.saveOffice(draft, config.version);
      const fresh = await api.officeConfig(code);
      setConfig(fresh);
      setDraft(clone(fresh.office));
      const saved = { version: r.version, remade: r.days_remade.length };
      const text = r.days_kept.length ? t("staff-mix-saved-kept", { ...saved, days: r.days_kept.join(", ") }) : t("staff-mix-saved", saved);
      setNotice({ kind: "ok", text });
    } catch (e) {
      // The draft stays as typed; nothing was saved (one transaction).
      setNotice({ kind: "error", text: t("staff-mix-not-saved", { error: messageOf(e) }) });
    } finally {
      setSaving(false);
    }
  };
  const release = async () => {
    try {
      const r = await api.releaseThrough(code, through);
      setNotice({
        kind: "ok",
        text: t("staff-mix-released", { through: r.through, created: r.slots_created, days: r.days_released, before: r.days_already_released }),
      });
    } catch (e) {
      setNotice({ kind: "error", text: t("staff-mix-not-released", { error: messageOf(e) }) });
    }
  };

  const dayPreview = (d: string) => preview?.days.find((p) => p.weekday === d);
  const problemDay = preview?.problem ? WEEKDAYS.find((d) => preview.problem?.startsWith(d + " ") || preview.problem?.includes(`${d}:`)) : undefined;
  const canEditOtherOffices = props.session.account.role === "administrator";

  return (
    <section class="mix-editor">
      <div class="toolbar">
        <h2>{t("staff-mix-title-office", { office: draft.name })}</h2>
        {canEditOtherOffices && (
          <select id="mix-office" value={code} onChange={(e) => setCode(e.currentTarget.value)} disabled={dirty}>
            {offices.map((o) => <option value={o.code}>{o.code} · {o.name}</option>)}
          </select>
        )}
        <span class="muted">{draft.time_zone} · {t("staff-mix-version", { version: config.version })}{dirty ? ` · ${t("staff-mix-unsaved")}` : ""}</span>
        <button id="mix-discard" disabled={!dirty || saving} onClick={() => setDraft(clone(config.office))}>{t("staff-mix-discard")}</button>
        <button id="mix-save" class="primary" disabled={!dirty || saving || fieldProblems > 0 || !!preview?.problem} onClick={save}>
          {saving ? t("staff-mix-saving") : t("staff-mix-save")}
        </button>
      </div>
      {notice && <p id="mix-notice" class={notice.kind === "ok" ? "notice" : "error"} role="alert">{notice.text}</p>}
      {preview?.problem && <p id="mix-problem" class="error" role="alert">{t("staff-mix-cannot-save", { problem: preview.problem })}</p>}

      {WEEKDAYS.map((d) => {
        const blocks = draft.mix[d] ?? [];
        const p = dayPreview(d);
        return (
          <fieldset class={problemDay === d ? "day has-problem" : "day"} id={`day-${d}`}>
            <legend>{t(DAY_NAMES[d])}</legend>
            <div class="day-head">
              <label class="inline">
                {t("staff-mix-open")}
                <input class="hours" id={`hours-${d}`} value={(draft.hours[d] ?? []).join(", ")} placeholder={t("staff-mix-closed")} onChange={(e) => setHours(d, e.currentTarget.value)} />
              </label>
              {(draft.hours[d] ?? []).map((r) => rangeProblem(t, r)).filter(Boolean).slice(0, 1).map((m) => <span class="field-error">{m}</span>)}
              <span class="summary" id={`summary-${d}`}>
                {p
                  ? t("staff-mix-summary", {
                      slots: p.slots,
                      seats: Object.entries(p.seats).map(([track, n]) => t("staff-mix-track-seats", { track, seats: n })).join(" · ") || t("staff-mix-no-seats"),
                    })
                  : ""}
              </span>
              <button onClick={() => addBlock(d)} id={`add-block-${d}`}>{t("staff-mix-add-block")}</button>
              <button onClick={() => { setCopyFrom(d); setCopyTo([]); }} id={`copy-${d}`}>{t("staff-mix-copy-day")}</button>
            </div>
            {copyFrom === d && (
              <div class="copy-to">
                {t("staff-mix-copy-to", { day: t(DAY_NAMES[d]) })}
                {WEEKDAYS.filter((x) => x !== d).map((x) => (
                  <label class="inline">
                    <input type="checkbox" checked={copyTo.includes(x)} onChange={(e) => setCopyTo(e.currentTarget.checked ? [...copyTo, x] : copyTo.filter((y) => y !== x))} />
                    {t(DAY_NAMES[x])}
                  </label>
                ))}
                <button class="primary" onClick={applyCopy} disabled={copyTo.length === 0}>{t("staff-mix-copy")}</button>
                <button onClick={() => setCopyFrom(null)}>{t("staff-mix-cancel")}</button>
              </div>
            )}
            {blocks.length > 0 && (
              <table class="blocks">
                <thead>
                  <tr>
                    <th>{t("staff-mix-col-time")}</th>
                    <th>{t("staff-mix-col-slot")}</th>
                    <th>{t("staff-mix-col-capacity")}</th>
                    <th>{t("staff-mix-col-track")}</th>
                    <th>{t("staff-mix-col-types")}</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {blocks.map((b, i) => {
                    const problems = blockProblems(t, b);
                    return (
                      <tr class={problems.length ? "invalid" : ""}>
                        <td>
                          <input class="time" id={`block-${d}-${i}-time`} value={b.time} onChange={(e) => editBlock(d, i, { time: e.currentTarget.value.trim() })} />
                          {problems.map((m) => <div class="field-error">{m}</div>)}
                        </td>
                        <td>
                          <select id={`block-${d}-${i}-slot`} value={String(b.slot_minutes)} onChange={(e) => editBlock(d, i, { slot_minutes: Number(e.currentTarget.value) })}>
                            <option value="15">{t("staff-mix-slot-minutes", { minutes: 15 })}</option>
                            <option value="30">{t("staff-mix-slot-minutes", { minutes: 30 })}</option>
                          </select>
                        </td>
                        <td>
                          <input class="capacity" id={`block-${d}-${i}-capacity`} type="number" min={1} max={50} value={b.capacity} onChange={(e) => editBlock(d, i, { capacity: Number(e.currentTarget.value) })} />
                        </td>
                        <td>
                          <select id={`block-${d}-${i}-track`} value={b.track} onChange={(e) => editBlock(d, i, { track: e.currentTarget.value })}>
                            {config.tracks.map((track) => <option value={track}>{track}</option>)}
                          </select>
                        </td>
                        <td>
                          <details>
                            <summary>{t("staff-mix-block-types", { count: b.types.length, types: b.types.join(", ") })}</summary>
                            {types.filter((ty) => fitsTrack(ty, b.track) || b.types.includes(ty.code)).map((ty) => (
                              <label class="inline type-choice">
                                <input
                                  type="checkbox"
                                  checked={b.types.includes(ty.code)}
                                  onChange={(e) => editBlock(d, i, { types: e.currentTarget.checked ? [...b.types, ty.code].sort() : b.types.filter((x) => x !== ty.code) })}
                                />
                                {ty.name}
                              </label>
                            ))}
                          </details>
                        </td>
                        <td><button id={`block-${d}-${i}-remove`} onClick={() => setBlocks(d, blocks.filter((_, j) => j !== i))}>{t("staff-mix-remove")}</button></td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
          </fieldset>
        );
      })}

      <div class="columns">
        <fieldset>
          <legend>{t("staff-mix-holidays")}</legend>
          <ul class="holidays">
            {draft.holidays.map((h) => (
              <li>{h} <button onClick={() => update((o) => { o.holidays = o.holidays.filter((x) => x !== h); })}>{t("staff-mix-remove")}</button></li>
            ))}
          </ul>
          <input type="date" id="holiday-date" value={newHoliday} onInput={(e) => setNewHoliday(e.currentTarget.value)} />
          <button id="holiday-add" disabled={!newHoliday || draft.holidays.includes(newHoliday)} onClick={() => { update((o) => { o.holidays = [...o.holidays, newHoliday].sort(); }); setNewHoliday(""); }}>
            {t("staff-mix-add-holiday")}
          </button>
        </fieldset>
        <fieldset>
          <legend>{t("staff-mix-release-policy")}</legend>
          <label>{t("staff-mix-release-window")}
            <input type="number" id="release-window" min={1} max={180} value={draft.release.window_days} onChange={(e) => update((o) => { o.release.window_days = Number(e.currentTarget.value); })} />
          </label>
          <label>{t("staff-mix-release-at")}
            <input type="time" id="release-at" value={draft.release.release_at} onChange={(e) => update((o) => { o.release.release_at = e.currentTarget.value; })} />
          </label>
          <label>{t("staff-mix-release-through")}
            <input type="date" id="release-through" value={through} min={props.today} onInput={(e) => setThrough(e.currentTarget.value)} />
          </label>
          <button id="release-button" disabled={!through || dirty} title={dirty ? t("staff-mix-release-dirty") : ""} onClick={release}>{t("staff-mix-release")}</button>
        </fieldset>
        <fieldset>
          <legend>{t("staff-mix-policies")}</legend>
          <label class="inline"><input type="checkbox" id="policy-walk-ins" checked={draft.policy.walk_ins} onChange={(e) => update((o) => { o.policy.walk_ins = e.currentTarget.checked; })} /> {t("staff-mix-walk-ins")}</label>
          <label class="inline"><input type="checkbox" id="policy-companions" checked={draft.policy.companions} onChange={(e) => update((o) => { o.policy.companions = e.currentTarget.checked; })} /> {t("staff-mix-companions")}</label>
          <WeeklyHoursField label={t("staff-mix-attorney-hours")} id="attorney-hours" value={draft.policy.attorney_walk_in_hours} onChange={(v) => update((o) => { o.policy.attorney_walk_in_hours = v; })} />
          <WeeklyHoursField label={t("staff-mix-cashier-hours")} id="cashier-hours" value={draft.policy.cashier_hours} onChange={(v) => update((o) => { o.policy.cashier_hours = v; })} />
        </fieldset>
      </div>
      <CloseDay key={code} office={code} officeName={draft.name} today={props.today} blocked={dirty} onClosed={() => void load(code)} />
    </section>
  );
}

function WeeklyHoursField(props: { label: string; id: string; value: Record<string, string[]>; onChange: (v: Record<string, string[]>) => void }) {
  const t = useStaffT();
  return (
    <div class="weekly-hours">
      <span>{props.label}</span>
      {WEEKDAYS.map((d) => {
        const text = (props.value[d] ?? []).join(", ");
        const bad = (props.value[d] ?? []).map((r) => rangeProblem(t, r)).find(Boolean);
        return (
          <label class="inline">
            {t(SHORT_DAY_NAMES[d])}
            <input
              class="hours small"
              id={`${props.id}-${d}`}
              value={text}
              placeholder="—"
              onChange={(e) => {
                const next = { ...props.value };
                const ranges = e.currentTarget.value.split(",").map((s) => s.trim()).filter(Boolean);
                if (ranges.length) next[d] = ranges;
                else delete next[d];
                props.onChange(next);
              }}
            />
            {bad && <span class="field-error">{bad}</span>}
          </label>
        );
      })}
    </div>
  );
}
