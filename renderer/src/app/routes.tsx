// Every screen of the unlocked app and its address. Hash routing: works the same under the
// app:// protocol and the test harness, with no server-side fallback to configure.
import { Navigate, createHashRouter } from 'react-router';

import { AuditScreen } from '../features/audit/AuditScreen';
import { CaseScreen } from '../features/cases/case/CaseScreen';
import { CasesScreen } from '../features/cases/CasesScreen';
import { DeadlinesScreen } from '../features/deadlines/DeadlinesScreen';
import { ImportScreen } from '../features/import/ImportScreen';
import { OverviewScreen } from '../features/overview/OverviewScreen';
import { IntakeScreen } from '../features/intake/IntakeScreen';
import { ReferralsScreen } from '../features/referrals/ReferralsScreen';
import { ReportsScreen } from '../features/reports/ReportsScreen';
import { CaseReviewScreen } from '../features/review/CaseReviewScreen';
import { ReviewScreen } from '../features/review/ReviewScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { TimelineScreen } from '../features/timeline/TimelineScreen';
import { Shell } from './Shell';

export const router = createHashRouter([
  {
    path: '/',
    element: <Shell />,
    children: [
      // Unlocking lands on the overview; the case list stays at /cases.
      { index: true, element: <Navigate to="/overview" replace /> },
      { path: 'overview', element: <OverviewScreen /> },
      { path: 'cases', element: <CasesScreen /> },
      { path: 'cases/:caseId', element: <CaseScreen /> },
      { path: 'cases/:caseId/timeline', element: <TimelineScreen /> },
      { path: 'intake', element: <IntakeScreen /> },
      { path: 'referrals', element: <ReferralsScreen /> },
      { path: 'deadlines', element: <DeadlinesScreen /> },
      { path: 'reports', element: <ReportsScreen /> },
      { path: 'import', element: <ImportScreen /> },
      { path: 'review', element: <ReviewScreen /> },
      { path: 'review/:caseId', element: <CaseReviewScreen /> },
      { path: 'audit', element: <AuditScreen /> },
      { path: 'settings', element: <SettingsScreen /> },
      { path: '*', element: <Navigate to="/cases" replace /> },
    ],
  },
]);
