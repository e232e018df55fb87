// A figure's words in the current language, from figureLabels.ts's choice of key or raw text.
import { useTranslation } from 'react-i18next';

import type { ReportGroupName } from '../../../../db/api';
import { figureLabel } from './figureLabels';

export function useFigureLabel(): (group: ReportGroupName, key: string) => string {
  const { t } = useTranslation(['reports', 'vocab']);
  return (group, key) => {
    const label = figureLabel(group, key);
    if ('text' in label) return label.text;
    // An unknown vocabulary value (a newer backend) shows as its key rather than as nothing.
    return t(label.key, { ...label.values, defaultValue: key });
  };
}
