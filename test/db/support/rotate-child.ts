// A separate process that unlocks a vault and rotates its key, printing each progress stage as it
// starts, so a test can kill it (SIGKILL) in the middle of a rotation the way a power cut would.
import { createBackend } from '../../../db/backend/backend';
import { devBackendOptions } from '../../../db/dev/dev-api';

const [vaultDir, stateDir, userName] = process.argv.slice(2);
const passphrase = process.env.HABEAS_PASSPHRASE ?? '';
if (!vaultDir || !stateDir || !userName) throw new Error('usage: rotate-child VAULT STATE USER');
const backend = createBackend({
  ...devBackendOptions,
  vaultDir,
  stateDir,
  kdfTargetMs: 1,
  onEvent: (e) => {
    const label = e.event === 'progress' ? (e.payload as { label?: string }).label : undefined;
    if (label) process.stdout.write(`stage ${label}\n`);
  },
});
const unlocked = backend.call('session.unlock', { userName, passphrase });
if (!unlocked.ok) throw new Error(unlocked.error.code);
for (;;) {
  const r = backend.call('vault.rotateKey', {});
  if (!r.ok) throw new Error(r.error.code);
  process.stdout.write('rotated\n');
}
