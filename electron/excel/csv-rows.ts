// CSV text to rows, a chunk at a time, so a large file is read without holding all its rows:
// push() text as it arrives and take the rows it completes; end() gives the last row. RFC 4180:
// quoted cells may hold commas, doubled quotes and line breaks; lines end in CRLF or LF. A quote
// opens a quoted cell only at the cell's start; elsewhere it is an ordinary character (5" pipe).

export class CellTooLong extends Error {
  constructor(
    /** The 1-based row of the file the cell is in. */
    readonly row: number,
    /** The 0-based column. */
    readonly column: number,
    readonly limit: number,
  ) {
    super(
      `Row ${row}, column ${column + 1} holds more than ${limit.toLocaleString('en-GB')} characters`,
    );
  }
}

export class CsvRowParser {
  #row: string[] = [];
  #cell = '';
  #quoted = false;
  /** A quote inside a quoted cell, waiting for the next character to say what it is. */
  #quoteSeen = false;
  /** A CR that ended a row, so an LF straight after it ends nothing. */
  #afterCr = false;
  #rowsDone = 0;

  /** `maxCellLength` stops a runaway cell (a stray quote, a 10 MB cell) before it fills memory. */
  constructor(readonly maxCellLength = Infinity) {}

  push(text: string): string[][] {
    const rows: string[][] = [];
    for (let i = 0; i < text.length; i++) {
      const char = text[i] as string;
      const afterCr = this.#afterCr;
      this.#afterCr = false;
      if (this.#quoted) {
        if (this.#quoteSeen) {
          this.#quoteSeen = false;
          if (char === '"') {
            this.#cell += '"';
            continue;
          }
          this.#quoted = false;
        } else if (char === '"') {
          this.#quoteSeen = true;
          continue;
        } else {
          this.#cell += char;
          this.#checkLength();
          continue;
        }
      }
      if (char === '"' && this.#cell === '') this.#quoted = true;
      else if (char === ',') {
        this.#row.push(this.#cell);
        this.#cell = '';
      } else if (char === '\n' || char === '\r') {
        if (char === '\n' && afterCr) continue;
        this.#afterCr = char === '\r';
        this.#row.push(this.#cell);
        rows.push(this.#row);
        this.#rowsDone++;
        this.#row = [];
        this.#cell = '';
      } else {
        this.#cell += char;
        this.#checkLength();
      }
    }
    return rows;
  }

  /** The last row, when the text does not end in a line break. */
  end(): string[][] {
    if (this.#quoteSeen) this.#quoted = false;
    if (this.#cell === '' && this.#row.length === 0 && !this.#quoted) return [];
    this.#row.push(this.#cell);
    const last = this.#row;
    this.#row = [];
    this.#cell = '';
    this.#quoted = false;
    return [last];
  }

  #checkLength(): void {
    if (this.#cell.length > this.maxCellLength) {
      throw new CellTooLong(this.#rowsDone + 1, this.#row.length, this.maxCellLength);
    }
  }
}
