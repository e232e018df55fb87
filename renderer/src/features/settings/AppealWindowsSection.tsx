// Appeal windows per country and court level (Settings): a table of days, one row per focus
// country (and any other country already in the table), editable by administrators. The help
// names each default's source; the figures must be checked against the codes in force.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { APPEAL_WINDOW_DAYS, APPEAL_WINDOW_LEVELS, type ApiError, type AppealWindowLevel, type AppealWindows } from '../../../../db/api';
import { call } from '../../api/client';
import { Button } from '../../components/Button';
import { useToasts } from '../../state/toasts';
import { useCountries } from '../../shared/countries';
import { SettingsProblem } from './SettingsProblem';

type Draft = Record<string, Record<AppealWindowLevel, string>>;

const toDraft = (windows: AppealWindows, codes: readonly string[]): Draft =>
  Object.fromEntries(
    codes.map((code) => [code, Object.fromEntries(APPEAL_WINDOW_LEVELS.map((l) => [l, windows[code]?.[l]?.toString() ?? ''])) as Record<AppealWindowLevel, string>]),
  );

/** The draft as a table, or the cells that are not whole numbers in range. */
function fromDraft(draft: Draft): { windows: AppealWindows } | { bad: Set<string> } {
  const windows: AppealWindows = {};
  const bad = new Set<string>();
  for (const [code, levels] of Object.entries(draft)) {
    const row: AppealWindows[string] = {};
    for (const level of APPEAL_WINDOW_LEVELS) {
      const text = levels[level].trim();
      if (text === '') continue;
      const n = Number(text);
      if (!Number.isInteger(n) || n < APPEAL_WINDOW_DAYS.min || n > APPEAL_WINDOW_DAYS.max) bad.add(`${code}:${level}`);
      else row[level] = n;
    }
    if (Object.keys(row).length > 0) windows[code] = row;
  }
  return bad.size > 0 ? { bad } : { windows };
}

export function AppealWindowsSection({ editable }: { editable: boolean }) {
  const { t } = useTranslation('settings');
  const countries = useCountries();
  const [saved, setSaved] = useState<AppealWindows | null>(null);
  const [draft, setDraft] = useState<Draft>({});
  const [bad, setBad] = useState<Set<string>>(new Set());
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const focus = countries.countries.filter((c) => c.focus).map((c) => c.code);
  const codes = [...new Set([...focus, ...Object.keys(saved ?? {})])];
  const codesKey = codes.join(',');

  useEffect(() => {
    let live = true;
    void call('settings.appealWindows', {}).then((r) => {
      if (!live) return;
      if (r.ok) setSaved(r.value);
      else setProblem(r.error);
    });
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (saved) setDraft(toDraft(saved, codesKey.split(',').filter(Boolean)));
  }, [saved, codesKey]);

  const save = async () => {
    const parsed = fromDraft(draft);
    if ('bad' in parsed) {
      setBad(parsed.bad);
      return;
    }
    setBad(new Set());
    setBusy(true);
    setProblem(null);
    const r = await call('settings.updateAppealWindows', { windows: parsed.windows });
    setBusy(false);
    if (!r.ok) {
      setProblem(r.error);
      return;
    }
    setSaved(r.value);
    useToasts.getState().show(t('appealWindows.saved'), 'success');
  };

  return (
    <section className="form-section settings-section" aria-labelledby="settings-appeal-windows">
      <h2 id="settings-appeal-windows">{t('appealWindows.title')}</h2>
      <p className="muted">{t('appealWindows.lead')}</p>
      <SettingsProblem error={problem} />
      {saved === null || !countries.ready ? (
        problem ? null : <p className="muted">{t('loading')}</p>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
          noValidate
        >
          <table className="table settings-appeal-table">
            <caption className="visually-hidden">{t('appealWindows.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('appealWindows.country')}</th>
                {APPEAL_WINDOW_LEVELS.map((level) => (
                  <th key={level} scope="col">
                    {t(`appealWindows.level.${level}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {codes.map((code) => (
                <tr key={code}>
                  <th scope="row">{countries.nameOf(code)}</th>
                  {APPEAL_WINDOW_LEVELS.map((level) => {
                    const label = t('appealWindows.cell', { country: countries.nameOf(code), level: t(`appealWindows.level.${level}`) });
                    const value = draft[code]?.[level] ?? '';
                    const invalid = bad.has(`${code}:${level}`);
                    return (
                      <td key={level}>
                        {editable ? (
                          <input
                            className={`input settings-appeal-days${invalid ? ' input-invalid' : ''}`}
                            type="number"
                            inputMode="numeric"
                            min={APPEAL_WINDOW_DAYS.min}
                            max={APPEAL_WINDOW_DAYS.max}
                            step={1}
                            aria-label={label}
                            aria-invalid={invalid || undefined}
                            placeholder={t('appealWindows.none')}
                            value={value}
                            onChange={(e) => setDraft((d) => ({ ...d, [code]: { ...(d[code] ?? { verdict: '', appeal: '' }), [level]: e.target.value } }))}
                          />
                        ) : (
                          <span aria-label={label}>{value === '' ? t('appealWindows.none') : t('appealWindows.days', { count: Number(value) })}</span>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          {bad.size > 0 ? (
            <p className="field-error" role="alert">
              {t('appealWindows.outOfRange', { min: APPEAL_WINDOW_DAYS.min, max: APPEAL_WINDOW_DAYS.max })}
            </p>
          ) : null}
          <div className="settings-appeal-help">
            <p>
              <strong>{t('appealWindows.checkFirst')}</strong>
            </p>
            <p>{t('appealWindows.howCounted')}</p>
            <ul>
              {(['KZ', 'KG', 'TJ', 'TM', 'UZ'] as const).map((code) => (
                <li key={code}>
                  <strong>{countries.nameOf(code)}:</strong> {t(`appealWindows.source.${code}`)}
                </li>
              ))}
            </ul>
            <p className="muted">{t('appealWindows.sourcesFile')}</p>
          </div>
          {editable ? (
            <div className="form-actions settings-actions">
              <Button type="submit" variant="primary" busy={busy}>
                {t('appealWindows.submit')}
              </Button>
            </div>
          ) : null}
        </form>
      )}
    </section>
  );
}
