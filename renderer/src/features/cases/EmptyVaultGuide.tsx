// Shown instead of the case list when the vault holds no case the user can see at all (an empty
// filter result keeps "No case matches"): how to begin, with only the ways this role may use.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useMayCall } from '../../shared/access';

export function EmptyVaultGuide() {
  const { t } = useTranslation('cases');
  const canLog = useMayCall('referrals.create');
  const canImport = useMayCall('imports.inspect');
  return (
    <section className="card empty-vault" aria-labelledby="empty-vault-heading">
      <h2 id="empty-vault-heading">{t('emptyVault.heading')}</h2>
      <p>{canLog || canImport ? t('emptyVault.lead') : t('emptyVault.leadReadOnly')}</p>
      {canLog || canImport ? (
        <ul className="empty-vault-ways">
          {canLog ? (
            <li>
              <Link to="/intake" className="btn btn-primary">
                {t('emptyVault.logReferral')}
              </Link>
              <span className="muted">{t('emptyVault.logReferralHint')}</span>
            </li>
          ) : null}
          {canImport ? (
            <li>
              <Link to="/import" className="btn btn-secondary">
                {t('emptyVault.importSpreadsheet')}
              </Link>
              <span className="muted">{t('emptyVault.importSpreadsheetHint')}</span>
            </li>
          ) : null}
        </ul>
      ) : null}
    </section>
  );
}
