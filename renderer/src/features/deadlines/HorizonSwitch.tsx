// How far ahead the Deadlines screen looks: 30 days, 90 days or everything; remembered per user.
import { useTranslation } from 'react-i18next';

import type { DeadlineHorizon } from '../../../../db/api';
import { useDeadlines } from './deadlinesStore';

const HORIZONS: readonly DeadlineHorizon[] = ['30', '90', 'all'];

export function HorizonSwitch() {
  const { t } = useTranslation('deadlines');
  const horizon = useDeadlines((s) => s.horizon);
  const setHorizon = useDeadlines((s) => s.setHorizon);
  return (
    <fieldset className="deadlines-scope">
      <legend className="visually-hidden">{t('horizon.label')}</legend>
      {HORIZONS.map((h) => (
        <label key={h} className={`deadlines-scope-option${horizon === h ? ' active' : ''}`}>
          <input type="radio" name="deadline-horizon" value={h} checked={horizon === h} onChange={() => setHorizon(h)} />
          {t(`horizon.${h}`)}
        </label>
      ))}
    </fieldset>
  );
}
