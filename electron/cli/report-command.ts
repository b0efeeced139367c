// svt report --template scrutiny-update|cabinet|annual --period 2025/26 --format pdf|docx|xlsx
// --out FILE (or --report ID for a saved report): a committee report built now from the
// workspace. PDF goes through the system's Chromium over the web host's print route, started
// here on a loopback port with its own token.

import { rename, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { ApiMethod } from '../../shared/api-contract';
import { documentRequestSchema, templateKeys, type DocumentRequest } from '../../shared/report';
import { chromiumPath } from '../reports/chromium-path';
import { startPrintingWebHost } from '../reports/printing-web-host';
import { builtRendererDir } from '../reports/renderer-dir';
import { currentOfficer } from '../workspace-location';
import { WorkspaceSession } from '../workspace-session';
import { call } from './call';
import type { Command, CommandOptions } from './command';

const usage = `Usage: svt report --template scrutiny-update|cabinet|annual --period 2025/26 --format pdf|docx|xlsx --out FILE [--directorate NAME] [--data-dir DIR]
       svt report --report ID --format pdf|docx|xlsx --out FILE [--data-dir DIR]`;

const methods = {
  pdf: 'reportOutputs.pdf',
  docx: 'reportOutputs.docx',
  xlsx: 'reportOutputs.xlsx',
} as const satisfies Record<string, ApiMethod>;
type Format = keyof typeof methods;

const isFormat = (text: string | undefined): text is Format =>
  text !== undefined && Object.hasOwn(methods, text);

type Parsed = { request: DocumentRequest; format: Format; out: string } | { problem: string };

function parseOptions(options: CommandOptions): Parsed {
  const { template, report, period, directorate, format, out, args } = options;
  if (args.length > 0) return { problem: `svt report takes no "${args.join(' ')}".` };
  if (template === undefined && report === undefined) {
    return {
      problem: 'Say which report: --template scrutiny-update|cabinet|annual, or --report ID.',
    };
  }
  if (template !== undefined && report !== undefined) {
    return { problem: 'Give --template or --report, not both.' };
  }
  if (template !== undefined && !templateKeys.some((key) => key === template)) {
    return { problem: `--template must be scrutiny-update, cabinet or annual, not "${template}".` };
  }
  if (template !== undefined && period === undefined) {
    return { problem: 'Say which period: --period 2025/26 (a financial year) or --period all.' };
  }
  if (!isFormat(format)) {
    return {
      problem:
        format === undefined
          ? 'Say which format: --format pdf, docx or xlsx.'
          : `--format must be pdf, docx or xlsx, not "${format}".`,
    };
  }
  if (!out) return { problem: 'Say where to write the file: --out FILE.' };
  const parsed = documentRequestSchema.safeParse(
    report !== undefined ? { reportId: report } : { template, period, directorate },
  );
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field =
      issue?.path[0] === 'reportId' ? '--report' : `--${String(issue?.path[0] ?? 'template')}`;
    return { problem: `${field}: ${issue?.message ?? 'not understood'}.` };
  }
  return { request: parsed.data, format, out: resolve(out) };
}

export const reportCommand: Command = {
  summary: 'a committee report as PDF, Word or the Excel appendix (--template or --report)',
  async run(options, output) {
    const parsed = parseOptions(options);
    if ('problem' in parsed) {
      output.stderr(`${parsed.problem}\n${usage}`);
      return 2;
    }
    const { request, format, out } = parsed;
    if (format === 'pdf') chromiumPath();
    const session = new WorkspaceSession(options.file, currentOfficer());
    const host =
      format === 'pdf'
        ? await startPrintingWebHost({
            port: 0,
            rendererDir: builtRendererDir(import.meta.url),
            context: () => session.context(),
          })
        : undefined;
    const partial = `${out}.partial`;
    try {
      const ctx = host ? host.context() : session.context();
      const file = await call(ctx, methods[format], request);
      await writeFile(partial, Buffer.from(file.contentBase64, 'base64'));
      await rename(partial, out);
      output.stdout(`Wrote ${out}`);
      return 0;
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    } finally {
      await host?.close();
      session.close();
    }
  },
};
