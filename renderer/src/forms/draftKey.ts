// One draft per form and record: "note:new:<caseId>" while adding, "note:edit:<id>" while editing,
// so two dialogs never share (or overwrite) each other's draft.
export function draftKey(form: string, record: { id: string } | null, parentId: string): string {
  return record ? `${form}:edit:${record.id}` : `${form}:new:${parentId}`;
}
