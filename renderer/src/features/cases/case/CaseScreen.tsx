// The case file at /cases/:caseId: who the person is, where the case stands, and one tab per part
// of the record. The open tab is in the address (?tab=), so the timeline can link straight to it.
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';

import { ErrorMessage } from '../../../components/ErrorMessage';
import { CaseChangeRequests } from '../../review/CaseChangeRequests';
import { Tabs } from '../../../components/Tabs';
import { AttachmentsTab } from '../../attachments/AttachmentsTab';
import { CaseAttachmentsProvider } from '../../attachments/CaseAttachments';
import { AdvocacyTab } from './AdvocacyTab';
import { CaseHeader } from './CaseHeader';
import { isCaseTab, type CaseTab } from '../../../shared/caseTabs';
import { DetentionTab } from './DetentionTab';
import { EventsTab } from './EventsTab';
import { PersonTab } from './PersonTab';
import { TasksTab } from './TasksTab';
import { useCall } from '../../../shared/useCall';
import './case.css';

export function CaseScreen() {
  const { t } = useTranslation('case');
  const { t: tc } = useTranslation();
  const { caseId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const requested = params.get('tab');
  const tab: CaseTab = isCaseTab(requested) ? requested : 'person';
  const detail = useCall('cases.get', caseId ? { id: caseId } : null);
  const refresh = () => void detail.reload();

  if (!detail.value) {
    return detail.error ? <ErrorMessage error={detail.error} /> : <p className="muted">{tc('state.loading')}</p>;
  }
  const record = detail.value;
  // Sections are keyed by the case, so moving to another case starts each one afresh.
  const items = [
    { value: 'person', label: t('tabs.person'), content: <PersonTab key={record.id} detail={record} onChanged={refresh} /> },
    { value: 'detention', label: t('tabs.detention'), content: <DetentionTab key={record.id} caseId={record.id} onChanged={refresh} /> },
    { value: 'advocacy', label: t('tabs.advocacy'), content: <AdvocacyTab key={record.id} caseId={record.id} onChanged={refresh} /> },
    { value: 'events', label: t('tabs.events'), content: <EventsTab key={record.id} caseId={record.id} onChanged={refresh} /> },
    { value: 'tasks', label: t('tabs.tasks'), content: <TasksTab key={record.id} caseId={record.id} /> },
    { value: 'files', label: t('tabs.files'), content: <AttachmentsTab key={record.id} /> },
  ];
  return (
    <div className="case-screen">
      <CaseHeader detail={record} onChanged={refresh} />
      <ErrorMessage error={detail.error} />
      <CaseChangeRequests key={`requests-${record.id}`} caseId={record.id} caseworkerId={record.caseworkerId} />
      {/* The case's files, loaded once: the Files tab and each record's "Files (n)" share them. */}
      <CaseAttachmentsProvider key={record.id} caseId={record.id}>
        <Tabs items={items} value={tab} onValueChange={(value) => setParams({ tab: value }, { replace: true })} label={t('tabs.label')} />
      </CaseAttachmentsProvider>
    </div>
  );
}
