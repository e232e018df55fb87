// Who else may see this case: a supervisor or administrator grants a staff member (who then reads a
// confidential person's name) or a caseworker (who then sees the case when caseworkers see only their
// own) access, and revokes it. A form of one select and one button, and a table of Revoke buttons.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { GRANTEE_ROLES, type ApiError, type ErrorDetails, type User } from '../../../../../db/api';
import { call } from '../../../api/client';
import { Button } from '../../../components/Button';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { SelectField } from '../../../components/Field';
import { useVocabLabel } from '../../../i18n/vocab';
import { useDateFormat } from '../../../shared/dates';
import { useCall } from '../../../shared/useCall';
import { sortUsers } from '../../../shared/userOrder';
import { useToasts } from '../../../state/toasts';

/** Active colleagues a grant means something for: staff and caseworkers. */
function useGrantees(): User[] {
  const [users, setUsers] = useState<User[]>([]);
  useEffect(() => {
    let live = true;
    void call('users.list', {}).then((r) => {
      if (live && r.ok) setUsers(r.value.filter((u) => GRANTEE_ROLES.includes(u.role)));
    });
    return () => {
      live = false;
    };
  }, []);
  return users;
}

export function CaseGrantsSection({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation('access');
  const vocab = useVocabLabel();
  const dates = useDateFormat();
  const grants = useCall('cases.grants.list', { caseId });
  const users = useGrantees();
  const [chosen, setChosen] = useState('');
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const list = grants.value ?? [];
  // Refusals with a reason are worded here; any other error goes to ErrorMessage.
  const refused = problem?.details as ErrorDetails | undefined;
  const granted = new Set(list.map((g) => g.userId));
  const choices = sortUsers(users, i18n.language).filter((u) => !granted.has(u.id)).map((u) => ({ value: u.id, label: `${u.displayName} (${vocab('role', u.role)})` }));

  const add = async (e: FormEvent) => {
    e.preventDefault();
    const user = users.find((u) => u.id === chosen);
    if (!user) return;
    setBusy('add');
    setProblem(null);
    const r = await call('cases.grants.add', { caseId, userId: user.id });
    setBusy(null);
    if (!r.ok) {
      setProblem(r.error);
      return;
    }
    setChosen('');
    useToasts.getState().show(t('grants.added', { name: user.displayName }), 'success');
    await grants.reload();
  };

  const remove = async (userId: string, name: string) => {
    setBusy(userId);
    setProblem(null);
    const r = await call('cases.grants.remove', { caseId, userId });
    setBusy(null);
    if (!r.ok) {
      setProblem(r.error);
      return;
    }
    useToasts.getState().show(t('grants.removed', { name }), 'success');
    await grants.reload();
  };

  return (
    <section className="form-section case-grants" aria-labelledby="grants-heading">
      <h2 id="grants-heading">{t('grants.title')}</h2>
      <p className="muted">{t('grants.intro')}</p>
      {refused?.reason === 'grant_exists' ? (
        <p className="error-banner" role="alert">
          {t('grants.exists', { name: refused.params?.['name'] ?? '' })}
        </p>
      ) : (
        <ErrorMessage error={grants.error ?? problem} />
      )}
      {grants.value !== null && list.length === 0 ? <p className="muted">{t('grants.none')}</p> : null}
      {list.length > 0 ? (
        <table className="table">
          <caption className="visually-hidden">{t('grants.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('grants.user')}</th>
              <th scope="col">{t('grants.role')}</th>
              <th scope="col">{t('grants.grantedBy')}</th>
              <th scope="col">{t('grants.grantedOn')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('grants.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((g) => (
              <tr key={g.id}>
                <td>{g.userName}</td>
                <td>{vocab('role', g.userRole)}</td>
                <td>{g.grantedByName ?? ''}</td>
                <td>{dates.short(g.grantedAt)}</td>
                <td className="row-actions">
                  <Button size="small" variant="ghost" busy={busy === g.userId} onClick={() => void remove(g.userId, g.userName)} aria-label={t('grants.removeFor', { name: g.userName })}>
                    {t('grants.remove')}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <form className="case-grants-form" onSubmit={(e) => void add(e)}>
        <SelectField label={t('grants.choose')} value={chosen} onChange={(e) => setChosen(e.target.value)} options={choices} placeholder={t('grants.chooseNone')} />
        <Button type="submit" variant="primary" busy={busy === 'add'} disabled={chosen === ''}>
          {t('grants.add')}
        </Button>
      </form>
    </section>
  );
}
