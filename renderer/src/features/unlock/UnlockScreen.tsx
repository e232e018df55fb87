// Shown whenever the vault is locked: unlock with a passphrase or, when that is lost or the key
// ring is damaged, with the recovery key. It shows nothing from inside the vault. Below the form,
// "Erase this laptop's keys" for when the laptop is about to leave its owner's hands. When the vault
// locked because the backend was restarted, it says so above the form.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '../../components/Button';
import { useSession } from '../../state/session';
import { EraseKeysDialog } from './EraseKeysDialog';
import { GateFrame } from './GateFrame';
import { PassphraseUnlockForm } from './PassphraseUnlockForm';
import { RecoveryUnlockForm } from './RecoveryUnlockForm';
import type { UnlockMode } from './UnlockProblem';

export function UnlockScreen() {
  const { t } = useTranslation('unlock');
  const keysErased = useSession((s) => s.keysErased);
  const lockReason = useSession((s) => s.lockReason);
  // The user name typed so far travels between the two forms; nothing else does.
  const [mode, setMode] = useState<{ kind: UnlockMode; userName: string }>({ kind: 'passphrase', userName: '' });
  const [erasing, setErasing] = useState(false);
  // With the keys erased no passphrase can work: the recovery form is the only one offered.
  const kind = keysErased ? 'recovery' : mode.kind;
  return (
    <GateFrame>
      {keysErased ? (
        <div className="info-banner gate-erased" role="status">
          <p className="gate-problem-title">{t('erase.erasedTitle')}</p>
          <p>{t('erase.erasedExplain')}</p>
        </div>
      ) : null}
      {lockReason === 'backend_restarted' ? (
        <p className="notice-banner" role="status">
          {t('lockReasons.backend_restarted')}
        </p>
      ) : null}
      {kind === 'passphrase' ? (
        <PassphraseUnlockForm key="passphrase" userName={mode.userName} onUseRecoveryKey={(userName) => setMode({ kind: 'recovery', userName })} />
      ) : (
        <RecoveryUnlockForm
          key="recovery"
          userName={mode.userName}
          {...(keysErased ? {} : { onUsePassphrase: (userName: string) => setMode({ kind: 'passphrase', userName }) })}
        />
      )}
      {keysErased ? null : (
        <p className="gate-erase-row">
          <Button variant="ghost" className="gate-switch gate-erase" onClick={() => setErasing(true)}>
            {t('erase.button')}
          </Button>
        </p>
      )}
      <EraseKeysDialog open={erasing} onClose={() => setErasing(false)} />
    </GateFrame>
  );
}
