// A case's reference (KZ-2026-7K3MQ) wherever a case is named; nothing for a case without one yet.
export function CaseReference({ reference, className = '' }: { reference: string | null | undefined; className?: string }) {
  if (!reference) return null;
  return <span className={`case-reference ${className}`.trim()}>{reference}</span>;
}
