// Which column fills which field: the heading row found under any title rows, suggestions from
// heading names, and the headings' signature that saved profiles are matched on. Pure.

import {
  registerFields,
  registerKinds,
  type ColumnMapping,
  type RegisterKind,
} from '../../shared/register-import';
import { skippedRowColumns } from './skipped-rows-workbook';

/** A heading compared without case, spaces or punctuation: " Contract Value (£) " is contractvalue. */
export const squash = (heading: string) => heading.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * Heading names each field is known by, squashed, best first. Field keys are shared between
 * kinds where they mean the same (reference, title, category, directorate...).
 */
const knownHeadings: Record<string, string[]> = {
  reference: [
    'reference',
    'ref',
    'contractreference',
    'contractreferencenumberid',
    'contractref',
    'contractid',
    'contractnumber',
    'noticeid',
    'tenderreference',
    'exercisereference',
    'projectreference',
    'procurementreference',
  ],
  title: [
    'title',
    'titleoftheagreement',
    'contracttitle',
    'awardtitle',
    'tendertitle',
    'name',
    'contractname',
    'projecttitle',
    'exercisetitle',
    'subject',
  ],
  description: [
    'description',
    'tenderdescription',
    'awarddescription',
    'descriptionofgoodsandservices',
    'summary',
  ],
  supplierName: [
    'suppliername',
    'supplier',
    'contractor',
    'contractorname',
    'provider',
    'providername',
    'vendor',
    'awardedsupplier',
  ],
  supplierCompanyNumber: [
    'supplierregisteredcompanynumber',
    'companynumber',
    'suppliercompanynumber',
    'companieshousenumber',
    'companyregistrationnumber',
    'supplierid',
  ],
  supplierCharityNumber: [
    'supplierregisteredcharitynumber',
    'charitynumber',
    'suppliercharitynumber',
  ],
  supplierPostcode: ['supplieraddresspostcode', 'supplierpostcode', 'postcode'],
  supplierVcse: ['vcsesupplier', 'vcse', 'suppliervcse'],
  category: [
    'category',
    'procurementcategory',
    'contractcategory',
    'classificationcode',
    'cpvcode',
    'procurementclassificationcpvcode',
  ],
  valuePence: [
    'contractvalue',
    'value',
    'awardvalue',
    'totalvalue',
    'wholelifevalue',
    'totalcontractvalue',
    'estimatedvalue',
    'amount',
  ],
  annualValuePence: ['annualvalue', 'valueperannum', 'annualcontractvalue', 'yearlyvalue'],
  estimatedValuePence: [
    'estimatedvalue',
    'tendervalue',
    'value',
    'estimatedcontractvalue',
    'contractvalue',
    'totalvalue',
  ],
  startDate: [
    'contractstartdate',
    'startdate',
    'start',
    'commencementdate',
    'tenderstartdate',
    'publisheddate',
  ],
  endDate: ['contractenddate', 'enddate', 'end', 'expirydate', 'finishdate'],
  advertDate: ['publisheddate', 'advertdate', 'advertpublished', 'datepublished'],
  tenderCloseDate: [
    'tenderenddate',
    'closingdate',
    'tenderclosingdate',
    'tendercloses',
    'deadline',
  ],
  awardDecisionDate: ['datecontractawarded', 'awarddate', 'awarddecisiondate', 'dateawarded'],
  contractStartDate: ['contractstartdate'],
  contractEndDate: ['contractenddate'],
  extensionOptions: ['extensionoptions', 'extensions', 'optiontoextend', 'lastextensiondate'],
  contractManager: [
    'contractmanager',
    'nominatedcontactpointname',
    'contactname',
    'officer',
    'manager',
  ],
  leadOfficer: ['leadofficer', 'officer', 'procurementofficer', 'contactname'],
  directorate: [
    'directorateserviceresponsible',
    'directorate',
    'service',
    'department',
    'serviceresponsible',
    'servicearea',
  ],
  status: ['status', 'contractstatus', 'stage'],
  name: ['suppliername', 'name', 'supplier', 'organisationname', 'companyname'],
  companyNumber: [
    'companynumber',
    'supplierregisteredcompanynumber',
    'companyregistrationnumber',
    'supplierid',
    'registrationnumber',
  ],
  charityNumber: ['charitynumber', 'supplierregisteredcharitynumber', 'registeredcharitynumber'],
  address: ['address', 'supplieraddressstreetaddress', 'streetaddress', 'registeredaddress'],
  postcode: ['postcode', 'supplieraddresspostcode', 'postalcode'],
  vcse: ['vcse', 'vcsesupplier', 'charity', 'voluntarysector'],
  contactName: ['contactname', 'contact', 'nominatedcontactpointname'],
  contactEmail: ['contactemail', 'email', 'emailaddress', 'nominatedcontactpointemail'],
  contactPhone: ['contactphone', 'phone', 'telephone', 'phonenumber'],
};

