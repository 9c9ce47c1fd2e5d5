import type { Actor } from '../../records/actor.js';
import type { Services } from '../../services.js';
import { meetingChange } from './mdt-rules.js';
import { saveMeetingType } from './queries.js';

/** An administrator (`mdt.types`) renames, adds or retires a meeting type (audited). */
export async function changeMeetingType(input: {
  services: Pick<Services, 'database' | 'auditKey'>;
  actor: Actor;
  now: Date;
  id: string;
  body: { nameEn: string; nameEs: string; active: boolean };
}): Promise<void> {
  const { services, actor, now, id, body } = input;
  await meetingChange(services, actor, now, async (trx) => {
    await saveMeetingType(trx, { id, name_en: body.nameEn, name_es: body.nameEs, active: body.active ? 1 : 0 });
    return { result: undefined, event: 'mdt.type_changed', details: { action: 'save', kind: id } };
  });
}
