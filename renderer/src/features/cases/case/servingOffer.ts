// After a sentence: an episode still recorded as detention before trial is now, in fact, the
// serving of that sentence. Which detention type it moves to follows from the sentence in force.
import type { DetentionEpisode, DetentionType, SentenceInChain, SentenceType } from '../../../../../db/api';

/** Where a sentence of each type is served; null for one served outside custody. */
const SERVED_IN: Record<SentenceType, DetentionType | null> = {
  imprisonment: 'prison_colony',
  colony_regime: 'prison_colony',
  forced_psychiatric_treatment: 'psychiatric',
  restricted_freedom: null,
  suspended: null,
  fine: null,
  compulsory_labour: null,
  // Kept exhaustive by the Record type: a new sentence type must say where it is served.
};

/** The detention type to offer moving the episode to, or null when there is nothing to offer. */
export function servingTypeFor(episode: DetentionEpisode, sentences: readonly SentenceInChain[]): DetentionType | null {
  if (episode.detentionType !== 'pre_trial' || episode.releaseDate !== null) return null;
  const inForce = sentences.filter((s) => s.current && s.episodeId === episode.id);
  for (const s of inForce) {
    const type = SERVED_IN[s.type];
    if (type !== null) return type;
  }
  return null;
}