const everyKnownHeading = new Set(Object.values(knownHeadings).flat());
const headerSearchRows = 20;

const filledCount = (cells: readonly string[]) => cells.filter((c) => c.trim() !== '').length;
const looksLikeData = (cell: string) => /^[-(£\d]/.test(cell.trim());

/**
 * The 0-based index, among the first rows, of the heading row: the one naming the most known
 * headings (at least two); failing that, the first row as wide as the data whose cells are all
 * words rather than numbers or dates. Title rows above the headings are passed over. Null when
 * no row looks like headings.
 */
export function findHeaderRow(rows: readonly (readonly string[])[]): number | null {
  const first = rows.slice(0, headerSearchRows);
  let best = -1;
  let bestScore = 1;
  first.forEach((cells, index) => {
    const score = new Set(cells.map(squash).filter((key) => everyKnownHeading.has(key))).size;
    if (score > bestScore) {
      best = index;
      bestScore = score;
    }
  });
  if (best >= 0) return best;
  const widest = Math.max(0, ...first.map(filledCount));
  const index = first.findIndex((cells) => {
    const filled = cells.filter((c) => c.trim() !== '');
    return filled.length >= 2 && filled.length * 2 >= widest && !filled.some(looksLikeData);
  });
  return index >= 0 ? index : null;
}

/**
 * The column each field of a kind most likely comes from: the heading that is the field's best
 * known name, each column used once. Fields with no such heading are left out.
 */
export function suggestMapping(headings: readonly string[], kind: RegisterKind): ColumnMapping {
  const keys = headings.map(squash);
  const used = new Set<number>();
  const mapping: ColumnMapping = {};
  for (const { key } of registerFields[kind]) {
    for (const name of knownHeadings[key] ?? []) {
      const index = keys.findIndex((k, i) => k === name && !used.has(i));
      if (index >= 0) {
        mapping[key] = index;
        used.add(index);
        break;
      }
    }
  }
  return mapping;
}

/** Suggestions for every kind, for the mapping screen to switch between. */
export function suggestAll(headings: readonly string[]): Record<RegisterKind, ColumnMapping> {
  return Object.fromEntries(
    registerKinds.map((kind) => [kind, suggestMapping(headings, kind)]),
  ) as Record<RegisterKind, ColumnMapping>;
}

const addedToSkippedRows = new Set(skippedRowColumns.map(squash));

/** The headings as one text, for matching a file to a profile saved from a file like it (a
 * workbook of skipped rows to put right matches the file it came from). */
export const headingSignature = (headings: readonly string[]) =>
  headings
    .map(squash)
    .filter((key) => key && !addedToSkippedRows.has(key))
    .join('|');

/** A profile's mapping by heading, as the columns of this file (headings found anywhere). */
export function mappingFromHeadings(
  headings: readonly string[],
  byHeading: Record<string, string>,
): ColumnMapping {
  const keys = headings.map(squash);
  const mapping: ColumnMapping = {};
  for (const [field, heading] of Object.entries(byHeading)) {
    const index = keys.indexOf(squash(heading));
    if (index >= 0) mapping[field] = index;
  }
  return mapping;
}
