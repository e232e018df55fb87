// The possible duplicates of the plan, each with both sides side by side and a Merge / Keep apart
// choice; bulk buttons decide many at once (the same rules as the CLI's --merge-duplicates), and
// the count of pairs not decided yet stays in view, since the wizard does not go on past them.
import { useTranslation } from 'react-i18next';

import type { ImportRowPlan } from '../../../../db/api';
import { Button } from '../../components/Button';
import { useCountries } from '../../shared/countries';
import { decisionOf, duplicatePairs, keepAllApart, keepRestApart, mergeAllNameCountry, mergeAllStrong, type DuplicatePair } from './duplicatePairs';
import { setDecisions, useImport, type Decision } from './importStore';
import { showPartialDate } from '../../../../shared/partial-date';

export function DuplicateList({ rows }: { rows: readonly ImportRowPlan[] }) {
  const { t } = useTranslation('import');
  const decisions = useImport((s) => s.decisions);
  const pairs = duplicatePairs(rows);
  if (pairs.length === 0) return null;
  const strong = pairs.filter((p) => p.duplicate.strong).length;
  const nameCountry = Object.keys(mergeAllNameCountry(pairs)).length;
  const undecided = pairs.filter((p) => decisionOf(p, decisions) === null).length;

  return (
    <section className="import-duplicates" aria-labelledby="import-duplicates-title">
      <h3 id="import-duplicates-title" className="import-subheading">
        {t('duplicates.title', { count: pairs.length })}
      </h3>
      <p className="muted">{t('duplicates.intro')}</p>
      <div className="import-inline" role="group" aria-label={t('duplicates.bulk')}>
        <Button size="small" onClick={() => setDecisions(mergeAllNameCountry(pairs))} disabled={nameCountry === 0}>
          {t('duplicates.mergeAllNameCountry', { count: nameCountry })}
        </Button>
        <Button size="small" onClick={() => setDecisions(mergeAllStrong(pairs))} disabled={strong === 0}>
          {t('duplicates.mergeAllStrong', { count: strong })}
        </Button>
        <Button size="small" onClick={() => setDecisions(keepRestApart(pairs, decisions))} disabled={undecided === 0}>
          {t('duplicates.keepRestApart', { count: undecided })}
        </Button>
        <Button size="small" onClick={() => setDecisions(keepAllApart(pairs))}>
          {t('duplicates.keepAllApart')}
        </Button>
      </div>
      <p role="status" className={undecided > 0 ? 'import-attention' : 'muted'}>
        {undecided > 0 ? t('duplicates.undecidedOf', { count: undecided, total: pairs.length }) : t('duplicates.allDecided', { count: pairs.length })}
      </p>
      <ul className="import-duplicate-list">
        {pairs.map((pair) => (
          <DuplicateCard key={pair.duplicate.key} pair={pair} decision={decisionOf(pair, decisions)} />
        ))}
      </ul>
    </section>
  );
}

function DuplicateCard({ pair, decision }: { pair: DuplicatePair; decision: Decision | null }) {
  const { t, i18n } = useTranslation('import');
  const { nameOf } = useCountries();
  const { duplicate } = pair;
  const rowName = pair.rowName ?? t('rows.noName');
  const radioName = `import-duplicate-${duplicate.key}`;
  const unknown = t('duplicates.unknown');
  const side = (heading: string, name: string, birthDate: string | null, country: string | null) => (
    <div className="import-duplicate-side">
      <p className="import-duplicate-heading">{heading}</p>
      <p className="import-duplicate-name">{name}</p>
      <p>
        {t('duplicates.born')}: {birthDate ? showPartialDate(birthDate, i18n.language) : unknown}
      </p>
      <p>
        {t('duplicates.country')}: {country ? nameOf(country) : unknown}
      </p>
    </div>
  );
  const other = duplicate.against === 'vault' ? t('duplicates.inVault') : t('duplicates.fileRow', { row: duplicate.row ?? '' });

  return (
    <li className={`import-duplicate${decision === null ? ' import-duplicate-open' : ''}`}>
      <fieldset>
        <legend>
          {t('duplicates.legend', { row: pair.row, name: rowName })}
          {duplicate.strong ? <span className="badge badge-warning import-strong">{t('duplicates.strong')}</span> : null}
          {duplicate.sameNameAndCountry ? <span className="badge import-strong">{t('duplicates.sameNameAndCountry')}</span> : null}
        </legend>
        <div className="import-duplicate-sides">
          {side(t('duplicates.fileRow', { row: pair.row }), rowName, pair.rowBirthDate, pair.rowCountryCode)}
          {side(other, duplicate.name, duplicate.birthDate, duplicate.countryCode)}
        </div>
        <div className="import-decision" role="radiogroup" aria-label={t('duplicates.decisionFor', { row: pair.row, name: rowName })}>
          {(['merge', 'separate'] as const).map((choice) => (
            <label key={choice} className="import-decision-option">
              <input type="radio" name={radioName} value={choice} checked={decision === choice} onChange={() => setDecisions({ [duplicate.key]: choice })} />
              {t(`duplicates.${choice}`)}
            </label>
          ))}
          {decision === null ? <span className="import-attention">{t('duplicates.notDecided')}</span> : null}
        </div>
      </fieldset>
    </li>
  );
}
