// The process the crash tests kill: it works on a workspace through the real repositories and
// handlers, one unit of work after another, and says "committed N" after each one's transaction
// has committed. The parent kills it with SIGKILL at a random moment, then checks the file.
//   save:             a supplier saved as suppliers.create does (the record and its audit entry)
//   framework-import: framework.import of a CSV of measures (a version, themes, outcomes and
//                     measures, each with its audit entry, in one transaction)
//   register-import:  a contracts register of 20 rows read and confirmed as the import screen
//                     does (20 suppliers, 20 contracts, their audit entries and the import's
//                     history, in one transaction)
//   return-import:    a supplier's return for the next quarter: the template made, filled in,
//                     and imported (a return, its lines, their audit entries and the history)

import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Context } from '../../electron/api/context';
import { openWorkspace } from '../../electron/db/open';
import { getCouncilProfile } from '../../electron/db/profile-repository';
import { insertSupplier } from '../../electron/db/supplier-repository';
import { apiContract, type ApiInput, type ApiMethod } from '../../shared/api-contract';
import { addDays } from '../../shared/calendar-date';
import { registerRowsPerImport } from './crash-units';

/** `extra`: the framework CSV for framework-import; for return-import, JSON naming the contract
 * and the codes of its two committed measures. */
const [kind, file, extra] = process.argv.slice(2);
if (!kind || !file) throw new Error('Usage: crash-child KIND FILE [EXTRA]');

type Work = (ctx: Context) => (n: number) => Promise<void>;

/** The input as dispatch would hand it to the handler: parsed by the method's schema. */
const parsed = <M extends ApiMethod>(method: M, input: ApiInput<M>) =>
  apiContract[method].input.parse(input) as never;

const base64 = (text: string) => Buffer.from(text).toString('base64');

/** The n-th quarter from April 2020: "Q1 2020/21", "Q2 2020/21", ... */
function quarter(n: number): string {
  const year = 2020 + Math.floor(n / 4);
  return `Q${(n % 4) + 1} ${year}/${String(year + 1).slice(2)}`;
}

function registerCsv(n: number): string {
  const rows = Array.from(
    { length: registerRowsPerImport },
    (_, i) =>
      `CR-${n}-${i},Grounds maintenance ${i},Crash Supplier ${n}-${i} Ltd,01/04/2025,31/03/2027,12000`,
  );
  return [
    'Contract Reference number / ID,Title of the Agreement,Supplier Name,Contract start date,End date,Contract value',
    ...rows,
  ].join('\n');
}

/** Loads the code a kind of work needs (the importers load exceljs), before saying "loaded". */
async function loadWork(): Promise<Work> {
  if (kind === 'save') {
    return (ctx) => async (n) => {
      const input = apiContract['suppliers.create'].input.parse({
        name: `Crash Supplier ${n}`,
        size: 'small',
      });
      const { db, officer } = ctx;
      db.transaction(() => insertSupplier(db, input, officer, getCouncilProfile(db).localArea))();
    };
  }
  if (kind === 'framework-import') {
    const { frameworkHandlers } = await import('../../electron/api/framework-handlers');
    const contentBase64 = readFileSync(extra ?? '').toString('base64');
    return (ctx) => async (n) => {
      await frameworkHandlers['framework.import'](
        parsed('framework.import', {
          fileName: 'measures.csv',
          contentBase64,
          name: `Imported ${n}`,
          effectiveFrom: addDays('2030-01-01', n),
        }),
        ctx,
      );
    };
  }
  if (kind === 'return-import') {
    const { returnImportHandlers } = await import('../../electron/api/return-import-handlers');
    const { fillReturnTemplate } = await import('../fixtures/return-files');
    const { contractId, codes } = JSON.parse(extra ?? '{}') as {
      contractId: string;
      codes: string[];
    };
    return (ctx) => async (n) => {
      const template = await returnImportHandlers['returnTemplates.download'](
        parsed('returnTemplates.download', { contractId, period: quarter(n) }),
        ctx,
      );
      const entries = Object.fromEntries(
        codes.map((code) => [code, { delivered: 1.5, evidence: `Evidence ${n}` }]),
      );
      const filled = await fillReturnTemplate(
        Buffer.from(template.contentBase64, 'base64'),
        entries,
      );
      await returnImportHandlers['returnImports.confirm'](
        parsed('returnImports.confirm', {
          fileName: template.fileName,
          contentBase64: filled.toString('base64'),
        }),
        ctx,
      );
    };
  }
  const { registerImportHandlers: handlers } =
    await import('../../electron/api/register-import-handlers');
  return (ctx) => async (n) => {
    const outline = await handlers['registerImport.open'](
      parsed('registerImport.open', {
        fileName: 'register.csv',
        contentBase64: base64(registerCsv(n)),
      }),
      ctx,
    );
    const { jobId } = await handlers['registerImport.start'](
      parsed('registerImport.start', {
        uploadId: outline.uploadId,
        kind: 'contracts',
        mapping: outline.suggestions.contracts,
      }),
      ctx,
    );
    for (;;) {
      const state = await handlers['registerImport.progress'](
        parsed('registerImport.progress', { jobId }),
        ctx,
      );
      if (state.state === 'ready') break;
      if (state.state === 'failed') throw new Error(state.message);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await handlers['registerImport.confirm'](parsed('registerImport.confirm', { jobId }), ctx);
  };
}

const work = await loadWork();

// Loaded and waiting: the parent starts the next child while it checks the file after the last
// kill, then says "go N" (N: units already stored, so names and dates never clash).
process.stdout.write('loaded\n');
const go = await new Promise<string>((resolve) =>
  createInterface({ input: process.stdin }).once('line', resolve),
);
const first = Number(/^go (\d+)$/.exec(go)?.[1] ?? Number.NaN);
if (!Number.isInteger(first)) throw new Error(`Expected "go N", got ${go}`);

const { db } = openWorkspace(file);
const unit = work({ db, file, officer: 'Crash Test' });
process.stdout.write('ready\n');
for (let n = first; ; n++) {
  await unit(n);
  process.stdout.write(`committed ${n + 1}\n`);
}
