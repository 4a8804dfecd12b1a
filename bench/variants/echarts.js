// bench: Apache ECharts, tree-shaken (echarts/core with HeatmapChart, the grid, visualMap and
// dataZoom components and the canvas renderer): a heatmap of every row, a 480 px canvas showing
// the rows in view through a y-axis dataZoom (filterMode 'filter': only they are drawn).
// Sort sets the rows sorted in JS as new series data.
import { init, use } from 'echarts/core';
import { HeatmapChart } from 'echarts/charts';
import { DataZoomComponent, GridComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { drawMatrix } from '../lib/echarts-matrix.js';

use([HeatmapChart, GridComponent, VisualMapComponent, DataZoomComponent, CanvasRenderer]);
await drawMatrix(init);
