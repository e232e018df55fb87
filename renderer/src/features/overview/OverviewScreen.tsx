// The overview (/overview), shown after unlock: the caller's overdue and coming work, referrals
// waiting, cases changed since their review (supervisors) and counts per focus country. One call;
// each block links to the screen that lists what it counts.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import type { OverviewCountry } from '../../../../db/api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { useCountryName } from '../../shared/referenceData';
import { useCall } from '../../shared/useCall';
import { useSession } from '../../state/session';
import { DEFAULT_FILTERS, useCaseFilters } from '../cases/caseFilters';
import './overview.css';

function Figure({ value, label, tone }: { value: number; label: string; tone?: 'danger' | 'warning' }) {
  const { i18n } = useTranslation();
  return (
    <p className={`overview-figure${tone && value > 0 ? ` overview-figure-${tone}` : ''}`}>
      <span className="overview-number">{value.toLocaleString(i18n.language)}</span> <span>{label}</span>
    </p>
  );
}

function Block({ id, title, link, children }: { id: string; title: string; link: ReactNode; children: ReactNode }) {
  return (
    <section className="card overview-block" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
      <p className="overview-link">{link}</p>
    </section>
  );
}

function CountryTable({ countries }: { countries: OverviewCountry[] }) {
  const { t, i18n } = useTranslation('overview');
  const countryName = useCountryName();
  const navigate = useNavigate();
  const setFilters = useCaseFilters((s) => s.set);
  const number = (n: number) => n.toLocaleString(i18n.language);
  const openList = (countryCode: string) => {
    setFilters({ ...DEFAULT_FILTERS, countryCode });
    void navigate('/cases');
  };
  return (
    <table className="table overview-countries">
      <caption className="visually-hidden">{t('countries.heading')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('countries.country')}</th>
          <th scope="col" className="num">{t('countries.open')}</th>
          <th scope="col" className="num">{t('countries.detained')}</th>
          <th scope="col" className="num">{t('countries.newReferrals')}</th>
        </tr>
      </thead>
      <tbody>
        {countries.map((c) => (
          <tr key={c.countryCode}>
            <th scope="row">
              <a
                href="#/cases"
                onClick={(e) => {
                  e.preventDefault();
                  openList(c.countryCode);
                }}
              >
                {countryName(c.countryCode)}
              </a>
            </th>
            <td className="num">{number(c.openCases)}</td>
            <td className="num">{number(c.detained)}</td>
            <td className="num">{number(c.newReferrals)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function OverviewScreen() {
  const { t } = useTranslation('overview');
  const user = useSession((s) => s.user);
  const overview = useCall('overview.get', {});
  const o = overview.value;
  return (
    <>
      <PageHeader title={t('title')}>
        <p className="muted">{user ? t('lead', { name: user.displayName }) : null}</p>
      </PageHeader>
      <ErrorMessage error={overview.error} />
      {o === null ? (
        <p className="muted">{t('loading')}</p>
      ) : (
        <div className="overview-grid">
          {o.myWork ? (
            <Block id="overview-work" title={t('work.heading')} link={<Link to="/deadlines">{t('work.link')}</Link>}>
              <Figure value={o.myWork.overdue} label={t('work.overdue', { count: o.myWork.overdue })} tone="danger" />
              <Figure value={o.myWork.dueThisWeek} label={t('work.dueThisWeek', { count: o.myWork.dueThisWeek })} />
            </Block>
          ) : null}
          {o.referrals ? (
            <Block id="overview-referrals" title={t('referrals.heading')} link={<Link to="/referrals">{t('referrals.link')}</Link>}>
              <Figure value={o.referrals.waiting} label={t('referrals.waiting', { count: o.referrals.waiting })} />
              <Figure value={o.referrals.urgent} label={t('referrals.urgent', { count: o.referrals.urgent })} tone="warning" />
            </Block>
          ) : null}
          {o.review ? (
            <Block id="overview-review" title={t('review.heading')} link={<Link to="/review?reason=changed_since_review">{t('review.link')}</Link>}>
              <Figure value={o.review.changed} label={t('review.changed', { count: o.review.changed })} tone="warning" />
              <Figure value={o.review.neverReviewed} label={t('review.neverReviewed', { count: o.review.neverReviewed })} />
            </Block>
          ) : null}
          <Block id="overview-countries" title={t('countries.heading')} link={<Link to="/cases">{t('countries.link')}</Link>}>
            <CountryTable countries={o.countries} />
          </Block>
        </div>
      )}
    </>
  );
}
