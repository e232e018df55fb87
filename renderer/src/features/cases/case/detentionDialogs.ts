// Which dialog the Detention tab has open, and a delete waiting for confirmation.
import type { Charge, CourtEvent, DetentionEpisode, Result, SentenceInChain } from '../../../../../db/api';
import type { EpisodeRecords } from './useDetention';

export type DetentionDialog =
  | { kind: 'episode'; record: DetentionEpisode | null }
  | { kind: 'charge'; episode: EpisodeRecords; record: Charge | null }
  | { kind: 'courtEvent'; episode: EpisodeRecords; record: CourtEvent | null }
  | { kind: 'sentence'; episode: EpisodeRecords; record: SentenceInChain | null }
  | { kind: 'observation'; episode: EpisodeRecords };

export interface PendingDelete {
  what: string;
  run: () => Promise<Result<unknown>>;
}
