// Words for an error Result: the catalogue's text for the error's reason (details.reason and its
// params), or the generic text of its code. The backend's English message is for the command line
// and logs; no screen shows it or reads it.
import { type ReasonedError, useReasonText } from '../shared/reasonWords';

export function useErrorText(): (error: ReasonedError) => string {
  return useReasonText();
}

export function ErrorMessage({ error }: { error: ReasonedError | null }) {
  const text = useReasonText();
  if (!error) return null;
  return (
    <div className="error-banner" role="alert">
      {text(error)}
    </div>
  );
}
