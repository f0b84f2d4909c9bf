/**
 * A person as the screens show one: the full name the admin token carried, with the user id
 * (what the companion keys on) as the secondary text. Entries recorded before names were kept,
 * and actions of the service itself, have no name: the id is shown instead.
 */
export interface PersonText {
  text: string;
  /** The id, when the name is shown (a tooltip, or after the name where there is none). */
  secondary?: string;
}

export function personText(name: string | null | undefined, id: string): PersonText {
  const shown = name?.trim();
  return shown && shown !== id ? { text: shown, secondary: id } : { text: id };
}

/** One line: "Ann Example (ann@shop.example)", or the id alone. */
export function personLine(name: string | null | undefined, id: string): string {
  const person = personText(name, id);
  return person.secondary ? `${person.text} (${person.secondary})` : person.text;
}
