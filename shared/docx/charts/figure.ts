import { AlignmentType, ImageRun, Paragraph } from 'docx';
import { figureCaption } from '../captions';
import type { DocumentContext } from '../context';
import type { Block } from '../outline';
import type { ChartId } from './plan-charts';

/**
 * A chart as a figure: the image, centred and kept on the page of its caption, then the caption
 * "Figura N. …" (captions.ts). Nothing when the chart was not prepared: no rasterizer, no data
 * worth a chart, or its chapter left out.
 */
export function chartFigure(context: DocumentContext, id: ChartId): Block[] {
  const chart = context.charts.get(id);
  if (!chart) return [];
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
    figureCaption(context, chart.caption),
  ];
}
