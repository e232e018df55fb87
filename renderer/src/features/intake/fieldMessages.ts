// Words for field errors in the current language. Client checks carry i18n keys (with an optional
// "#n" limit); the backend's English field messages are shown as they are in English and matched
// to the same keys in other languages where known.
import { useTranslation } from 'react-i18next';

/** A message key for "at most n characters", carrying the limit. */
export function tooLong(max: number): string {
  return `intake:errors.tooLong#${max}`;
}

const KNOWN: { pattern: RegExp; key: string }[] = [
  { pattern: /^Required$/, key: 'intake:errors.required' },
  { pattern: /^Use YYYY, YYYY-MM or YYYY-MM-DD$/, key: 'intake:errors.partialDate' },
  { pattern: /^Use the form YYYY-MM-DD$/, key: 'intake:errors.fullDate' },
  { pattern: /^No such date$/, key: 'intake:errors.noSuchDate' },
  { pattern: /^This date is in the future$/, key: 'intake:errors.future' },
  { pattern: /^(Unknown country code|Use a two-letter ISO country code)/, key: 'intake:errors.country' },
  { pattern: /^Give the reason for this decision$/, key: 'intake:errors.reason' },
  { pattern: /^The decision cannot come before the referral arrived/, key: 'intake:errors.beforeReceived' },
  { pattern: /is no longer active$/, key: 'intake:errors.inactiveUser' },
  { pattern: /^At most (\d+) characters$/, key: 'intake:errors.tooLong' },
];

export function useFieldMessage(): (message: string | undefined) => string | undefined {
  const { t, i18n } = useTranslation();
  return (message) => {
    if (!message) return undefined;
    if (message.startsWith('intake:') || message.startsWith('referrals:') || message.startsWith('deadlines:')) {
      const [key = message, max] = message.split('#');
      return t(key, { max });
    }
    // The backend's own words are the most precise in English.
    if (i18n.language === 'en') return message;
    for (const { pattern, key } of KNOWN) {
      const match = pattern.exec(message);
      if (match) return t(key, { max: match[1], defaultValue: message });
    }
    return message;
  };
}
