// One sentence: its term and type, when it runs from, the expected release that follows, and where
// it stands in the chain of changes ("Reduced on appeal — supersedes the sentence of 12 May 2022").
import { useTranslation } from 'react-i18next';

import type { SentenceInChain, SentenceLink } from '../../../../../db/api';
import { useVocabLabel } from '../../../i18n/vocab';
import { useDateFormat } from '../../../shared/dates';
import { useTermText } from './sentenceText';

export function SentenceItem({ sentence }: { sentence: SentenceInChain }) {
  const { t } = useTranslation('case');
  const vocab = useVocabLabel();
  const dates = useDateFormat();
  const term = useTermText();
  const linkText = (link: SentenceLink) => (link.handedDownOn ? t('sentence.ofDate', { date: dates.partial(link.handedDownOn) }) : t('sentence.ofTerm', { term: term(link) }));

  return (
    <div className="record-body">
      <p className="record-title">
        <strong>{term(sentence)}</strong> · {vocab('sentenceType', sentence.type)}{' '}
        {sentence.current ? <span className="badge badge-success">{t('sentence.current')}</span> : <span className="badge">{t('sentence.notCurrent')}</span>}
      </p>
      {sentence.supersedes ? (
        <p className="record-line">{t('sentence.supersedes', { change: vocab('sentenceChange', sentence.change), what: linkText(sentence.supersedes) })}</p>
      ) : null}
      {sentence.supersededBy ? (
        <p className="record-line muted">{t('sentence.supersededBy', { change: vocab('sentenceChange', sentence.supersededBy.change).toLocaleLowerCase(), what: linkText(sentence.supersededBy) })}</p>
      ) : null}
      <p className="record-line muted">
        {[
          sentence.handedDownOn ? t('sentence.handedDown', { date: dates.partial(sentence.handedDownOn) }) : null,
          sentence.startDate ? t('sentence.from', { date: dates.partial(sentence.startDate) }) : null,
          sentence.creditDays > 0 ? t('sentence.credit', { count: sentence.creditDays }) : null,
        ]
          .filter((p) => p !== null)
          .join(' · ')}
      </p>
      {sentence.expectedRelease && sentence.current ? (
        <p className="record-line expected-release">{t('sentence.expectedRelease', { date: dates.partial(sentence.expectedRelease) })}</p>
      ) : null}
      {sentence.creditExceedsTerm ? <p className="record-line warning-text">{t('sentence.creditExceedsTerm')}</p> : null}
    </div>
  );
}
