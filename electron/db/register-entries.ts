// The contracts the Transparency Code register publishes (worth more than £5,000, not deleted),
// with their supplier and awarding exercise, in reference order.

import type { Database } from 'better-sqlite3';
import { registerThresholdPence, type RegisterEntry } from '../excel/register-export';
import { statement } from './statements';

const registerSql = `
  SELECT c.reference, c.title, e.description, c.directorate, c.category, c.start_date AS startDate,
    c.end_date AS endDate, c.value_pence AS valuePence, c.annual_value_pence AS annualValuePence,
    c.extension_options AS extensionOptions, c.contract_manager AS contractManager,
    e.procurement_route AS procurementRoute, s.name AS supplierName,
    s.company_number AS companyNumber, s.charity_number AS charityNumber,
    s.address AS supplierAddress, s.postcode AS supplierPostcode, s.size AS supplierSize,
    s.vcse, s.vcse_type AS vcseType
  FROM contracts c JOIN suppliers s ON s.id = c.supplier_id
    LEFT JOIN exercises e ON e.id = c.exercise_id AND e.deleted_at IS NULL
  WHERE c.deleted_at IS NULL AND c.value_pence > ?
  ORDER BY c.reference COLLATE NOCASE`;

export function registerEntries(db: Database): RegisterEntry[] {
  return (statement(db, registerSql).all(registerThresholdPence) as RegisterEntry[]).map((row) => ({
    ...row,
    vcse: Boolean(row.vcse),
  }));
}
