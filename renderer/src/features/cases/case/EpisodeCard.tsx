// One detention episode: arrest and release, where and by whom, then its charges, court events,
// sentences (each with its own edit and delete) and "known to be held" dates (added or deleted).
// Once a custodial sentence is in force on a pre-trial episode, it offers to move it to serving.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { call } from '../../../api/client';
import { Button } from '../../../components/Button';
import { useVocabLabel } from '../../../i18n/vocab';
import { FilesButton } from '../../attachments/FilesButton';
import { useDateFormat } from '../../../shared/dates';
import type { DetentionDialog, PendingDelete } from './detentionDialogs';
import { recordProps } from './highlight';
import { SentenceItem } from './SentenceItem';
import { ServingOffer } from './ServingOffer';
import type { EpisodeRecords } from './useDetention';

interface EpisodeCardProps {
  records: EpisodeRecords;
  canEdit: boolean;
  highlighted: string | null;
  onDialog: (dialog: DetentionDialog) => void;
  onDelete: (pending: PendingDelete) => void;
  /** After a change made on the card itself (moving the episode to serving a sentence). */
  onChanged: () => void;
}

function RecordActions({ canEdit, label, onEdit, onDelete }: { canEdit: boolean; label: string; onEdit: () => void; onDelete: () => void }) {
  const { t } = useTranslation();
  if (!canEdit) return null;
  return (
    <span className="row-actions">
      <Button size="small" variant="ghost" onClick={onEdit} aria-label={`${t('actions.edit')}: ${label}`}>
        {t('actions.edit')}
      </Button>
      <Button size="small" variant="ghost" onClick={onDelete} aria-label={`${t('actions.delete')}: ${label}`}>
        {t('actions.delete')}
      </Button>
    </span>
  );
}

function SubList({ title, addLabel, canEdit, onAdd, empty, children }: { title: string; addLabel: string; canEdit: boolean; onAdd: () => void; empty: boolean; children: ReactNode }) {
  const { t } = useTranslation('case');
  return (
    <div className="episode-part">
      <div className="section-head">
        <h4>{title}</h4>
        {canEdit ? (
          <Button size="small" onClick={onAdd}>
            {addLabel}
          </Button>
        ) : null}
      </div>
      {empty ? <p className="muted">{t('none')}</p> : <ul className="record-list">{children}</ul>}
    </div>
  );
}

