// Controlled vocabularies from the domain brief. Stored values are these English keys;
// the renderer translates them for display.
export const SEXES = ['male', 'female', 'other', 'unknown'] as const;
export const PROFESSIONS = [
  'journalist',
  'human_rights_defender',
  'lawyer',
  'opposition_politician',
  'civic_activist',
  'religious_believer',
  'blogger',
  'labour_activist',
  'student',
  'ethnic_minority_activist',
  'other',
] as const;
export const CONFIDENTIALITY = ['normal', 'confidential'] as const;
export const REFERRAL_CHANNELS = ['family', 'lawyer', 'partner_organisation', 'detainee', 'media', 'other'] as const;
export const URGENCIES = ['urgent', 'high', 'normal', 'low'] as const;
export const CONSENTS = ['none', 'private_only', 'public'] as const;
export const REFERRAL_STATUSES = ['new', 'assessing', 'accepted', 'declined', 'referred_elsewhere'] as const;
export const CASE_STATUSES = ['active', 'monitoring', 'closed'] as const;
export const CLOSING_REASONS = ['released', 'died', 'declined', 'transferred'] as const;
export const DETENTION_STATUSES = ['detained', 'released', 'not_detained'] as const;
export const ARREST_WARRANT = ['yes', 'no', 'unknown'] as const;
export const ATTACHMENT_SUBJECTS = ['case', 'court_event', 'sentence', 'advocacy', 'note'] as const;
export const DETENTION_TYPES = [
  'pre_trial',
  'administrative',
  'house_arrest',
  'prison_colony',
  'psychiatric',
  'incommunicado',
] as const;
export const RELEASE_REASONS = [
  'sentence_served',
  'pardon',
  'amnesty',
  'acquittal',
  'early_release',
  'exile_or_deportation',
  'death_in_custody',
  /** The person went missing from custody or was forcibly disappeared: no one is known to hold them. */
  'disappeared',
] as const;
export const CHARGE_CATEGORIES = [
  'anti_state_extremism',
  'terrorism',
  'false_information',
  'insulting_officials',
  'mass_disorder',
  'hooliganism',
  'fraud_economic',
  'drugs',
  'illegal_religious_activity',
  'other',
] as const;
export const COURT_EVENT_KINDS = [
  'pre_trial_hearing',
  'trial_hearing',
  'verdict',
  'appeal',
  'cassation',
  'supreme_court',
] as const;
export const SENTENCE_TYPES = [
  'imprisonment',
  'colony_regime',
  'restricted_freedom',
  'suspended',
  'fine',
  'compulsory_labour',
  'forced_psychiatric_treatment',
] as const;
export const SENTENCE_CHANGES = ['appeal_reduced', 'amnesty', 'pardon', 'commuted', 'overturned'] as const;
export const ADVOCACY_TYPES = [
  'wgad_petition',
  'wgad_urgent_appeal',
  'un_special_procedures',
  'letter_to_government',
  'us_congress_or_government',
  'diplomatic_meeting',
  'public_statement',
  'media',
  'social_media_campaign',
  'sanctions_submission',
  'congressional_adoption',
  'trial_monitoring',
  'family_support',
  'court_filing',
] as const;
export const ADVOCACY_STATUSES = ['planned', 'in_progress', 'submitted', 'awaiting_response', 'done'] as const;
export const WGAD_CATEGORIES = ['I', 'II', 'III', 'IV', 'V'] as const;
export const WGAD_OUTCOMES = ['arbitrary', 'not_arbitrary', 'filed', 'pending'] as const;
export const CASE_EVENT_KINDS = [
  'transfer',
  'visit',
  'health_report',
  'hunger_strike',
  'ill_treatment_allegation',
  'family_contact',
  'status_change',
  'note',
] as const;
export const REVIEW_VERDICTS = ['signed_off', 'changes_requested'] as const;
export const TASK_SOURCES = ['manual', 'rule'] as const;
export const DATE_PRECISIONS = ['year', 'month', 'day'] as const;
/** Where a "known to be held on DATE" observation of a detention episode comes from. */
export const OBSERVATION_SOURCES = ['import', 'visit', 'court_hearing', 'report', 'other'] as const;

export type Sex = (typeof SEXES)[number];
export type Profession = (typeof PROFESSIONS)[number];
export type Confidentiality = (typeof CONFIDENTIALITY)[number];
export type ArrestWarrant = (typeof ARREST_WARRANT)[number];
export type AttachmentSubject = (typeof ATTACHMENT_SUBJECTS)[number];
export type ReferralChannel = (typeof REFERRAL_CHANNELS)[number];
export type Urgency = (typeof URGENCIES)[number];
export type Consent = (typeof CONSENTS)[number];
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];
export type CaseStatus = (typeof CASE_STATUSES)[number];
export type ClosingReason = (typeof CLOSING_REASONS)[number];
export type DetentionStatus = (typeof DETENTION_STATUSES)[number];
export type DetentionType = (typeof DETENTION_TYPES)[number];
export type ReleaseReason = (typeof RELEASE_REASONS)[number];
export type ChargeCategory = (typeof CHARGE_CATEGORIES)[number];
export type CourtEventKind = (typeof COURT_EVENT_KINDS)[number];
export type SentenceType = (typeof SENTENCE_TYPES)[number];
export type SentenceChange = (typeof SENTENCE_CHANGES)[number];
export type AdvocacyType = (typeof ADVOCACY_TYPES)[number];
export type AdvocacyStatus = (typeof ADVOCACY_STATUSES)[number];
export type WgadCategory = (typeof WGAD_CATEGORIES)[number];
export type WgadOutcome = (typeof WGAD_OUTCOMES)[number];
export type CaseEventKind = (typeof CASE_EVENT_KINDS)[number];
export type ReviewVerdict = (typeof REVIEW_VERDICTS)[number];
export type TaskSource = (typeof TASK_SOURCES)[number];
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export type ObservationSource = (typeof OBSERVATION_SOURCES)[number];
