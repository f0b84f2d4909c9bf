/**
 * Tells a user whose Kentico role may only view why this screen's controls are disabled, in the
 * same words on every screen: "may view {what} but not {cannot}".
 */
export function ViewOnlyNote({ what, cannot }: { what: string; cannot: string }) {
  return (
    <span role="note">
      Your Kentico role may view {what} but not {cannot}: ask an administrator for the Edit
      permission of Brightpearl Connect.
    </span>
  );
}
