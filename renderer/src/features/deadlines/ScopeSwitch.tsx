// Supervisors and administrators may look beyond their own cases to the whole organisation's.
import { useTranslation } from 'react-i18next';

import { useDeadlines, type DeadlineScope } from './deadlinesStore';

const SCOPES: readonly DeadlineScope[] = ['mine', 'all'];

export function ScopeSwitch() {
  const { t } = useTranslation('deadlines');
  const scope = useDeadlines((s) => s.scope);
  const setScope = useDeadlines((s) => s.setScope);
  return (
    <fieldset className="deadlines-scope">
      <legend className="visually-hidden">{t('scope.label')}</legend>
      {SCOPES.map((s) => (
        <label key={s} className={`deadlines-scope-option${scope === s ? ' active' : ''}`}>
          <input type="radio" name="deadline-scope" value={s} checked={scope === s} onChange={() => setScope(s)} />
          {t(`scope.${s}`)}
        </label>
      ))}
    </fieldset>
  );
}
