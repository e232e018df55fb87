// Checkbox chips, one per kind of entry on this case, to narrow the timeline.
import { useTranslation } from 'react-i18next';

import type { TimelineKind } from '../../../../db/api';
import { Button } from '../../components/Button';
import { familyOf } from '../../shared/timelineKinds';

export function KindFilter({ kinds, hidden, onChange }: { kinds: TimelineKind[]; hidden: ReadonlySet<TimelineKind>; onChange: (hidden: Set<TimelineKind>) => void }) {
  const { t } = useTranslation('timeline');
  const toggle = (kind: TimelineKind) => {
    const next = new Set(hidden);
    if (next.has(kind)) next.delete(kind);
    else next.add(kind);
    onChange(next);
  };
  return (
    <fieldset className="timeline-filters no-print">
      <legend className="field-label">{t('filter.legend')}</legend>
      <div className="timeline-chips">
        {kinds.map((kind) => (
          <label key={kind} className={`chip kind-${familyOf(kind)}${hidden.has(kind) ? '' : ' chip-on'}`}>
            <input type="checkbox" checked={!hidden.has(kind)} onChange={() => toggle(kind)} />
            {t(`kind.${kind}`)}
          </label>
        ))}
        <Button size="small" variant="ghost" disabled={hidden.size === 0} onClick={() => onChange(new Set())}>
          {t('filter.all')}
        </Button>
        <Button size="small" variant="ghost" disabled={hidden.size === kinds.length} onClick={() => onChange(new Set(kinds))}>
          {t('filter.none')}
        </Button>
      </div>
    </fieldset>
  );
}
