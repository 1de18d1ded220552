import { AlignmentType, ImageRun, Paragraph } from 'docx';
import { LOGO_MAX_BYTES } from '../../model/institution';
import { paragraph, textRuns } from '../blocks';
import type { DocumentContext } from '../context';
import { fitWithin, readImageInfo } from '../image-size';
import type { Block } from '../outline';
import { STYLE } from '../styles';

/** The logo is drawn inside this box (pixels at 96 dpi: 6.5 × 3.5 cm), keeping its proportions. */
const LOGO_BOX = { width: 246, height: 132 };

/** The cover page: who, what, for when, and whether it is approved. Its version, date and status are in `coverDetails`. */
export function cover(context: DocumentContext): Block[] {
  const { t, planTitle } = context;
  return [
    ...logo(context),
    paragraph(context.institutionName, { style: STYLE.coverInstitution }),
    paragraph(textRuns(planTitle, { size: titleSize(planTitle) }), { style: 'Title', spacing: { before: 2_160, after: 240 } }),
    paragraph(t('document.cover.period', { period: context.period }), { style: STYLE.subtitle }),
    ...(context.isDraft ? [paragraph(t('document.draftMark'), { style: STYLE.draftMark }), paragraph(t('document.cover.draftNotice'), { style: STYLE.coverDetail })] : []),
  ];
}

/**
 * Version, date and status, set in the cover's own footer: that keeps them at the foot of the
 * cover whatever the length of the names and titles above, in Word and LibreOffice alike.
 */
export function coverDetails(context: DocumentContext): Paragraph[] {
  const { t } = context;
  return [
    paragraph(t('document.cover.version', { version: context.versionLabel }), { style: STYLE.coverDetail }),
    paragraph(t('document.cover.date', { date: context.date(context.data.generatedAt) }), { style: STYLE.coverDetail }),
    paragraph(t('document.cover.status', { status: context.status }), { style: STYLE.coverDetail }),
  ];
}

/** Long titles are set smaller (half-points) so that the cover stays one page. */
function titleSize(title: string): number | undefined {
  if (title.length > 160) return 36;
  if (title.length > 90) return 44;
  return undefined; // the Title style's own size
}

/** The institution's logo, or nothing when the bytes are not a readable PNG/JPEG of sane size. */
function logo(context: DocumentContext): Block[] {
  const image = context.data.institution.logo;
  if (!image || image.bytes.length > LOGO_MAX_BYTES) return [];
  // The bytes decide what the image is; the MIME type stored beside them is only a claim.
  const info = readImageInfo(image.bytes);
  if (!info) return [];
  const alt = context.t('document.cover.logoAlt', { institution: context.institutionName });
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 240, after: 480 },
      children: [
        new ImageRun({
          type: info.kind,
          data: image.bytes,
          transformation: fitWithin(info, LOGO_BOX),
          altText: { name: alt, title: alt, description: alt },
        }),
      ],
    }),
  ];
}
