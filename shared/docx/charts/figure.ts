import { AlignmentType, ImageRun, Paragraph, SequentialIdentifier, TextRun } from 'docx';
import type { DocumentContext } from '../context';
import type { Block } from '../outline';
import type { ChartId } from './plan-charts';

/**
 * A chart as a figure: the image, centred and kept on the page of its caption, then the caption
 * "Figura N. …" in Word's Caption style, N being a SEQ field as Word's Insert Caption writes it (so
 * Word can list the figures and renumber them). Nothing when the chart was not prepared: no
 * rasterizer, no data worth a chart, or its chapter left out.
 */
export function chartFigure(context: DocumentContext, id: ChartId): Block[] {
  const chart = context.charts.get(id);
  if (!chart) return [];
  const figure = context.t('charts.figure');
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 120, after: 60 },
      children: [
        new ImageRun({
          type: 'png',
          data: chart.png,
          transformation: { width: chart.width, height: chart.height },
          altText: { name: chart.caption, title: chart.caption, description: chart.description },
        }),
      ],
    }),
    new Paragraph({
      style: 'Caption',
      alignment: AlignmentType.CENTER,
      keepLines: true,
      children: [new TextRun(`${figure} `), new SequentialIdentifier(figure), new TextRun(`. ${chart.caption}`)],
    }),
  ];
}
