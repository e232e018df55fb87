// The Detention tab: each arrest as an episode, with its charges, court events, sentences and
// "known to be held" dates nested under it. Every record is added, edited and deleted through its own dialog.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ChargeDialog } from './ChargeDialog';
import { ConfirmDelete } from './ConfirmDelete';
import { CourtEventDialog } from './CourtEventDialog';
import type { DetentionDialog, PendingDelete } from './detentionDialogs';
import { EpisodeCard } from './EpisodeCard';
import { EpisodeDialog } from './EpisodeDialog';
import { ObservationDialog } from './ObservationDialog';
import { useHighlightedRecord } from './highlight';
import { useCanEdit } from './permissions';
import { SentenceDialog } from './SentenceDialog';
import { useDetention } from './useDetention';
import { RecordSection } from './RecordSection';

export function DetentionTab({ caseId, onChanged }: { caseId: string; onChanged: () => void }) {
  const { t } = useTranslation('case');
  const canEdit = useCanEdit();
  const detention = useDetention(caseId);
  const highlighted = useHighlightedRecord(detention.episodes !== null);
  const [dialog, setDialog] = useState<DetentionDialog | null>(null);
  const [deleting, setDeleting] = useState<PendingDelete | null>(null);
  const close = () => setDialog(null);
  const saved = () => {
    void detention.reload();
    onChanged();
  };

  return (
    <RecordSection
      id="detention"
      heading={t('detention.heading')}
      addLabel={t('detention.addEpisode')}
      canEdit={canEdit}
      onAdd={() => setDialog({ kind: 'episode', record: null })}
      error={detention.error}
      loading={detention.episodes === null}
      emptyText={detention.episodes?.length === 0 ? t('detention.none') : null}
    >
      {detention.episodes?.map((records) => (
        <EpisodeCard key={records.episode.id} records={records} canEdit={canEdit} highlighted={highlighted} onDialog={setDialog} onDelete={setDeleting} onChanged={saved} />
      ))}
      {dialog?.kind === 'episode' ? <EpisodeDialog caseId={caseId} episode={dialog.record} onClose={close} onSaved={saved} /> : null}
      {dialog?.kind === 'charge' ? <ChargeDialog episodeId={dialog.episode.episode.id} charge={dialog.record} onClose={close} onSaved={saved} /> : null}
      {dialog?.kind === 'courtEvent' ? <CourtEventDialog episodeId={dialog.episode.episode.id} courtEvent={dialog.record} onClose={close} onSaved={saved} /> : null}
      {dialog?.kind === 'observation' ? <ObservationDialog episodeId={dialog.episode.episode.id} onClose={close} onSaved={saved} /> : null}
      {dialog?.kind === 'sentence' ? <SentenceDialog records={dialog.episode} sentence={dialog.record} onClose={close} onSaved={saved} /> : null}
      {deleting ? <ConfirmDelete what={deleting.what} onConfirm={deleting.run} onDeleted={saved} onClose={() => setDeleting(null)} /> : null}
    </RecordSection>
  );
}
