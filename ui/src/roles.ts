import type { Session } from "./bindings/Session";
import type { T } from "./i18n";

export type Screen = "board" | "checkin" | "cashier" | "mix" | "staff" | "central";

/** The screens a role may open; the Rust side checks every command again. */
export function screensFor(session: Session): Screen[] {
  switch (session.account.role) {
    case "administrator":
      return ["board", "mix", "staff", "central"];
    case "district_manager":
      return ["board", "checkin", "mix"];
    case "cashier":
      return ["board", "cashier"];
    default:
      return ["board", "checkin"];
  }
}

const ROLE_TITLES: Record<string, string> = {
  administrator: "staff-role-administrator",
  district_manager: "staff-role-district-manager",
  front_desk: "staff-role-front-desk",
  cashier: "staff-role-cashier",
};

/** A role's name for people; an unknown role code shows as it is. */
export function roleTitle(t: T, role: string): string {
  const id = ROLE_TITLES[role];
  return id ? t(id) : role;
}