export function EpisodeCard({ records, canEdit, highlighted, onDialog, onDelete, onChanged }: EpisodeCardProps) {
  const { t } = useTranslation('case');
  const { t: tc } = useTranslation();
  const vocab = useVocabLabel();
  const dates = useDateFormat();
  const { episode, charges, courtEvents, sentences, observations } = records;
  const arrested = t('episode.arrested', { date: dates.partial(episode.arrestDate) });
  const where = [episode.place, episode.authority].filter(Boolean).join(' · ');

  return (
    <article {...recordProps(episode.id, highlighted, 'card episode')} aria-label={arrested}>
      <div className="section-head">
        <h3>
          {arrested} · {vocab('detentionType', episode.detentionType)}
        </h3>
        <RecordActions
          canEdit={canEdit}
          label={arrested}
          onEdit={() => onDialog({ kind: 'episode', record: episode })}
          onDelete={() => onDelete({ what: arrested, run: () => call('episodes.delete', { id: episode.id }) })}
        />
      </div>
      {where ? <p className="record-line">{where}</p> : null}
      {episode.facility ? <p className="record-line">{t('episode.facility', { facility: episode.facility })}</p> : null}
      <p className="record-line">
        {episode.releaseDate ? (
          t('episode.released', { date: dates.partial(episode.releaseDate), reason: episode.releaseReason ? vocab('releaseReason', episode.releaseReason) : t('episode.noReason') })
        ) : (
          <span className="badge badge-danger">{t('episode.stillHeld')}</span>
        )}
      </p>

      <SubList title={t('charge.heading')} addLabel={t('charge.add')} canEdit={canEdit} empty={charges.length === 0} onAdd={() => onDialog({ kind: 'charge', episode: records, record: null })}>
        {charges.map((c) => {
          // A charge imported in words ("False news") has no article: the words are its name.
          // One named at intake may have no code yet.
          const label = c.article === '' ? (c.text ?? c.code) : c.code === '' ? t('charge.labelNoCode', { article: c.article }) : t('charge.label', { code: c.code, article: c.article });
          return (
            <li key={c.id} {...recordProps(c.id, highlighted, 'record-item')}>
              <div className="record-body">
                <p className="record-title">
                  <strong>{label}</strong> · {vocab('chargeCategory', c.category)}
                </p>
                {c.text && c.article !== '' ? <p className="record-line muted">{c.text}</p> : null}
              </div>
              <RecordActions canEdit={canEdit} label={label} onEdit={() => onDialog({ kind: 'charge', episode: records, record: c })} onDelete={() => onDelete({ what: label, run: () => call('charges.delete', { id: c.id }) })} />
            </li>
          );
        })}
      </SubList>

      <SubList title={t('courtEvent.heading')} addLabel={t('courtEvent.add')} canEdit={canEdit} empty={courtEvents.length === 0} onAdd={() => onDialog({ kind: 'courtEvent', episode: records, record: null })}>
        {courtEvents.map((c) => {
          const label = `${vocab('courtEventKind', c.kind)}, ${dates.partial(c.date)}`;
          return (
            <li key={c.id} {...recordProps(c.id, highlighted, 'record-item')}>
              <div className="record-body">
                <p className="record-title">
                  <span className="record-date">{dates.partial(c.date)}</span> <strong>{vocab('courtEventKind', c.kind)}</strong>
                  {c.court ? ` · ${c.court}` : ''}
                </p>
                {c.outcome ? <p className="record-line muted">{c.outcome}</p> : null}
                <FilesButton record={{ kind: 'court_event', id: c.id, label }} />
              </div>
              <RecordActions canEdit={canEdit} label={label} onEdit={() => onDialog({ kind: 'courtEvent', episode: records, record: c })} onDelete={() => onDelete({ what: label, run: () => call('courtEvents.delete', { id: c.id }) })} />
            </li>
          );
        })}
      </SubList>

      <SubList title={t('sentence.heading')} addLabel={t('sentence.add')} canEdit={canEdit} empty={sentences.length === 0} onAdd={() => onDialog({ kind: 'sentence', episode: records, record: null })}>
        {sentences.map((s) => {
          const label = `${vocab('sentenceType', s.type)}${s.handedDownOn ? `, ${dates.partial(s.handedDownOn)}` : ''}`;
          return (
            <li key={s.id} {...recordProps(s.id, highlighted, 'record-item')}>
              <div className="record-body">
                <SentenceItem sentence={s} />
                <FilesButton record={{ kind: 'sentence', id: s.id, label }} />
              </div>
              <RecordActions canEdit={canEdit} label={label} onEdit={() => onDialog({ kind: 'sentence', episode: records, record: s })} onDelete={() => onDelete({ what: label, run: () => call('sentences.delete', { id: s.id }) })} />
            </li>
          );
        })}
      </SubList>
      {canEdit ? <ServingOffer records={records} onMoved={onChanged} /> : null}

      <SubList title={t('observation.heading')} addLabel={t('observation.add')} canEdit={canEdit} empty={observations.length === 0} onAdd={() => onDialog({ kind: 'observation', episode: records })}>
        {observations.map((o) => {
          const label = t('observation.label', { date: dates.partial(o.observedOn), source: vocab('observationSource', o.source) });
          return (
            <li key={o.id} {...recordProps(o.id, highlighted, 'record-item')}>
              <div className="record-body">
                <p className="record-title">
                  <span className="record-date">{dates.partial(o.observedOn)}</span> <strong>{vocab('observationSource', o.source)}</strong>
                </p>
                {o.note ? <p className="record-line muted">{o.note}</p> : null}
              </div>
              {canEdit ? (
                <span className="row-actions">
                  <Button size="small" variant="ghost" onClick={() => onDelete({ what: label, run: () => call('observations.delete', { id: o.id }) })} aria-label={`${tc('actions.delete')}: ${label}`}>
                    {tc('actions.delete')}
                  </Button>
                </span>
              ) : null}
            </li>
          );
        })}
      </SubList>
    </article>
  );
}
