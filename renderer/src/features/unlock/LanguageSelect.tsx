// The language switch of the screens before the app (first run, unlock), where the shell's own
// switch is not on screen yet. The choice is the same one the shell keeps.
import { useTranslation } from 'react-i18next';

import { LANGUAGES, setLanguage, type Language } from '../../i18n';

export function LanguageSelect() {
  const { t, i18n } = useTranslation();
  const { t: tu } = useTranslation('unlock');
  return (
    <label className="inline-label gate-language">
      {tu('language')}
      <select className="input select compact" value={i18n.language} onChange={(e) => void setLanguage(e.target.value as Language)}>
        {LANGUAGES.map((l) => (
          <option key={l} value={l}>
            {t(`language.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
