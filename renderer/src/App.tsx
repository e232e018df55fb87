// Placeholder first screen until the real UI lands: the product name, whether a vault exists on
// this computer, and whether it is locked. Refreshes when the backend locks or unlocks.
import { useEffect, useState } from 'react';

import type { Output } from '../../db/api';

type SessionView =
  | { state: 'loading' }
  | { state: 'known'; status: Output<'session.status'> }
  | { state: 'failed'; message: string };

function describe(view: SessionView): string {
  switch (view.state) {
    case 'loading':
      return 'Checking the vault…';
    case 'failed':
      return view.message;
    case 'known':
      if (!view.status.vaultExists) return 'No vault on this computer yet.';
      return view.status.unlocked ? 'The vault is unlocked.' : 'The vault is locked.';
  }
}

export function App() {
  const [view, setView] = useState<SessionView>({ state: 'loading' });

  useEffect(() => {
    let mounted = true;
    const refresh = (): void => {
      window.habeas.call('session.status', {}).then(
        (result) => {
          if (!mounted) return;
          setView(result.ok ? { state: 'known', status: result.value } : { state: 'failed', message: result.error.message });
        },
        () => {
          if (mounted) setView({ state: 'failed', message: 'Habeas could not reach its records.' });
        },
      );
    };
    refresh();
    const unsubscribers = [window.habeas.on('session.locked', refresh), window.habeas.on('session.unlocked', refresh)];
    return () => {
      mounted = false;
      for (const unsubscribe of unsubscribers) unsubscribe();
    };
  }, []);

  return (
    <main className="session">
      <h1>Habeas</h1>
      <p role="status">{describe(view)}</p>
    </main>
  );
}
