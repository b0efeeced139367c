// The financial year a report covers, suggesting this year and the nine before it, or all years.

import { calendarDateOf } from '../../../shared/calendar-date';
import { financialYearOf, financialYearStarting } from '../../../shared/financial-year';
import { TextField } from '../../components/FormFields';
import type { FormErrors } from '../../form-errors';
import { useApi } from '../../use-api';

interface Props {
  label: string;
  value: string;
  onChange(value: string): void;
  errors: FormErrors;
}

/** This financial year's label first, then the nine before it. */
export function recentYears(startMonth: number, today = calendarDateOf()): string[] {
  const current = financialYearOf(today, startMonth).startYear;
  return Array.from({ length: 10 }, (_, n) => financialYearStarting(current - n, startMonth).label);
}

export function ReportPeriodField({ label, value, onChange, errors }: Props) {
  const [profile] = useApi('profile.get', {});
  const years = profile.state === 'ready' ? recentYears(profile.value.financialYearStartMonth) : [];
  return (
    <>
      <TextField
        name="period"
        label={label}
        hint="The figures in the data blocks are for this year, for example 2025/26, or all for every year."
        errors={errors}
        value={value}
        onChange={onChange}
        className="input-short"
        list="report-period-suggestions"
        autoComplete="off"
      />
      <datalist id="report-period-suggestions">
        {[...years, 'all'].map((year) => (
          <option key={year} value={year} />
        ))}
      </datalist>
    </>
  );
}
