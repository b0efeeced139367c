// The three record lists as workbooks: the columns an officer sees, in the order shown.

import type { Contract } from '../../shared/contract';
import { contractStatusLabels } from '../../shared/contract';
import {
  exerciseStatusLabels,
  procurementCategoryLabels,
  type Exercise,
} from '../../shared/exercise';
import { supplierSizeLabels, type Supplier } from '../../shared/supplier';
import { isSme } from '../../shared/supplier-rules';
import { exportList, type ListSheet } from './list-export';

const scopeText = (scope: Exercise['scope']) =>
  [scope.act && 'Social Value Act', scope.local && 'Local policy'].filter(Boolean).join(', ') ||
  'Not in scope';

const supplierSheet: ListSheet<Supplier> = {
  name: 'Suppliers',
  columns: [
    { header: 'Name', kind: 'text', width: 40, value: (s) => s.name },
    { header: 'Company number', kind: 'text', value: (s) => s.companyNumber },
    { header: 'Charity number', kind: 'text', value: (s) => s.charityNumber },
    { header: 'Postcode', kind: 'text', value: (s) => s.postcode },
    { header: 'Size', kind: 'text', width: 26, value: (s) => s.size && supplierSizeLabels[s.size] },
    { header: 'Local', kind: 'yesNo', value: (s) => s.local },
    // Blank when the size is not known: such a supplier is neither an SME nor not one.
    { header: 'SME', kind: 'yesNo', value: (s) => isSme(s.size) },
    { header: 'VCSE', kind: 'yesNo', value: (s) => s.vcse },
    { header: 'Real Living Wage', kind: 'yesNo', value: (s) => s.realLivingWage },
    { header: 'Contracts', kind: 'number', value: (s) => s.contractCount },
    { header: 'Contract value (£)', kind: 'money', width: 18, value: (s) => s.contractValuePence },
  ],
};

const exerciseSheet: ListSheet<Exercise> = {
  name: 'Pipeline',
  columns: [
    { header: 'Reference', kind: 'text', value: (e) => e.reference },
    { header: 'Title', kind: 'text', width: 45, value: (e) => e.title },
    { header: 'Directorate', kind: 'text', width: 28, value: (e) => e.directorate },
    { header: 'Category', kind: 'text', value: (e) => procurementCategoryLabels[e.category] },
    {
      header: 'Estimated value (£, net)',
      kind: 'money',
      width: 20,
      value: (e) => e.estimatedValuePence,
    },
    { header: 'Start', kind: 'date', value: (e) => e.startDate },
    { header: 'Status', kind: 'text', value: (e) => exerciseStatusLabels[e.status] },
    { header: 'In scope', kind: 'text', width: 28, value: (e) => scopeText(e.scope) },
  ],
};

const contractSheet: ListSheet<Contract> = {
  name: 'Contracts',
  columns: [
    { header: 'Reference', kind: 'text', value: (c) => c.reference },
    { header: 'Title', kind: 'text', width: 45, value: (c) => c.title },
    { header: 'Supplier', kind: 'text', width: 35, value: (c) => c.supplierName },
    { header: 'Directorate', kind: 'text', width: 28, value: (c) => c.directorate },
    { header: 'Category', kind: 'text', value: (c) => procurementCategoryLabels[c.category] },
    { header: 'Value (£, net)', kind: 'money', width: 18, value: (c) => c.valuePence },
    { header: 'Start', kind: 'date', value: (c) => c.startDate },
    { header: 'End', kind: 'date', value: (c) => c.endDate },
    { header: 'Status', kind: 'text', value: (c) => contractStatusLabels[c.status] },
    { header: 'In scope', kind: 'text', width: 28, value: (c) => scopeText(c.scope) },
  ],
};

export const supplierListWorkbook = (rows: Supplier[]) => exportList(supplierSheet, rows);
export const exerciseListWorkbook = (rows: Exercise[]) => exportList(exerciseSheet, rows);
export const contractListWorkbook = (rows: Contract[]) => exportList(contractSheet, rows);
