// Correcting or deleting one progress update
// (/action-plans/:planId/items/:itemId/updates/:id/edit).

import type { ActionItem, ActionPlan, ActionUpdate } from '../../../shared/action-plan';
import { call } from '../../api-client';
import { DeleteRecord } from '../../components/DeleteRecord';
import { DateField, TextAreaField } from '../../components/FormFields';
import { RecordForm } from '../../components/RecordForm';
import { textFieldProps, useRecordForm } from '../../components/use-record-form';
import { WhenLoaded } from '../../components/WhenLoaded';
import { formatDate } from '../../format-date';
import { href, navigate } from '../../router';
import type { PageProps } from '../../routes';
import { useApi } from '../../use-api';
import { updateFields as labels } from './action-plan-fields';
import { updateFormToInput, updateToForm } from './action-plan-forms';
import { findUpdate } from './find-in-plan';

export function ActionUpdateFormPage({ params }: PageProps) {
  const [loaded, reload] = useApi('actionPlans.get', { id: params.planId ?? '' });
  return (
    <WhenLoaded
      loaded={findUpdate(loaded, params.itemId ?? '', params.id ?? '')}
      what="the progress update"
    >
      {(found) => <UpdateEditor key={found.update.version} {...found} onReload={reload} />}
    </WhenLoaded>
  );
}

interface Props {
  plan: ActionPlan;
  item: ActionItem;
  update: ActionUpdate;
  onReload(): void;
}

function UpdateEditor({ plan, item, update, onReload }: Props) {
  const itemPath = `/action-plans/${plan.id}/items/${item.id}`;
  const state = useRecordForm({
    initial: updateToForm(update),
    toInput: updateFormToInput,
    save: (fields) =>
      call('actionUpdates.update', { id: update.id, version: update.version, fields }),
    onSaved: () => navigate(itemPath),
  });
  const { form, set, errors } = state;
  return (
    <>
      <RecordForm
        state={state}
        noun="progress update"
        caption={`Progress update on ${item.reference ?? 'an item'} of ${plan.name}`}
        title={`Update of ${formatDate(update.updateDate)}`}
        submitLabel="Save changes"
        cancelHref={href(itemPath)}
        onReload={onReload}
      >
        <DateField {...textFieldProps(state, labels, 'updateDate')} />
        <TextAreaField
          name="text"
          label={labels.text.label}
          errors={errors}
          value={form.text}
          onChange={(value) => set('text', value)}
          rows={6}
        />
      </RecordForm>
      <div className="button-row delete-row">
        <DeleteRecord
          kind="action-updates"
          id={update.id}
          version={update.version}
          name={`of ${formatDate(update.updateDate)}`}
          onReload={onReload}
          listPath={itemPath}
          recordPath={`${itemPath}/updates/${update.id}/edit`}
        />
      </div>
    </>
  );
}
