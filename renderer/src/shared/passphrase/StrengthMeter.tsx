// The strength hint under a new passphrase: a meter (0–4) with its word and, when too weak, why.
// Phrasing content only, so it can sit in a field's hint paragraph and describe the input.
import { useTranslation } from 'react-i18next';

import type { PassphraseStrength } from '../../../../db/api';

import '../../features/unlock/unlock.css';

function Verdict({ strength }: { strength: PassphraseStrength }) {
  const { t, i18n } = useTranslation('unlock');
  const level = t(`strength.score.${strength.score}`);
  let why: string;
  // zxcvbn's own warning (inside the English message) is the most precise in English.
  if (strength.reason) why = i18n.language === 'en' ? strength.message : t(`strength.reason.${strength.reason}`);
  else why = t(strength.score >= 4 ? 'strength.strong' : 'strength.acceptable');
  return (
    <>
      <meter className="strength-meter" min={0} max={4} low={2} high={3} optimum={4} value={strength.score} aria-label={t('strength.meterLabel')} />
      <span className="strength-level">{t('strength.level', { level })}</span> <span>{why}</span>
    </>
  );
}

export function StrengthMeter({ strength, pending = false }: { strength: PassphraseStrength | null; pending?: boolean }) {
  const { t } = useTranslation('unlock');
  const tone = strength ? (strength.ok ? ' strength-ok' : ' strength-weak') : '';
  return (
    <span className={`strength${tone}${pending ? ' strength-pending' : ''}`} aria-live="polite" aria-busy={pending || undefined}>
      {strength ? <Verdict strength={strength} /> : t('strength.advice')}
    </span>
  );
}
