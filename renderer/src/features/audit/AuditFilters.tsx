// Filters for the audit log: who, which kind of record, which action and which days. Applied on
// submit (Enter from any field), so typing an action name does not query on every key.
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';

import { Button } from '../../components/Button';
import { SelectField, TextField } from '../../components/Field';
import { useReference } from '../../shared/referenceData';
import { sortUsers } from '../../shared/userOrder';
import { AUDITED_TABLES, NO_FILTERS, type AuditFilterValues } from './auditFilters';

export function AuditFilters({ onApply }: { onApply: (filters: AuditFilterValues) => void }) {
  const { t, i18n } = useTranslation('audit');
  const { users } = useReference();
  const form = useForm<AuditFilterValues>({ defaultValues: NO_FILTERS });
  const userOptions = sortUsers(users, i18n.language).map((u) => ({ value: u.id, label: u.displayName || u.name }));
  const tableOptions = AUDITED_TABLES.map((table) => ({ value: table, label: t(`table.${table}`) }));

  return (
    <form className="audit-filters" onSubmit={(e) => void form.handleSubmit(onApply)(e)} aria-label={t('filters.label')}>
      <SelectField label={t('filters.user')} placeholder={t('filters.anyone')} options={userOptions} {...form.register('userId')} />
      <SelectField label={t('filters.table')} placeholder={t('filters.anyTable')} options={tableOptions} {...form.register('tableName')} />
      <TextField label={t('filters.action')} placeholder={t('filters.actionPlaceholder')} {...form.register('action')} />
      <TextField label={t('filters.from')} type="date" {...form.register('from')} />
      <TextField label={t('filters.to')} type="date" {...form.register('to')} />
      <div className="audit-filter-actions">
        <Button type="submit" variant="primary">
          {t('filters.apply')}
        </Button>
        <Button
          onClick={() => {
            form.reset(NO_FILTERS);
            onApply(NO_FILTERS);
          }}
        >
          {t('filters.clear')}
        </Button>
      </div>
    </form>
  );
}
