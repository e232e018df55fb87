// A pre-trial episode still held under a custodial sentence in force is offered the move to serving.
import { describe, expect, it } from 'vitest';

import type { DetentionEpisode, SentenceInChain } from '../../../../db/api';
import { servingTypeFor } from '../../../../renderer/src/features/cases/case/servingOffer';

const episode = (over: Partial<DetentionEpisode> = {}) =>
  ({ id: 'e', detentionType: 'pre_trial', releaseDate: null, ...over }) as DetentionEpisode;
const sentence = (over: Partial<SentenceInChain> = {}) => ({ episodeId: 'e', type: 'imprisonment', current: true, ...over }) as SentenceInChain;

describe('servingTypeFor', () => {
  it('offers the place a sentence in force is served', () => {
    expect(servingTypeFor(episode(), [sentence()])).toBe('prison_colony');
    expect(servingTypeFor(episode(), [sentence({ type: 'forced_psychiatric_treatment' })])).toBe('psychiatric');
  });

  it('offers nothing without a custodial sentence in force, after a release, or once serving', () => {
    expect(servingTypeFor(episode(), [])).toBeNull();
    expect(servingTypeFor(episode(), [sentence({ type: 'fine' })])).toBeNull();
    expect(servingTypeFor(episode(), [sentence({ current: false })])).toBeNull();
    expect(servingTypeFor(episode({ releaseDate: '2025-01-01' }), [sentence()])).toBeNull();
    expect(servingTypeFor(episode({ detentionType: 'prison_colony' }), [sentence()])).toBeNull();
  });
});
