// A case's facts as the view a document template fills in: every value worded in the document's
// language, every field the case does not hold replaced by a visible "[to complete: …]" and listed
// as a checklist code. Line breaks inside values travel as U+2028 so no value can start a heading.
import type { AdvocacyDocumentKind, DocumentLanguage, MissingField } from '../../contract/advocacy-documents';
import { COURT_EVENT_KINDS, WGAD_CATEGORIES, type CourtEventKind } from '../../../shared/vocabulary';
import { formatPartialDate, partialDateBounds } from '../../../shared/partial-date';
import { REPORT_WORDS } from '../reports/report-labels';
import type { AdvocacyFacts } from './advocacy-facts';
import { ADVOCACY_WORDS } from './advocacy-words';
import { LINE_BREAK } from './document-model';

/** The checklist of each kind: the fields its template asks for. */
const NEEDED: Record<AdvocacyDocumentKind, ReadonlySet<MissingField>> = {
  wgad_communication: new Set<MissingField>([
    'person.sex', 'person.birthDate', 'person.nationality', 'person.identityDocument', 'person.profession', 'person.address',
    'arrest.date', 'arrest.place', 'arrest.forces', 'arrest.warrant', 'arrest.warrantIssuer', 'arrest.reasons', 'charges',
    'detention.places', 'detention.orderedBy', 'detention.reasons', 'circumstances',
    'categories', 'category.I', 'category.II', 'category.III', 'category.IV', 'category.V',
    'remedies', 'source', 'consent',
  ]),
  follow_up_letter: new Set<MissingField>(['arrest.date', 'detention.places', 'charges', 'circumstances']),
  urgent_appeal: new Set<MissingField>(['person.birthDate', 'arrest.date', 'arrest.place', 'arrest.forces', 'detention.places', 'charges', 'risks', 'source', 'consent']),
};

const REMEDY_KINDS: readonly CourtEventKind[] = ['appeal', 'cassation', 'supreme_court'];

const text = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed.replace(/\r?\n/g, LINE_BREAK);
};

function monthsBetween(fromIso: string, toIso: string): number {
  const [fy, fm, fd] = fromIso.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = toIso.split('-').map(Number) as [number, number, number];
  return Math.max(0, (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0));
}

export interface AdvocacyView {
  view: Record<string, unknown>;
  missing: MissingField[];
}

