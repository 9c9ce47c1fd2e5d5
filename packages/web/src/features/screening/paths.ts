import type { LocalScreening } from '../../offline/records';

/** The addresses of the screening pages. */
export const screeningPath = (id: string) => `/app/screenings/${encodeURIComponent(id)}`;
export const formPath = (localId: string) => `/app/screenings/edit/${encodeURIComponent(localId)}`;
export const localResultPath = (localId: string) => `/app/screenings/local/${encodeURIComponent(localId)}`;

/**
 * Where a record kept on this device opens: the server's screening once the server has it, its result while a
 * completed one waits to be sent, else the form (a draft, or one that needs the user: a conflict or a refusal).
 */
export function recordPath(record: LocalScreening): string {
  if (record.sentAs) return screeningPath(record.sentAs);
  if (record.status === 'completed' && !record.conflict && !record.rejection) return localResultPath(record.localId);
  return formPath(record.localId);
}
