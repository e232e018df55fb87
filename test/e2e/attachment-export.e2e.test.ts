// An export without metadata through the backend worker the window talks to: the PDF's author is
// taken out by pdf-lib in a worker thread the backend's own worker thread starts and waits for.
import { createHash } from 'node:crypto';

import { PDFDocument } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';

import { call, openApp, type E2E } from './harness/fixture';

const ADMIN = { userName: 'admin', passphrase: 'correct horse battery staple 42' };
const AUTHOR = 'Author Who Must Not Be Named';

let app: E2E | null = null;
afterEach(async () => {
  await app?.close();
  app = null;
});

describe('exporting an attachment without metadata', () => {
  it('strips a PDF inside the backend worker', async () => {
    app = await openApp();
    await call(app, 'session.createVault', ADMIN);
    const referral = await call<{ id: string }>(app, 'referrals.create', { receivedOn: '2025-12-01', channel: 'family', countryCode: 'KZ', consent: 'none', person: { name: 'Кабиров Ержан' } });
    const { caseId } = await call<{ caseId: string }>(app, 'referrals.decide', { id: referral.id, decision: 'accepted' });
    const doc = await PDFDocument.create();
    doc.addPage([100, 100]);
    doc.setAuthor(AUTHOR);
    const pdf = Buffer.from(await doc.save({ useObjectStreams: false }));
    const begun = await call<{ id: string }>(app, 'attachments.begin', {
      caseId, subjectKind: 'case', subjectId: null, fileName: 'verdict.pdf', mediaType: 'application/pdf', size: pdf.length,
      sha256: createHash('sha256').update(pdf).digest('hex'), confidential: false,
    });
    await call(app, 'attachments.chunk', { id: begun.id, seq: 0, data: pdf.toString('base64') });
    await call(app, 'attachments.finish', { id: begun.id });
    const opened = await call<{ token: string; size: number; sha256: string; stripped: boolean }>(app, 'attachments.open', { id: begun.id, purpose: 'export', stripMetadata: true });
    expect(opened.stripped).toBe(true);
    const { data } = await call<{ data: string }>(app, 'attachments.read', { token: opened.token, seq: 0 });
    const copy = Buffer.from(data, 'base64');
    expect(copy.length).toBe(opened.size);
    expect(createHash('sha256').update(copy).digest('hex')).toBe(opened.sha256);
    expect(copy.includes(AUTHOR)).toBe(false);
    expect((await PDFDocument.load(copy)).getPageCount()).toBe(1);
  }, 120_000);
});
