// Adding a supplier (/suppliers/new) or changing one (/suppliers/:id/edit).

import {
  localOverrides,
  localOverrideLabels,
  supplierSizeLabels,
  supplierSizes,
  vcseTypeLabels,
  vcseTypes,
  type Supplier,
} from '../../../shared/supplier';
import { call } from '../../api-client';
import {
  CheckboxField,
  DateField,
  SelectField,
  TextAreaField,
  TextField,
} from '../../components/FormFields';
import { RecordForm } from '../../components/RecordForm';
import { textFieldProps, useRecordForm } from '../../components/use-record-form';
import { WhenLoaded } from '../../components/WhenLoaded';
import { href, navigate } from '../../router';
import type { PageProps } from '../../routes';
import { useApi } from '../../use-api';
import { supplierFields as labels } from './supplier-fields';
import { emptySupplierForm, supplierFormToInput, supplierToForm } from './supplier-form';

export function SupplierFormPage({ params }: PageProps) {
  if (!params.id) return <SupplierEditor />;
  return <EditSupplier id={params.id} />;
}

function EditSupplier({ id }: { id: string }) {
  const [loaded, reload] = useApi('suppliers.get', { id });
  return (
    <WhenLoaded loaded={loaded} what="the supplier">
      {(supplier) => (
        <SupplierEditor key={supplier.version} supplier={supplier} onReload={reload} />
      )}
    </WhenLoaded>
  );
}

function SupplierEditor({ supplier, onReload }: { supplier?: Supplier; onReload?: () => void }) {
  const state = useRecordForm({
    initial: supplier ? supplierToForm(supplier) : emptySupplierForm,
    toInput: supplierFormToInput,
    save: (fields) =>
      supplier
        ? call('suppliers.update', { id: supplier.id, version: supplier.version, fields })
        : call('suppliers.create', fields),
    onSaved: (saved) => navigate(`/suppliers/${saved.id}`),
  });
  const { form, set, errors } = state;
  const text = (
    name:
      | 'name'
      | 'companyNumber'
      | 'charityNumber'
      | 'postcode'
      | 'contactName'
      | 'contactEmail'
      | 'contactPhone'
      | 'realLivingWageSince',
  ) => textFieldProps(state, labels, name);

  return (
    <RecordForm
      state={state}
      noun="supplier"
      caption={supplier ? 'Edit supplier' : undefined}
      title={supplier ? supplier.name : 'New supplier'}
      submitLabel={supplier ? 'Save changes' : 'Add supplier'}
      cancelHref={href(supplier ? `/suppliers/${supplier.id}` : '/suppliers')}
      onReload={onReload}
    >
      <TextField {...text('name')} className="input-wide" />
      <div className="field-row">
        <TextField
          {...text('companyNumber')}
          hint="From Companies House, for example 01234567"
          className="input-medium"
        />
        <TextField {...text('charityNumber')} className="input-medium" />
      </div>

      <h2>Where it is</h2>
      <TextAreaField
        name="address"
        label={labels.address.label}
        errors={errors}
        value={form.address}
        onChange={(value) => set('address', value)}
      />
      <div className="field-row">
        <TextField
          {...text('postcode')}
          hint="Decides whether it is local, by the council's local area"
          className="input-postcode"
        />
        <SelectField
          name="localOverride"
          label="Local"
          hint="Set it by hand only when the postcode gives the wrong answer"
          errors={errors}
          value={form.localOverride}
          onChange={(value) => set('localOverride', value)}
          options={localOverrides}
          labels={localOverrideLabels}
        />
      </div>

      <h2>Size and type</h2>
      <SelectField
        name="size"
        label={labels.size.label}
        hint="Micro, small and medium enterprises count as SMEs"
        errors={errors}
        value={form.size}
        onChange={(value) => set('size', value)}
        options={supplierSizes}
        labels={supplierSizeLabels}
        blank="Not known"
      />
      <CheckboxField
        name="vcse"
        label="It is a voluntary, community or social enterprise (VCSE)"
        errors={errors}
        checked={form.vcse}
        onChange={(checked) => set('vcse', checked)}
      >
        <SelectField
          name="vcseType"
          label={labels.vcseType.label}
          errors={errors}
          value={form.vcseType}
          onChange={(value) => set('vcseType', value)}
          options={vcseTypes}
          labels={vcseTypeLabels}
          blank="Not known"
        />
      </CheckboxField>
      <CheckboxField
        name="realLivingWage"
        label="It is an accredited Real Living Wage employer"
        errors={errors}
        checked={form.realLivingWage}
        onChange={(checked) => set('realLivingWage', checked)}
      >
        <DateField {...text('realLivingWageSince')} hint="Leave blank if not known" />
      </CheckboxField>

      <h2>Contact</h2>
      <div className="field-row">
        <TextField {...text('contactName')} />
        <TextField {...text('contactEmail')} type="email" spellCheck={false} />
        <TextField {...text('contactPhone')} type="tel" />
      </div>
    </RecordForm>
  );
}
