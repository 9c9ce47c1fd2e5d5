import type { BrowserContext } from 'playwright-core';
import { apiPost } from './accounts.js';
import type { TestHarbor } from './harbor.js';

/**
 * Fills a test Harbor's directory through the editor's API (an editor's signed-in context): a clinic of the receiving
 * agency with a Spanish-speaking TF-CBT service, and two services a search must leave out (TF-CBT in English only; a
 * Spanish-speaking service without TF-CBT). Returns the services' ids.
 */
export async function seedDirectory(
  harbor: TestHarbor,
  editor: BrowserContext,
  receivingAgencyId: string,
): Promise<{ therapy: string; englishOnly: string; noPractice: string }> {
  const post = <T>(path: string, data: unknown) => apiPost<T>(harbor, editor, `/api/v1/directory${path}`, data);
  const clinic = await post<{ id: string }>('/organizations', {
    name: 'Eastside Family Clinic',
    description: 'Outpatient mental health care for children and families.',
    agencyId: receivingAgencyId,
  });
  const other = await post<{ id: string }>('/organizations', {
    name: 'Harbor Street Counseling',
    description: 'Counseling for children and families.',
  });
  const service = async (organizationId: string, name: string, languages: string[], tfCbt: boolean) => {
    const { id } = await post<{ id: string }>('/services', {
      organizationId,
      name,
      description: 'Therapy for youth who experienced trafficking or exploitation.',
      minimumAge: 8,
      maximumAge: 17,
      categories: ['mental_health'],
      languages,
    });
    await post(`/services/${id}/phones`, { number: '(323) 555-0123', type: 'voice' });
    if (tfCbt) {
      await post(`/services/${id}/practices`, {
        practice: 'tf_cbt',
        clinicianName: 'Dr. Ana Reyes',
        certifiedUntil: '2030-09-30',
      });
    }
    return id;
  };
  return {
    therapy: await service(clinic.id, 'Trauma therapy for youth', ['es', 'en'], true),
    englishOnly: await service(other.id, 'Trauma therapy (English)', ['en'], true),
    noPractice: await service(other.id, 'Family counseling en español', ['es'], false),
  };
}
