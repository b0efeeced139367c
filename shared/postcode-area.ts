// The council's local area, written as postcode areas ("LE"), districts ("LE65") and
// ranges of districts in one area ("LE1-LE19").

const area = /^[A-Z]{1,2}$/;
const district = /^([A-Z]{1,2})(\d{1,2})([A-Z]?)$/;

/** Upper case, no inner spaces, a hyphen without spaces around it. */
export function normaliseAreaEntry(text: string): string {
  return (
    text
      .trim()
      .toUpperCase()
      // Word turns a typed hyphen into an en or em dash.
      .replace(/\s*[-\u2013\u2014]\s*/g, '-')
      .replace(/\s+/g, '')
  );
}

/** Why an entry is not a postcode area, district or district range; null when it is one. */
export function localAreaEntryProblem(entry: string): string | null {
  const value = normaliseAreaEntry(entry);
  if (value === '') return 'Enter a postcode area or district';
  if (area.test(value) || district.test(value)) return null;
  const [from, to, ...rest] = value.split('-');
  const start = district.exec(from ?? '');
  const end = district.exec(to ?? '');
  if (rest.length > 0 || !start || !end || start[3] || end[3]) {
    return `"${entry.trim()}" is not a postcode area (LE), district (LE65) or range (LE1-LE19)`;
  }
  if (start[1] !== end[1]) return `"${entry.trim()}" runs across two postcode areas`;
  if (Number(start[2]) > Number(end[2])) return `"${entry.trim()}" starts after it ends`;
  return null;
}

/** Splits the text of a local area box (commas, semicolons or new lines) into entries. */
export function splitLocalArea(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map(normaliseAreaEntry)
    .filter((entry) => entry !== '');
}
