// Money is integer pence everywhere; these are the only conversions to and from text.

const poundsFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/**
 * Whole pounds and the pennies left over, worked in whole numbers: dividing by 100 in floating
 * point loses the pennies of amounts above about £70 trillion, which parseMoneyToPence reads.
 */
function poundsAndPennies(pence: number): { pounds: number; pennies: number } {
  const whole = Math.round(Math.abs(pence));
  const pennies = whole % 100;
  return { pounds: (whole - pennies) / 100, pennies };
}

/** £1,234,567: whole pounds, as reports show money. */
export function formatPounds(pence: number): string {
  const { pounds, pennies } = poundsAndPennies(pence);
  const rounded = pounds + (pennies >= 50 ? 1 : 0);
  // -49p rounds to £0, not "-£0".
  const sign = pence < 0 && rounded > 0 ? '-' : '';
  return `${sign}£${poundsFormat.format(rounded)}`;
}

/** £1,234.56: pounds and pence, as forms show money. */
export function formatPoundsAndPence(pence: number): string {
  const { pounds, pennies } = poundsAndPennies(pence);
  const sign = pence < 0 && pounds + pennies > 0 ? '-' : '';
  return `${sign}£${poundsFormat.format(pounds)}.${String(pennies).padStart(2, '0')}`;
}

/** 1,234.56 without the pound sign: the text an amount input starts with. */
export function penceToInputText(pence: number): string {
  return formatPoundsAndPence(pence).replace('£', '');
}

const moneyText = /^(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?$/;

/**
 * Reads an amount typed or imported as text: "£1,234.56", " 1,234.56 ", "1234", "(3728)",
 * "-12.5", "77317.54000000001". Returns integer pence, rounded half away from zero to the
 * nearest penny, or null when the text is not an amount. Works on the digits, never on
 * floating-point multiplication, so 1.005 is 101p.
 */
export function parseMoneyToPence(text: string): number | null {
  let s = text.trim().replace(/\s/g, '');
  let negative = false;
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true;
    s = s.slice(1, -1);
  }
  if (s.startsWith('-')) {
    negative = !negative;
    s = s.slice(1);
  }
  s = s.replace(/^£/, '');
  if (s === '' || s === '.' || !moneyText.test(s)) return null;
  const [whole = '', fraction = ''] = s.replace(/,/g, '').split('.');
  const pennies = (fraction + '00').slice(0, 2);
  const roundUp = (fraction[2] ?? '0') >= '5' ? 1 : 0;
  const pence = Number(whole || '0') * 100 + Number(pennies) + roundUp;
  if (!Number.isSafeInteger(pence)) return null;
  return negative && pence !== 0 ? -pence : pence;
}
