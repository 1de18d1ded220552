import { AlignmentType, BorderStyle, LineRuleType, type IParagraphStylePropertiesOptions, type IStylesOptions } from 'docx';
import { LOCALES, type Lang } from '../i18n';

/**
 * Arial is on every Windows PC; LibreOffice draws it with the metric-compatible Liberation Sans,
 * so lines and pages break in the same places in both.
 */
export const FONT = 'Arial';

export const COLORS = {
  text: '262626',
  muted: '595959',
  accent: '1F3864',
  accentSoft: 'DCE3F0',
  rule: '8EA3C8',
  draft: 'C00000',
} as const;

/** A4 portrait with 2.5 cm margins, in twips (1/20 pt); the header and footer sit 1.25 cm from the edge. */
export const PAGE = {
  width: 11_906,
  height: 16_838,
  margin: 1_418,
  headerFooterDistance: 709,
} as const;
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** The text width of a landscape page (the annexes' wide tables), same margins. */
export const LANDSCAPE_TEXT_WIDTH = PAGE.height - 2 * PAGE.margin;
/** How far each level of the organisation tree is indented in a table cell (0.5 cm). */
export const TREE_INDENT = 284;

/** Style ids used by the section modules, so a typo is a type error rather than an unstyled paragraph. */
export const STYLE = {
  subtitle: 'Subtitle',
  frontHeading: 'TOCHeading',
  /** A titled part of a front-matter page (the version history), kept out of the contents like its page's heading. */
  frontSubheading: 'FrontSubheading',
  coverInstitution: 'CoverInstitution',
  coverDetail: 'CoverDetail',
  draftMark: 'DraftMark',
  tableText: 'TableText',
  /** Smaller table text, for the many-column tables of the annexes. */
  tableTextCompact: 'TableTextCompact',
  /** The name of each group of an annex (a unit), a level-2 heading kept out of the contents. */
  annexGroup: 'AnnexGroup',
  header: 'Header',
  footer: 'Footer',
  table: 'RumboTable',
} as const;

const pt = (points: number) => points * 2; // run sizes are in half-points
const RULE_BELOW = { bottom: { style: BorderStyle.SINGLE, size: 8, color: COLORS.rule, space: 4 } };
/** The thin rule between the running header or footer and the text. */
export const FRAME_RULE = { style: BorderStyle.SINGLE, size: 4, color: COLORS.rule, space: 4 } as const;

/**
 * Real Word styles: Title, Heading 1–3 with outline levels (the navigation pane and the table
 * of contents work from them) and the built-in names Word and LibreOffice know, so a person who
 * edits the exported document keeps a consistent look.
 */
export function documentStyles(lang: Lang): IStylesOptions {
  const heading = (size: number, outlineLevel: number, before: number, after: number, extra: IParagraphStylePropertiesOptions = {}) => ({
    run: { font: FONT, size: pt(size), bold: true, color: COLORS.accent },
    paragraph: { keepNext: true, keepLines: true, outlineLevel, spacing: { before, after }, ...extra },
  });
  return {
    default: {
      document: {
        run: { font: FONT, size: pt(11), language: { value: LOCALES[lang] } },
        paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
      },
      title: {
        run: { font: FONT, size: pt(26), bold: true, color: COLORS.accent },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240, line: 240, lineRule: LineRuleType.AUTO } },
      },
      heading1: heading(16, 0, 0, 240, { border: RULE_BELOW }),
      heading2: heading(13, 1, 360, 120),
      heading3: heading(11.5, 2, 240, 80),
      hyperlink: { run: { color: '0563C1', underline: {} } },
    },
    paragraphStyles: [
      {
        id: STYLE.subtitle,
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: pt(14), color: COLORS.muted },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 240 } },
      },
      {
        // Word's own "TOC Heading": looks like a heading but is not one, so the front matter
        // (document control, contents) stays out of the table of contents and the numbering.
        id: STYLE.frontHeading,
        name: 'TOC Heading',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: pt(16), bold: true, color: COLORS.accent },
        paragraph: {
          keepNext: true,
          spacing: { before: 0, after: 240 },
          border: RULE_BELOW,
        },
      },
      {
        id: STYLE.frontSubheading,
        name: 'Front Subheading',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: pt(12), bold: true, color: COLORS.accent },
        paragraph: { keepNext: true, keepLines: true, spacing: { before: 360, after: 120 } },
      },
      {
        // Chapters stand out in the contents; Word keeps this style when it rebuilds the table.
        id: 'TOC1',
        name: 'toc 1',
        basedOn: 'Normal',
        next: 'Normal',
        uiPriority: 39,
        unhideWhenUsed: true,
        run: { bold: true },
        paragraph: { spacing: { before: 120, after: 60 } },
      },
      {
        id: STYLE.coverInstitution,
        name: 'Cover Institution',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: pt(16), bold: true, color: COLORS.text },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 120 } },
      },
      {
        id: STYLE.coverDetail,
        name: 'Cover Detail',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: pt(11), color: COLORS.muted },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 60 } },
      },
      {
        id: STYLE.draftMark,
        name: 'Draft Mark',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: pt(18), bold: true, color: COLORS.draft, characterSpacing: 60 },
        paragraph: {
          alignment: AlignmentType.CENTER,
          spacing: { before: 480, after: 60 },
          border: {
            top: { style: BorderStyle.SINGLE, size: 12, color: COLORS.draft, space: 4 },
            bottom: { style: BorderStyle.SINGLE, size: 12, color: COLORS.draft, space: 4 },
          },
        },
      },
      {
        id: STYLE.tableText,
        name: 'Table Text',
        basedOn: 'Normal',
        next: STYLE.tableText,
        run: { size: pt(10) },
        paragraph: { spacing: { before: 40, after: 40, line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: STYLE.tableTextCompact,
        name: 'Table Text Compact',
        basedOn: STYLE.tableText,
        next: STYLE.tableTextCompact,
        run: { size: pt(9) },
        paragraph: { spacing: { before: 20, after: 20, line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        // Outline level 2 under the annex's Heading 1: the navigation pane, PDF bookmarks and
        // screen readers find each unit, while the contents (built from Heading 1–3 only)
        // stays short even with hundreds of units.
        id: STYLE.annexGroup,
        name: 'Annex Group',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { size: pt(11.5), bold: true, color: COLORS.accent },
        paragraph: { keepNext: true, keepLines: true, outlineLevel: 1, spacing: { before: 280, after: 100 } },
      },
      {
        id: STYLE.header,
        name: 'header',
        basedOn: 'Normal',
        run: { size: pt(8.5), color: COLORS.muted },
        paragraph: {
          spacing: { after: 0 },
          rightTabStop: TEXT_WIDTH,
        },
      },
      {
        id: STYLE.footer,
        name: 'footer',
        basedOn: 'Normal',
        run: { size: pt(8.5), color: COLORS.muted },
        paragraph: {
          spacing: { after: 0 },
          rightTabStop: TEXT_WIDTH,
        },
      },
    ],
  };
}

/**
 * docx has no option for table styles, so the one our tables use is written as Word writes it
 * and handed over as "external" styles; docx keeps its own defaults (Normal, Title, Heading n,
 * TOC n, Hyperlink) beside it, with the changes `documentStyles` gives. (Passing it as
 * `importedStyles` instead would silently drop all of those defaults.) Thin borders, roomy
 * cells and a dark header row, which dataTable also sets directly on the header cells for
 * readers that ignore conditional table formatting.
 */
export const EXTERNAL_STYLES_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15">

<w:style w:type="table" w:styleId="${STYLE.table}">
<w:name w:val="Rumbo Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/><w:qFormat/>
<w:pPr><w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/></w:pPr>
<w:tblPr>
<w:tblBorders>
<w:top w:val="single" w:sz="4" w:space="0" w:color="${COLORS.rule}"/>
<w:left w:val="single" w:sz="4" w:space="0" w:color="${COLORS.rule}"/>
<w:bottom w:val="single" w:sz="4" w:space="0" w:color="${COLORS.rule}"/>
<w:right w:val="single" w:sz="4" w:space="0" w:color="${COLORS.rule}"/>
<w:insideH w:val="single" w:sz="4" w:space="0" w:color="${COLORS.rule}"/>
<w:insideV w:val="single" w:sz="4" w:space="0" w:color="${COLORS.rule}"/>
</w:tblBorders>
<w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="113" w:type="dxa"/><w:bottom w:w="57" w:type="dxa"/><w:right w:w="113" w:type="dxa"/></w:tblCellMar>
</w:tblPr>
<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:color w:val="FFFFFF"/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${COLORS.accent}"/></w:tcPr></w:tblStylePr>
</w:style>
</w:styles>`;
