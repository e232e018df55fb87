// The user's answer for one raw value: keep what Habeas recognised, choose a value, or leave it
// empty. Vocabulary and countries offer their allowed values; dates and free text take typing.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import type { ImportField } from '../../../../db/api';
import { FieldValueControl } from './FieldValueControl';
import { fieldKind } from './importFields';
import { blamedValue, setOverride, setRemembered, useImport } from './importStore';

/** The select's value for "leave empty"; no vocabulary or country code looks like it. */
const LEAVE_EMPTY = '—empty—';

export function ValueOverride({ field, raw }: { field: ImportField; raw: string }) {
  const { t } = useTranslation('import');
  const override = useImport((s) => s.values[field]?.[raw]);
  const remembered = useImport((s) => raw in s.aliases);
  // Select the error itself: a selector returning a new object on each call would loop React.
  const blamed = blamedValue(useImport((s) => s.error));
  const kind = fieldKind(field);
  // Our own words, in the UI's language: the backend's message is English only.
  const problem = blamed?.field === field && blamed.raw === raw ? t(kind.kind === 'date' ? 'review.badDate' : 'review.badValue') : null;
  const errorId = useId();

  if (kind.kind === 'vocab' || kind.kind === 'country') {
    const select = (
      <FieldValueControl
        field={field}
        label={t('review.choiceFor', { raw })}
        placeholder={t('review.automatic')}
        value={override === undefined ? '' : (override ?? LEAVE_EMPTY)}
        onChange={(value) => setOverride(field, raw, value === '' ? undefined : value === LEAVE_EMPTY ? null : value)}
        extraOption={{ value: LEAVE_EMPTY, label: t('review.leaveEmpty') }}
      />
    );
    // A country chosen for a name Habeas did not know can be remembered for the next files.
    if (kind.kind !== 'country' || typeof override !== 'string') return select;
    return (
      <div className="import-override-text">
        {select}
        <label className="import-leave-empty">
          <input type="checkbox" aria-label={t('review.rememberFor', { raw })} checked={remembered} onChange={(e) => setRemembered(raw, e.target.checked)} />
          {t('review.remember')}
        </label>
      </div>
    );
  }

  const empty = override === null;
  return (
    <div className="import-override-text">
      <FieldValueControl
        field={field}
        label={t('review.choiceFor', { raw })}
        placeholder=""
        value={typeof override === 'string' ? override : ''}
        disabled={empty}
        errorId={problem ? errorId : undefined}
        onChange={(value) => setOverride(field, raw, value.trim() === '' ? undefined : value)}
      />
      <label className="import-leave-empty">
        <input type="checkbox" aria-label={t('review.leaveEmptyFor', { raw })} checked={empty} onChange={(e) => setOverride(field, raw, e.target.checked ? null : undefined)} />
        {t('review.leaveEmpty')}
      </label>
      {problem ? (
        <p id={errorId} className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
    </div>
  );
}
