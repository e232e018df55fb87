// Which advocacy types carry WGAD petition fields (WGAD_TYPES in the contract is exported as a type
// only, so the same list is checked against the vocabulary here).
import type { AdvocacyType } from '../../../../../db/api';

export const WGAD_ACTION_TYPES = ['wgad_petition', 'wgad_urgent_appeal'] as const satisfies readonly AdvocacyType[];

export function isWgadType(type: string): boolean {
  return (WGAD_ACTION_TYPES as readonly string[]).includes(type);
}
