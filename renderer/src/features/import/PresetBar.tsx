// Saved mappings (imports.presets.*): apply one to this file, save the current mapping under a
// name, or delete one. Presets hold headers and fixed values, never a row of data.
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ImportPreset } from '../../../../db/api';
import { call } from '../../api/client';
import { Button } from '../../components/Button';
import { useErrorText } from '../../components/ErrorMessage';
import { useToasts } from '../../state/toasts';
import { setMapping, useImport } from './importStore';
import { applyPreset, mappingForCall } from './mappingRules';

export function PresetBar() {
  const { t } = useTranslation('import');
  const id = useId();
  const errorText = useErrorText();
  const show = useToasts((s) => s.show);
  const [presets, setPresets] = useState<ImportPreset[]>([]);
  const [chosen, setChosen] = useState('');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    const r = await call('imports.presets.list', {});
    if (r.ok) setPresets(r.value);
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const apply = () => {
    const preset = presets.find((p) => p.name === chosen);
    const { mapping, inspection } = useImport.getState();
    if (!preset || !inspection) return;
    setMapping(applyPreset(mapping, preset.mapping, inspection.headers));
    show(t('presets.applied', { name: preset.name }), 'success');
  };

  const save = async () => {
    const { mapping, inspection } = useImport.getState();
    if (!inspection || name.trim() === '') return;
    setBusy(true);
    const r = await call('imports.presets.save', { name: name.trim(), mapping: mappingForCall(mapping, inspection.headers) });
    setBusy(false);
    if (!r.ok) return show(errorText(r.error), 'error');
    show(t('presets.saved', { name: r.value.name }), 'success');
    setName('');
    setChosen(r.value.name);
    await load();
  };

  const remove = async () => {
    if (chosen === '') return;
    setBusy(true);
    const r = await call('imports.presets.delete', { name: chosen });
    setBusy(false);
    if (!r.ok) return show(errorText(r.error), 'error');
    show(t('presets.deleted', { name: chosen }), 'success');
    setChosen('');
    await load();
  };

  return (
    <section className="import-presets" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="import-subheading">
        {t('presets.title')}
      </h3>
      <div className="import-presets-row">
        <div className="import-inline">
          <label htmlFor={`${id}-choose`}>{t('presets.choose')}</label>
          <select id={`${id}-choose`} className="input select compact" value={chosen} onChange={(e) => setChosen(e.target.value)} disabled={presets.length === 0}>
            <option value="">{presets.length === 0 ? t('presets.empty') : t('presets.none')}</option>
            {presets.map((p) => (
              <option key={p.name} value={p.name}>
                {p.name}
              </option>
            ))}
          </select>
          <Button size="small" onClick={apply} disabled={chosen === '' || busy}>
            {t('presets.apply')}
          </Button>
          <Button size="small" variant="danger" onClick={() => void remove()} disabled={chosen === '' || busy}>
            {t('presets.delete')}
          </Button>
        </div>
        <form
          className="import-inline"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <label htmlFor={`${id}-name`}>{t('presets.name')}</label>
          <input id={`${id}-name`} className="input compact" value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />
          <Button size="small" type="submit" disabled={name.trim() === '' || busy}>
            {t('presets.save')}
          </Button>
        </form>
      </div>
    </section>
  );
}
