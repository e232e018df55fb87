// Export buttons for the report on screen: CSV through reports.exportCsv (audited by the backend,
// labelled in the screen's language), PDF through the main process, recorded with
// reports.recordExport only once the file is saved.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ReportOptions } from '../../../../db/api';
import { call } from '../../api/client';
import { Button } from '../../components/Button';
import { useErrorText } from '../../components/ErrorMessage';
import { useToasts } from '../../state/toasts';
import { downloadText, pdfBridge, pdfFileName } from './exportReport';

export function ExportActions({ options }: { options: ReportOptions }) {
  const { t, i18n } = useTranslation('reports');
  const errorText = useErrorText();
  const show = useToasts((s) => s.show);
  const [busy, setBusy] = useState<'csv' | 'pdf' | null>(null);
  const savePdf = pdfBridge();

  const exportCsv = async () => {
    setBusy('csv');
    // The label columns in the language on screen; the figures do not depend on it.
    const r = await call('reports.exportCsv', { ...options, language: i18n.language === 'ru' ? 'ru' : 'en' });
    setBusy(null);
    if (!r.ok) {
      show(errorText(r.error), 'error');
      return;
    }
    downloadText(r.value.filename, r.value.csv, 'text/csv;charset=utf-8');
    show(t('export.csvDone', { filename: r.value.filename }), 'success');
  };

  const exportPdf = async (save: (name: string) => Promise<{ saved: boolean }>) => {
    setBusy('pdf');
    try {
      const { saved } = await save(pdfFileName(options));
      if (!saved) return;
      const r = await call('reports.recordExport', { format: 'pdf', options });
      if (r.ok) show(t('export.pdfDone'), 'success');
      else show(errorText(r.error), 'error');
    } catch {
      show(t('export.pdfFailed'), 'error');
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="report-exports no-print">
      <Button onClick={() => void exportCsv()} busy={busy === 'csv'} disabled={busy !== null}>
        {t('export.csv')}
      </Button>
      {savePdf ? (
        <Button onClick={() => void exportPdf(savePdf)} busy={busy === 'pdf'} disabled={busy !== null}>
          {t('export.pdf')}
        </Button>
      ) : null}
    </div>
  );
}
