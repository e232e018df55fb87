// A failed decision in words, from its reason (the shared error wording); a person who already has
// an open case gets a link to it.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import type { ApiError } from '../../../../db/api';
import { useErrorText } from '../../components/ErrorMessage';

interface ConflictDetails {
  /** The referral's status when it had already been decided. */
  status?: string;
  /** The person's case that is already open. */
  caseId?: string;
}

function detailsOf(error: ApiError): ConflictDetails {
  const d = error.details;
  const out: ConflictDetails = {};
  if (typeof d !== 'object' || d === null) return out;
  if ('status' in d && typeof d.status === 'string') out.status = d.status;
  if ('caseId' in d && typeof d.caseId === 'string') out.caseId = d.caseId;
  return out;
}

export function DecisionError({ error }: { error: ApiError | null }) {
  const { t } = useTranslation('referrals');
  const errorText = useErrorText();
  if (!error) return null;
  const details = error.code === 'CONFLICT' ? detailsOf(error) : {};
  const text = errorText(error);
  return (
    <div className="error-banner" role="alert">
      {text}
      {details.caseId ? (
        <>
          {' '}
          <Link to={`/cases/${details.caseId}`}>{t('errors.openExistingCase')}</Link>
        </>
      ) : null}
    </div>
  );
}
