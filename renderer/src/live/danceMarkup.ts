import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { DanceChart as Drawing } from '../../../core/live/danceChart';
import { DanceChart } from './DanceChart';

/** The dance chart's SVG as the screen renders it; bench/liveDance.bench.ts times it. */
export const danceMarkup = (drawing: Drawing): string =>
  renderToStaticMarkup(createElement(DanceChart, { drawing, label: 'Offers so far' }));
