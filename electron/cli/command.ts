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
}

export interface Command {
  summary: string;
  run(options: CommandOptions, output: CliOutput): Promise<number>;
}
