import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterNextRender,
  effect,
  inject,
  input,
} from '@angular/core';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
  type ChartConfiguration,
  type ChartDataset,
  type PointStyle,
} from 'chart.js';
import type { ChartModel } from '../dashboard-figures';

// Only what the dashboard draws, so the rest of Chart.js is left out of its download.
Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  PointElement,
  Tooltip,
);

/**
 * Series colours: each at least 3:1 against the white background (WCAG 1.4.11; the lightest,
 * #1d70b8, is 5.2:1). Colour is never the only cue: lines differ in marker and dash, bars in
 * fill pattern, and the legend shows both.
 */
export const SERIES_COLOURS = ['#0b3a75', '#c42d1b', '#00703c', '#4c2c92', '#6f4e00', '#1d70b8'];
const MARKERS: PointStyle[] = ['circle', 'triangle', 'rect', 'rectRot', 'crossRot', 'star'];
const DASHES: number[][] = [[], [6, 4], [2, 3], [10, 3, 2, 3], [1, 6], [12, 6]];

/** Diagonal stripes in the series' colour on white: the second bar series' fill. */
function stripes(colour: string, document: Document): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const context = tile.getContext('2d');
  if (!context) return colour;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, 8, 8);
  context.strokeStyle = colour;
  context.lineWidth = 2;
  context.beginPath();
  context.moveTo(0, 8);
  context.lineTo(8, 0);
  context.moveTo(-2, 2);
  context.lineTo(2, -2);
  context.moveTo(6, 10);
  context.lineTo(10, 6);
  context.stroke();
  return context.createPattern(tile, 'repeat') ?? colour;
}

function datasets(model: ChartModel, document: Document): ChartDataset<'line' | 'bar'>[] {
  return model.series.map((series, index) => {
    const colour = SERIES_COLOURS[index % SERIES_COLOURS.length]!;
    if (model.kind === 'line') {
      return {
        type: 'line' as const,
        label: series.label,
        data: series.values,
        borderColor: colour,
        backgroundColor: colour,
        borderDash: DASHES[index % DASHES.length]!,
        pointStyle: MARKERS[index % MARKERS.length]!,
        pointRadius: 5,
        spanGaps: false,
      };
    }
    return {
      type: 'bar' as const,
      label: series.label,
      data: series.values,
      borderColor: colour,
      borderWidth: 2,
      backgroundColor: index === 0 ? colour : stripes(colour, document),
    };
  });
}

function configuration(model: ChartModel, document: Document): ChartConfiguration<'line' | 'bar'> {
  return {
    type: model.kind,
    data: { labels: model.labels, datasets: datasets(model, document) },
    options: {
      // Motion helps no one read a figure, and some readers it hurts.
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      // The table beside the chart is its accessible version; the canvas is hidden from
      // assistive technology, and hovering adds nothing the table lacks.
      events: [],
      scales: {
        y: {
          beginAtZero: true,
          ...(model.unit === 'percent' ? { max: 100 } : { ticks: { precision: 0 } }),
          ticks: {
            color: '#0b0c0c',
            ...(model.unit === 'percent' ? { callback: (value) => `${value}%` } : { precision: 0 }),
          },
          grid: { color: '#b1b4b6' },
        },
        x: {
          ticks: { color: '#0b0c0c', autoSkip: true, maxRotation: 45 },
          grid: { display: false },
        },
      },
      plugins: {
        legend: {
          display: model.series.length > 1,
          position: 'bottom',
          labels: { color: '#0b0c0c', usePointStyle: model.kind === 'line', boxWidth: 24 },
        },
        tooltip: { enabled: false },
      },
    },
  };
}

/**
 * One chart, drawn with Chart.js on a canvas hidden from assistive technology: the page puts
 * the same figures in a table and a sentence beside it. Drawn after the first render (the
 * canvas exists only in a browser) and redrawn when the figures change.
 */
@Component({
  selector: 'app-dashboard-chart',
  template: '<canvas aria-hidden="true"></canvas>',
  styles: `
    :host {
      display: block;
      position: relative;
      height: 18rem;
      margin-block-end: 1rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DashboardChart {
  readonly model = input.required<ChartModel>();

  private chart: Chart<'line' | 'bar'> | undefined;

  constructor() {
    const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    let rendered = false;
    const draw = (model: ChartModel) => {
      this.chart?.destroy();
      const canvas = host.querySelector('canvas');
      if (!canvas) return;
      this.chart = new Chart(canvas, configuration(model, host.ownerDocument));
    };
    afterNextRender(() => {
      rendered = true;
      draw(this.model());
    });
    effect(() => {
      const model = this.model();
      if (rendered) draw(model);
    });
    inject(DestroyRef).onDestroy(() => this.chart?.destroy());
  }
}
