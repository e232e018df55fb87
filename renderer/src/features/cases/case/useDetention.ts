// Everything the Detention tab shows, loaded together: the case's episodes, each episode's charges,
// and the case's court events, sentences (with their supersession chain) and "known to be held"
// observations, grouped by episode.
import { useCallback, useEffect, useRef, useState } from 'react';

import type { ApiError, Charge, CourtEvent, DetentionEpisode, DetentionObservation, SentenceInChain } from '../../../../../db/api';
import { call } from '../../../api/client';

export interface EpisodeRecords {
  episode: DetentionEpisode;
  charges: Charge[];
  courtEvents: CourtEvent[];
  sentences: SentenceInChain[];
  /** "Known to be held on" dates, oldest first. */
  observations: DetentionObservation[];
}

export interface Detention {
  episodes: EpisodeRecords[] | null;
  error: ApiError | null;
  reload: () => Promise<void>;
}

const byArrest = (a: DetentionEpisode, b: DetentionEpisode) => (a.arrestDate ?? '9999').localeCompare(b.arrestDate ?? '9999') || a.createdAt.localeCompare(b.createdAt);

export function useDetention(caseId: string): Detention {
  const [episodes, setEpisodes] = useState<EpisodeRecords[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const asked = ++latest.current;
    const [list, courts, sentences, observations] = await Promise.all([
      call('episodes.list', { caseId }),
      call('courtEvents.list', { caseId }),
      call('sentences.list', { caseId }),
      call('observations.list', { caseId }),
    ]);
    const failed = [list, courts, sentences, observations].find((r) => !r.ok);
    if (failed && !failed.ok) {
      if (asked === latest.current) setError(failed.error);
      return;
    }
    if (!list.ok || !courts.ok || !sentences.ok || !observations.ok) return;
    const charges = await Promise.all(list.value.map((e) => call('charges.list', { episodeId: e.id })));
    if (asked !== latest.current) return;
    setError(null);
    setEpisodes(
      [...list.value].sort(byArrest).map((episode) => {
        const found = charges[list.value.indexOf(episode)];
        return {
          episode,
          charges: found?.ok ? found.value : [],
          courtEvents: courts.value.filter((c) => c.episodeId === episode.id),
          sentences: sentences.value.filter((s) => s.episodeId === episode.id),
          observations: observations.value.filter((o) => o.episodeId === episode.id),
        };
      }),
    );
  }, [caseId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { episodes, error, reload };
}
