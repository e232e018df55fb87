// One search result: what kind of text matched, whose case it is, the text with the matched parts
// marked, and a note when only a transliteration matched or the text is withheld from this role.
import { useTranslation } from 'react-i18next';

import type { SearchHit } from '../../../../db/api';
import { Highlighted } from './Highlighted';
import { usePersonName } from '../../shared/personName';

interface Props {
  id: string;
  hit: SearchHit;
  active: boolean;
  onPoint: () => void;
  onChoose: () => void;
}

export function SearchHitOption({ id, hit, active, onPoint, onChoose }: Props) {
  const { t } = useTranslation('search');
  const isName = hit.kind === 'name';
  const personName = usePersonName();
  return (
    <li
      id={id}
      role="option"
      aria-selected={active}
      aria-disabled={hit.caseId === null || undefined}
      className={`search-hit${active ? ' search-hit-active' : ''}`}
      // The focus stays in the search box: a click chooses without taking it away.
      onMouseDown={(e) => e.preventDefault()}
      onMouseMove={onPoint}
      onClick={onChoose}
    >
      <span className={`search-hit-kind search-kind-${hit.kind}`}>{t(`kind.${hit.kind}`)}</span>
      <span className="search-hit-body">
        <span className="search-hit-person">{isName && hit.text !== null ? <Highlighted text={hit.text} ranges={hit.ranges} /> : personName(hit)}</span>
        {!isName && hit.text !== null ? (
          <span className={`search-hit-text${hit.kind === 'reference' ? ' case-reference' : ''}`}>
            <Highlighted text={hit.text} ranges={hit.ranges} />
          </span>
        ) : null}
        {hit.redacted ? <span className="search-hit-text search-hit-redacted">{t('redacted')}</span> : null}
        <span className="search-hit-notes">
          {!hit.exactScript ? <span>{t('transliterated')}</span> : null}
          {hit.caseId === null ? <span>{t('noCase')}</span> : null}
        </span>
      </span>
    </li>
  );
}
