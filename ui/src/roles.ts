import type { Session } from "./bindings/Session";

export type Screen = "board" | "mix" | "staff";

/** The screens a role may open; the Rust side checks every command again. */
export function screensFor(session: Session): Screen[] {
  switch (session.account.role) {
    case "administrator":
      return ["board", "mix", "staff"];
    case "district_manager":
      return ["board", "mix"];
    default:
      return ["board"];
  }
}

export function roleTitle(role: string): string {
  return { administrator: "Administrator", district_manager: "District manager", front_desk: "Front-desk officer", cashier: "Cashier" }[role] ?? role;
}
