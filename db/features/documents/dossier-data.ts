// What a case dossier shows, gathered through the read services the case file itself uses (so
// visibility, withheld names and redaction apply as on screen), plus the few columns no service
// returns yet: the case reference, an episode's warrant and grounds, the attachments list.
import type { ServiceContext } from '../../backend/context';
import type { CaseDetail } from '../../contract/cases';
import type { AdvocacyAction } from '../../contract/advocacy';
import type { Charge, CourtEvent, DetentionEpisode, SentenceInChain } from '../../contract/detention';
import type { Contact } from '../../contract/people';
import type { TimelineEntry } from '../../contract/timeline';
import { advocacyHandlers } from '../advocacy/advocacy';
import { casesHandlers } from '../cases/cases';
import { chargeHandlers } from '../detention/charges';
import { courtEventHandlers } from '../detention/court-events';
import { episodeHandlers } from '../detention/detention';
import { sentenceHandlers } from '../detention/sentences';
import { contactsHandlers } from '../people/contacts';
import { timelineHandlers } from '../timeline/timeline';

/** What the person making the dossier chose to include (staff may choose neither). */
export interface DossierInclusions {
  confidentialFields: boolean;
  contacts: boolean;
}

export interface EpisodeGrounds {
  arrestWarrant: 'yes' | 'no' | 'unknown' | null;
  arrestWarrantNote: string | null;
  detentionGrounds: string | null;
}

export interface DossierEpisode {
  episode: DetentionEpisode;
  grounds: EpisodeGrounds;
  charges: Charge[];
  courtEvents: CourtEvent[];
}

export interface DossierAttachment {
  fileName: string;
  size: number;
  sha256: string;
  addedAt: string;
  confidential: boolean;
}

export interface DossierData {
  detail: CaseDetail;
  reference: string | null;
  country: { nameEn: string; nameRu: string } | null;
  citizenship: { nameEn: string; nameRu: string } | null;
  episodes: DossierEpisode[];
  sentences: SentenceInChain[];
  advocacy: AdvocacyAction[];
  timeline: TimelineEntry[];
  /** Null when contacts were not included. */
  contacts: Contact[] | null;
  attachments: DossierAttachment[];
  /** Confidential attachments not listed because confidential fields were not included. */
  attachmentsLeftOut: number;
}

function countryNames(ctx: ServiceContext, code: string | null): { nameEn: string; nameRu: string } | null {
  if (code === null) return null;
  const row = ctx.sqlite.prepare('SELECT name_en AS nameEn, name_ru AS nameRu FROM countries WHERE code = ?').get(code) as
    | { nameEn: string; nameRu: string }
    | undefined;
  return row ?? null;
}

function episodeGrounds(ctx: ServiceContext, episodeIds: string[]): Map<string, EpisodeGrounds> {
  const rows = ctx.sqlite
    .prepare(
      `SELECT id, arrest_warrant AS arrestWarrant, arrest_warrant_note AS arrestWarrantNote, detention_grounds AS detentionGrounds
         FROM detention_episodes WHERE id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(episodeIds)) as (EpisodeGrounds & { id: string })[];
  return new Map(rows.map(({ id, ...grounds }) => [id, grounds]));
}

function attachmentRows(ctx: ServiceContext, caseId: string): DossierAttachment[] {
  const rows = ctx.sqlite
    .prepare(
      `SELECT file_name AS fileName, size, sha256, created_at AS addedAt, confidential
         FROM attachments WHERE case_id = ? AND deleted_at IS NULL AND state = 'stored' ORDER BY created_at, id`,
    )
    .all(caseId) as (Omit<DossierAttachment, 'confidential'> & { confidential: number })[];
  return rows.map((r) => ({ ...r, confidential: r.confidential === 1 }));
}

const NO_GROUNDS: EpisodeGrounds = { arrestWarrant: null, arrestWarrantNote: null, detentionGrounds: null };

/** Everything the dossier prints; the caller has already refused inclusions the role may not make. */
export function loadDossier(ctx: ServiceContext, caseId: string, include: DossierInclusions): DossierData {
  // cases.get refuses a case the caller cannot see and withholds a confidential person from staff.
  const detail = casesHandlers['cases.get'](ctx, { id: caseId });
  const reference = (ctx.sqlite.prepare('SELECT reference FROM cases WHERE id = ?').get(caseId) as { reference: string | null } | undefined)?.reference ?? null;
  const episodes = episodeHandlers['episodes.list'](ctx, { caseId });
  const grounds = episodeGrounds(ctx, episodes.map((e) => e.id));
  const courtEvents = courtEventHandlers['courtEvents.list'](ctx, { caseId });
  const attachments = attachmentRows(ctx, caseId);
  const staff = ctx.user.role === 'staff';
  const listed = attachments.filter((a) => !a.confidential || (include.confidentialFields && !staff));
  return {
    detail,
    reference,
    country: countryNames(ctx, detail.countryCode),
    citizenship: detail.person.nameWithheld === undefined ? countryNames(ctx, detail.person.citizenship) : null,
    episodes: episodes.map((episode) => ({
      episode,
      grounds: grounds.get(episode.id) ?? NO_GROUNDS,
      charges: chargeHandlers['charges.list'](ctx, { episodeId: episode.id }),
      courtEvents: courtEvents.filter((c) => c.episodeId === episode.id),
    })),
    sentences: sentenceHandlers['sentences.list'](ctx, { caseId }),
    advocacy: advocacyHandlers['advocacy.list'](ctx, { caseId }),
    timeline: timelineHandlers['timeline.forCase'](ctx, { caseId }),
    // A reveal of confidential contacts is recorded as on the person tab (one contact.reveal each).
    contacts: include.contacts ? contactsHandlers['contacts.list'](ctx, { personId: detail.personId, reveal: true }) : null,
    attachments: listed,
    attachmentsLeftOut: staff ? 0 : attachments.length - listed.length,
  };
}
