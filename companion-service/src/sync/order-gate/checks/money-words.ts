/** "£4,980.00": money as the merchant reads it in a reason. Unknown codes read "XYZ 4,980.00". */
export function moneyWords(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat('en-GB', { style: 'currency', currency }).format(amount);
  } catch {
    // A malformed currency code must not stop a check from saying what it found.
    return `${currency} ${amount.toFixed(2)}`;
  }
}
