// The offer shown on a pre-trial episode once a custodial sentence is in force: one click moves
// the episode to serving the sentence (episodes.update with the new detention type).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ApiError } from '../../../../../db/api';
import { call } from '../../../api/client';
import { Button } from '../../../components/Button';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useVocabLabel } from '../../../i18n/vocab';
import { servingTypeFor } from './servingOffer';
import type { EpisodeRecords } from './useDetention';

export function ServingOffer({ records, onMoved }: { records: EpisodeRecords; onMoved: () => void }) {
  const { t } = useTranslation('case');
  const vocab = useVocabLabel();
  const [later, setLater] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const type = servingTypeFor(records.episode, records.sentences);
  if (type === null || later) return null;

  const move = async () => {
    setBusy(true);
    const r = await call('episodes.update', { id: records.episode.id, detentionType: type });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    onMoved();
  };

  return (
    <div className="serving-offer" role="status">
      <p>{t('sentence.servingOffer', { type: vocab('detentionType', records.episode.detentionType).toLocaleLowerCase() })}</p>
      <div className="section-actions">
        <Button size="small" variant="primary" busy={busy} onClick={() => void move()}>
          {t('sentence.servingMove', { type: vocab('detentionType', type).toLocaleLowerCase() })}
        </Button>
        <Button size="small" variant="ghost" onClick={() => setLater(true)}>
          {t('sentence.servingLater')}
        </Button>
      </div>
      <ErrorMessage error={error} />
    </div>
  );
}
