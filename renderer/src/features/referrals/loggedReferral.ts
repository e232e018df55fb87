// Reads the referral the intake form just logged from the navigation state, if that is what it holds.
import type { LoggedReferral } from '../intake/IntakeForm';

export function loggedReferralOf(state: unknown): LoggedReferral | null {
  if (typeof state !== 'object' || state === null || !('logged' in state)) return null;
  const logged: unknown = state.logged;
  if (typeof logged !== 'object' || logged === null || !('id' in logged) || !('personName' in logged)) return null;
  const { id, personName } = logged;
  return typeof id === 'string' && typeof personName === 'string' ? { id, personName } : null;
}
