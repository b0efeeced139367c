// What a command line command is given and how it writes.

export interface CliOutput {
  stdout(text: string): void;
  stderr(text: string): void;
}

export interface CommandOptions {
  /** The workspace file, from --data-dir or the default folder. */
  file: string;
  json: boolean;
  /** svt demo: make the large benchmark workspace. */
  large: boolean;
  /** What follows the command's name: "svt export register" gives ["register"]. */
  args: string[];
  /** svt export register: csv or xlsx. */
  format?: string;
  /** svt export: the file to write. */
  out?: string;
  /** svt restore: the backup file to restore. */
  from?: string;
  /** svt report: the template (scrutiny-update, cabinet or annual), or a saved report's id. */
  template?: string;
  report?: string;
  /** svt report: the financial year (2025/26) or "all", and an optional directorate. */
  period?: string;
  directorate?: string;
  /** svt import register: the mapping profile, and what the file holds. */
  profile?: string;
  kind?: string;
  /** svt template return: the contract's reference. */
  contract?: string;
  /** svt import: report what would be imported, write nothing. */
  dryRun?: boolean;
}

export interface Command {
  summary: string;
  run(options: CommandOptions, output: CliOutput): Promise<number>;
}
