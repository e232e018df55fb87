// The dossier's first sections: the case, the person, their contacts and the detention history
// (episodes with their charges and court events), as content blocks in the chosen language.
import type { DocumentLanguage } from '../../contract/documents';
import { showPartialDate } from '../../../shared/partial-date';
import { vocabWord } from '../common/vocab-words';
import { FURNITURE_WORDS, fields, heading, keepTogether, remark, subheading, table, type PdfNode } from './pdf';
import type { DossierData, DossierEpisode, DossierInclusions } from './dossier-data';
import { DOSSIER_WORDS } from './dossier-words';

export interface DossierContext {
  language: DocumentLanguage;
  include: DossierInclusions;
  staff: boolean;
}

export const dateText = (value: string | null | undefined, language: DocumentLanguage): string | null => (value ? showPartialDate(value, language) : null);
const countryName = (c: { nameEn: string; nameRu: string } | null, language: DocumentLanguage): string | null =>
  c === null ? null : language === 'ru' ? c.nameRu : c.nameEn;

export function caseSection(data: DossierData, dc: DossierContext): PdfNode[] {
  const w = DOSSIER_WORDS[dc.language];
  const { detail } = data;
  const lang = dc.language;
  const referral = detail.referral;
  const source =
    referral !== null && dc.include.confidentialFields && !referral.sourceMasked ? referral.sourceDescription : null;
  return [
    heading(w.sections.case),
    fields([
      [w.caseFields.reference, data.reference],
      [w.caseFields.country, countryName(data.country, lang) ?? detail.countryCode],
      [w.caseFields.status, vocabWord(lang, 'caseStatus', detail.status)],
      [w.caseFields.detentionStatus, vocabWord(lang, 'detentionStatus', detail.detentionStatus)],
      [w.caseFields.openedOn, dateText(detail.openedOn, lang)],
      [w.caseFields.closedOn, detail.closedOn === null ? null : `${dateText(detail.closedOn, lang)}${detail.closingReason ? ` · ${vocabWord(lang, 'closingReason', detail.closingReason)}` : ''}`],
      [w.caseFields.caseworker, detail.caseworkerName],
      [w.caseFields.referralReceived, referral === null ? null : `${dateText(referral.receivedOn, lang)} · ${vocabWord(lang, 'channel', referral.channel)}`],
      [w.caseFields.referralSource, source],
    ]),
  ];
}

export function personSection(data: DossierData, dc: DossierContext): PdfNode[] {
  const w = DOSSIER_WORDS[dc.language];
  const lang = dc.language;
  const person = data.detail.person;
  const name = person.nameWithheld === undefined ? person.name : `${FURNITURE_WORDS[lang].confidential} (${person.nameWithheld})`;
  return [
    heading(w.sections.person),
    fields([
      [w.personFields.name, name],
      [w.personFields.variants, person.nameVariants.map((v) => v.name).join('; ')],
      [w.personFields.sex, person.sex === 'unknown' ? null : vocabWord(lang, 'sex', person.sex)],
      [w.personFields.birthDate, dateText(person.birthDate, lang)],
      [w.personFields.citizenship, countryName(data.citizenship, lang) ?? person.citizenship],
      [w.personFields.professions, person.professions.map((p) => vocabWord(lang, 'profession', p)).join(', ')],
      [w.personFields.organisations, person.organisations],
      [w.personFields.notes, dc.include.confidentialFields ? person.notes : null],
    ]),
  ];
}

export function contactsSection(data: DossierData, dc: DossierContext): PdfNode[] {
  const w = DOSSIER_WORDS[dc.language];
  if (data.contacts === null) return [heading(w.sections.contacts), remark(dc.staff ? w.leftOut.staffContacts : w.leftOut.contacts)];
  if (data.contacts.length === 0) return [heading(w.sections.contacts), remark(w.none)];
  return [
    heading(w.sections.contacts),
    table(w.contactColumns, data.contacts.map((c) => [c.name, c.relation, c.reach, c.notes]), ['auto', 'auto', '*', '*']),
  ];
}

function episodeBlock(item: DossierEpisode, n: number, dc: DossierContext): PdfNode[] {
  const w = DOSSIER_WORDS[dc.language];
  const lang = dc.language;
  const { episode, grounds } = item;
  const arrested = dateText(episode.arrestDate, lang) ?? w.dateUnknown;
  const released = dateText(episode.releaseDate, lang) ?? w.stillHeld;
  const blocks: PdfNode[] = [
    keepTogether(subheading(`${w.episode(n)}: ${arrested} – ${released}`), fields([
      [w.episodeFields.arrested, arrested],
      [w.episodeFields.released, released],
      [w.episodeFields.releaseReason, episode.releaseReason === null ? null : vocabWord(lang, 'releaseReason', episode.releaseReason)],
      [w.episodeFields.type, vocabWord(lang, 'detentionType', episode.detentionType)],
      [w.episodeFields.authority, episode.authority],
      [w.episodeFields.place, episode.place],
      [w.episodeFields.facility, episode.facility],
      [w.episodeFields.warrant, grounds.arrestWarrant === null ? null : w.warrant[grounds.arrestWarrant]],
      [w.episodeFields.warrantNote, grounds.arrestWarrantNote],
      [w.episodeFields.grounds, grounds.detentionGrounds],
    ])),
  ];
  if (item.charges.length > 0) {
    blocks.push(
      keepTogether(subheading(w.charges), table(w.chargeColumns, item.charges.map((c) => [c.code, c.article, c.text, vocabWord(lang, 'chargeCategory', c.category)]), ['auto', 'auto', '*', 'auto'])),
    );
  }
  if (item.courtEvents.length > 0) {
    blocks.push(
      keepTogether(subheading(w.courtEvents), table(w.courtColumns, item.courtEvents.map((c) => [dateText(c.date, lang), vocabWord(lang, 'courtEventKind', c.kind), c.court, c.outcome]), ['auto', 'auto', '*', '*'])),
    );
  }
  return blocks;
}

export function detentionSection(data: DossierData, dc: DossierContext): PdfNode[] {
  const w = DOSSIER_WORDS[dc.language];
  if (data.episodes.length === 0) return [heading(w.sections.detention), remark(w.none)];
  return [heading(w.sections.detention), ...data.episodes.flatMap((item, i) => episodeBlock(item, i + 1, dc))];
}
