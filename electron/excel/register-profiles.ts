// Mapping profiles built in: the LGA contracts register layout (Local Government Transparency
// Code, as Norfolk publishes it) and Contracts Finder's notice exports (awards as contracts,
// tenders as procurement exercises). A file is recognised when it has a profile's key headings,
// in any order. Pure.

import type { ColumnMapping, RegisterKind } from '../../shared/register-import';
import { mappingFromHeadings, squash } from './register-mapping';

export interface BuiltInProfile {
  name: string;
  kind: RegisterKind;
  /** Headings a file must all have to be recognised. */
  keyHeadings: string[];
  /** Field to heading; headings the file lacks are left unmapped. */
  mapping: Record<string, string>;
}

export const builtInProfiles: readonly BuiltInProfile[] = [
  {
    name: 'LGA contracts register',
    kind: 'contracts',
    keyHeadings: ['Contract Reference number / ID', 'Title of the Agreement', 'Supplier name'],
    mapping: {
      reference: 'Contract Reference number / ID',
      title: 'Title of the Agreement',
      supplierName: 'Supplier name',
      supplierCompanyNumber: 'Supplier registered company number',
      supplierCharityNumber: 'Supplier registered charity number',
      supplierVcse: 'VCSE supplier',
      category: 'Procurement classification: CPV code',
      valuePence: 'Contract value',
      startDate: 'Contract start date',
      endDate: 'End date',
      contractManager: 'Nominated contact point: name',
      directorate: 'Directorate / service responsible',
    },
  },
  {
    name: 'Contracts Finder award notices',
    kind: 'contracts',
    keyHeadings: ['Notice ID', 'Award Title', 'Supplier Name'],
    mapping: {
      reference: 'Notice ID',
      title: 'Award Title',
      supplierName: 'Supplier Name',
      supplierPostcode: 'Supplier Address - postcode',
      category: 'Classification Code',
      valuePence: 'Award Value',
      startDate: 'Contract Start Date',
      endDate: 'Contract End Date',
    },
  },
  {
    name: 'Contracts Finder tender notices',
    kind: 'exercises',
    keyHeadings: ['Notice ID', 'Tender Title'],
    mapping: {
      reference: 'Notice ID',
      title: 'Tender Title',
      description: 'Tender Description',
      category: 'Classification Code',
      estimatedValuePence: 'Tender Value',
      startDate: 'Published Date',
      advertDate: 'Published Date',
      tenderCloseDate: 'Tender End Date',
    },
  },
];

/** The built-in profile a file's headings match, if any. */
export function recogniseBuiltIn(headings: readonly string[]): BuiltInProfile | null {
  const keys = new Set(headings.map(squash));
  return (
    builtInProfiles.find((profile) => profile.keyHeadings.every((h) => keys.has(squash(h)))) ?? null
  );
}

export const builtInMapping = (
  profile: BuiltInProfile,
  headings: readonly string[],
): ColumnMapping => mappingFromHeadings(headings, profile.mapping);