export function advocacyView(facts: AdvocacyFacts, kind: AdvocacyDocumentKind, language: DocumentLanguage, today: string): AdvocacyView {
  const w = ADVOCACY_WORDS[language];
  const vocab = REPORT_WORDS[language].vocab;
  const needed = NEEDED[kind];
  const missing: MissingField[] = [];
  /** The value, or the placeholder (and a checklist line) when the case does not hold it. */
  const field = (code: MissingField, value: string | null): string => {
    if (value !== null) return value;
    if (needed.has(code) && !missing.includes(code)) missing.push(code);
    return w.toComplete(w.missing[code]);
  };
  const date = (value: string | null) => (value === null ? null : formatPartialDate(value, language));
  const { person, episode, referral } = facts;
  const countryName = (c: AdvocacyFacts['country']) => (c === null ? null : language === 'ru' ? c.nameRu : c.nameEn);

  const chargeList = facts.charges.map((c) => ({ code: c.code, article: c.article, text: text(c.text) }));
  const legalBasis = chargeList.length === 0 ? null : chargeList.map((c) => `${c.code}, ${language === 'ru' ? 'ст.' : 'art.'} ${c.article}`).join('; ');
  const reasons = chargeList.flatMap((c) => (c.text === null ? [] : [c.text]));
  const warrantShown = episode?.arrestWarrant ?? null;
  const orderedBy = facts.courtEvents.find((e) => e.kind === 'pre_trial_hearing' && e.court !== null)?.court ?? null;
  const arrestStart = episode?.arrestDate ? partialDateBounds(episode.arrestDate).first : null;
  const end = episode?.releaseDate ? partialDateBounds(episode.releaseDate).first : today;
  const months = arrestStart === null ? null : monthsBetween(arrestStart, end);
  const duration =
    episode?.arrestDate && months !== null
      ? `${date(episode.arrestDate)} – ${episode.releaseDate ? date(episode.releaseDate) : w.stillHeld} (${w.duration(Math.floor(months / 12), months % 12)})`
      : null;

  const person_ = {
    name: person.name,
    otherNames: facts.otherNames.join(', '),
    sex: field('person.sex', person.sex === 'unknown' ? null : w.sex[person.sex]),
    birthDate: field('person.birthDate', person.birthDate === null ? null : (person.birthDatePrecision === 'year' ? w.born(person.birthDate) : date(person.birthDate))),
    nationality: field('person.nationality', countryName(facts.citizenship)),
    identityDocument: field('person.identityDocument', null),
    profession: field('person.profession', facts.professions.length === 0 ? null : facts.professions.map((p) => vocab.profession?.[p] ?? p).join(', ')),
    address: field('person.address', null),
  };
  const arrest = {
    date: field('arrest.date', date(episode?.arrestDate ?? null)),
    place: field('arrest.place', text(episode?.place)),
    forces: field('arrest.forces', text(episode?.authority)),
    warrant: field('arrest.warrant', warrantShown === null || warrantShown === 'unknown' ? null : w.warrant[warrantShown]),
    warrantIssuer: warrantShown === 'yes' ? field('arrest.warrantIssuer', text(episode?.arrestWarrantNote)) : (text(episode?.arrestWarrantNote) ?? '—'),
    reasons: field('arrest.reasons', reasons.length === 0 ? null : reasons.join('; ')),
    legalBasis: field('charges', legalBasis),
  };
  const detention = {
    date: arrest.date,
    duration: duration ?? arrest.date,
    forces: arrest.forces,
    places: field('detention.places', text(episode?.facility)),
    type: episode ? (vocab.detentionType?.[episode.detentionType] ?? episode.detentionType) : '',
    orderedBy: field('detention.orderedBy', text(orderedBy)),
    reasons: field('detention.reasons', text(episode?.detentionGrounds)),
    legalBasis: arrest.legalBasis,
  };
  const circumstances = field('circumstances', text(referral?.summary));

  const petition = facts.petition;
  const claimed = petition?.categories ?? [];
  const categories = WGAD_CATEGORIES.filter((c) => claimed.includes(c)).map((c) => ({
    numeral: c,
    title: w.category[c],
    facts: field(`category.${c}`, text(petition?.categoryFacts[c])),
  }));
  const categoriesMissing = categories.length === 0 ? field('categories', null) : '';

  const remedies = facts.courtEvents
    .filter((e) => REMEDY_KINDS.includes(e.kind))
    .map((e) => ({
      date: date(e.date),
      kind: w.courtEventKind[COURT_EVENT_KINDS.includes(e.kind) ? e.kind : 'appeal'],
      court: text(e.court) ?? '',
      outcome: text(e.outcome) ?? '',
    }));
  const remediesMissing = remedies.length === 0 ? field('remedies', null) : '';

  const sourceWithheld = referral?.sourceWithheld === true;
  const sourceText = sourceWithheld
    ? w.sourceWithheld
    : field(
        'source',
        facts.sourceContact !== null
          ? `${facts.sourceContact.name} (${facts.sourceContact.relation})`
          : text(referral?.sourceDescription),
      );
  const consent = field('consent', referral === null || referral.consent === 'none' ? null : w.consent[referral.consent]);

  const risks = facts.risks.map((r) => ({ date: date(r.date), title: text(r.title) ?? '', body: text(r.body) ?? '' }));
  const risksMissing = risks.length === 0 ? field('risks', null) : '';
  const country = countryName(facts.country);

  const view = {
    today: formatPartialDate(today, language),
    missing: missing.map((code) => ({ code, label: w.missing[code] })),
    hasMissing: missing.length > 0,
    person: person_,
    country: country ?? '',
    government: country === null ? '' : w.government(country),
    arrest,
    charges: chargeList.map((c) => ({ ...c, text: c.text ?? '' })),
    detention,
    circumstances,
    categories,
    categoriesMissing,
    remedies,
    remediesMissing,
    source: { withheld: sourceWithheld, text: sourceText },
    consent,
    opinion: petition?.opinionNumber ? { number: petition.opinionNumber, adoptedOn: date(petition.opinionAdoptedOn) ?? '' } : null,
    risks,
    risksMissing,
  };
  return { view, missing };
}
