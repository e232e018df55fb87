// The case's attachments, loaded once for the whole case file: the Files tab lists them and each
// record's "Files (n)" button counts its own, so a row never makes a call of its own.
import { createContext, useContext, type ReactNode } from 'react';

import type { ApiError, Attachment, AttachmentSubject } from '../../../../db/api';
import { useCall } from '../../shared/useCall';

export interface CaseAttachments {
  caseId: string;
  list: Attachment[] | null;
  error: ApiError | null;
  reload: () => Promise<void>;
}

const Context = createContext<CaseAttachments | null>(null);

export function CaseAttachmentsProvider({ caseId, children }: { caseId: string; children: ReactNode }) {
  const loaded = useCall('attachments.list', { caseId });
  return <Context.Provider value={{ caseId, list: loaded.value, error: loaded.error, reload: loaded.reload }}>{children}</Context.Provider>;
}

export function useCaseAttachments(): CaseAttachments | null {
  return useContext(Context);
}

/** A record of the case that files can belong to; kind 'case' with id null is the case itself. */
export interface AttachmentRecord {
  kind: AttachmentSubject;
  id: string | null;
  /** The record in words ("Hearing, 12 May 2022"), for headings and the list. */
  label: string;
}

export function belongsTo(a: Attachment, record: AttachmentRecord | null): boolean {
  if (record === null) return true;
  return a.subjectKind === record.kind && a.subjectId === record.id;
}
