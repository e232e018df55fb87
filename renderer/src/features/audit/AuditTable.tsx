// One page of audit entries, newest first: number, time, who, action, record and what changed
// (folded away, since change lists can be long).
import { useTranslation } from 'react-i18next';

import type { AuditEntry } from '../../../../db/api';
import { Table, type Column } from '../../components/Table';

const TIME: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' };

export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t, i18n } = useTranslation('audit');
  const time = new Intl.DateTimeFormat(i18n.language === 'ru' ? 'ru' : 'en-GB', TIME);
  const columns: Column<AuditEntry>[] = [
    { key: 'seq', header: t('col.seq'), align: 'end', cell: (e) => e.seq },
    { key: 'at', header: t('col.at'), cell: (e) => <time dateTime={e.at}>{time.format(new Date(e.at))}</time> },
    { key: 'user', header: t('col.user'), cell: (e) => e.userName ?? <span className="muted">{t('system')}</span> },
    { key: 'action', header: t('col.action'), cell: (e) => <code>{e.action}</code> },
    {
      key: 'record',
      header: t('col.record'),
      cell: (e) =>
        e.tableName ? (
          <span>
            {t(`table.${e.tableName}`, { defaultValue: e.tableName })}
            {e.recordId ? <span className="muted audit-record-id"> {e.recordId.slice(-8)}</span> : null}
          </span>
        ) : null,
    },
    {
      key: 'changes',
      header: t('col.changes'),
      cell: (e) =>
        e.changes === null ? null : (
          <details>
            <summary>{t('showChanges')}</summary>
            <pre className="audit-changes">{JSON.stringify(e.changes, null, 2)}</pre>
          </details>
        ),
    },
  ];
  return <Table columns={columns} rows={entries} rowKey={(e) => String(e.seq)} caption={t('caption')} empty={t('empty')} />;
}
