import { toErrorValue } from '../../../../shared/errors';
import { documentFileName } from '../../../../shared/files/file-names';
import type { Lang } from '../../../../shared/i18n';
import type { SnapshotInfo } from '../../../../shared/model/sharing';
import type { DocumentExportOutcome, PlanController } from '../../app/session';

/**
 * Builds the Word document of an approved version, as it was approved (no DRAFT marking, its own
 * document control and texts, in the plan's language), and hands it to the host under the name
 * the current plan's document would have with that version number. Same outcomes as the
 * export panel: the user is looking at this table and may retry from it.
 */
export async function exportApprovedVersion(
  controller: Pick<PlanController, 'query' | 'host'>,
  version: Pick<SnapshotInfo, 'id' | 'label'>,
  names: { institution: string; title: string },
  lang: Lang,
): Promise<DocumentExportOutcome> {
  try {
    const bytes = await controller.query('version.export', { id: version.id });
    const written = await controller.host.saveDocument(documentFileName({ ...names, version: version.label }), bytes);
    return written ? { kind: 'written', name: written.name } : { kind: 'cancelled' };
  } catch (error) {
    return { kind: 'failed', error: toErrorValue(error, lang) };
  }
}
