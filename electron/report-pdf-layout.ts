// The report PDF's page furniture, shared by Electron's printToPDF and the end-to-end tests'
// Chromium page.pdf (same engine, same templates): page numbers "3 / 12" in the footer, in no
// language, since the generation date and the title are printed by the report page itself.

/** Chromium fills the spans; the template is a separate document, so its styles are inline. */
export const REPORT_PDF_FOOTER =
  '<div style="width:100%;margin:0 12mm;font:8px sans-serif;color:#5b6576;display:flex;justify-content:space-between">' +
  '<span>Habeas</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>';

/** Without a header template Chromium prints the page title and date in the top margin. */
export const REPORT_PDF_HEADER = '<div></div>';

/** Options as both printToPDF (Electron) and page.pdf (Playwright) name them. */
export const REPORT_PDF_PRINT = {
  printBackground: true,
  displayHeaderFooter: true,
  headerTemplate: REPORT_PDF_HEADER,
  footerTemplate: REPORT_PDF_FOOTER,
  // The page's @page rule (A4, margins that leave room for the footer) decides the layout.
  preferCSSPageSize: true,
} as const;
