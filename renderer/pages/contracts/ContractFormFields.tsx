// The fields of a contract, shared by adding, editing and awarding one.

import { contractStatuses, contractStatusLabels } from '../../../shared/contract';
import { procurementCategories, procurementCategoryLabels } from '../../../shared/exercise';
import { DirectorateField } from '../../components/DirectorateField';
import { Field } from '../../components/Field';
import { DateField, MoneyField, SelectField, TextField } from '../../components/FormFields';
import { SupplierPicker } from '../../components/SupplierPicker';
import { textFieldProps, type RecordFormState } from '../../components/use-record-form';
import { errorAt, fieldId } from '../../form-errors';
import { contractFields as labels } from './contract-fields';
import type { ContractForm } from './contract-form';

type TextName =
  'reference' | 'title' | 'startDate' | 'endDate' | 'extensionOptions' | 'contractManager';

export function ContractFormFields({ state }: { state: RecordFormState<ContractForm> }) {
  const { form, set, errors } = state;
  const text = (name: TextName | 'valuePence' | 'annualValuePence') =>
    textFieldProps(state, labels, name);
  return (
    <>
      <div className="field-row">
        <TextField
          {...text('reference')}
          hint="Unique, for example C-2025-031"
          className="input-medium"
        />
        <SelectField
          name="status"
          label={labels.status.label}
          errors={errors}
          value={form.status}
          onChange={(value) => set('status', value)}
          options={contractStatuses}
          labels={contractStatusLabels}
        />
      </div>
      <TextField {...text('title')} className="input-wide" />
      <Field
        id={fieldId(['supplierId'])}
        label={labels.supplierId.label}
        hint="Type part of the name, then choose from the list"
        error={errorAt(errors, ['supplierId'])}
      >
        {(control) => (
          <SupplierPicker
            control={control}
            supplierId={form.supplierId}
            supplierName={form.supplierName}
            onChange={(id, name) => {
              set('supplierId', id);
              set('supplierName', name);
            }}
          />
        )}
      </Field>
      <div className="field-row">
        <SelectField
          name="category"
          label={labels.category.label}
          errors={errors}
          value={form.category}
          onChange={(value) => set('category', value)}
          options={procurementCategories}
          labels={procurementCategoryLabels}
          blank={form.category ? undefined : 'Choose a category'}
        />
        <MoneyField {...text('valuePence')} hint="Excluding VAT" />
        <MoneyField {...text('annualValuePence')} hint="Optional, excluding VAT" />
      </div>
      <div className="field-row">
        <DateField {...text('startDate')} />
        <DateField {...text('endDate')} />
      </div>
      <TextField
        {...text('extensionOptions')}
        hint="For example, 2 further years in 1-year steps"
        className="input-wide"
      />
      <div className="field-row">
        <TextField {...text('contractManager')} />
        <DirectorateField
          label={labels.directorate.label}
          value={form.directorate}
          onChange={(value) => set('directorate', value)}
          errors={errors}
        />
      </div>
    </>
  );
}
