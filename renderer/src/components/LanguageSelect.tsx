// The language switch: in the shell's top bar and on the screens before the app (first run,
// unlock). One choice, kept across reloads by the i18n module.
import { useTranslation } from 'react-i18next';

import { LANGUAGES, setLanguage, type Language } from '../i18n';

export function LanguageSelect({ className }: { className?: string }) {
  const { t, i18n } = useTranslation();
  return (
    <label className={`inline-label${className ? ` ${className}` : ''}`}>
      {t('shell.language')}
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
