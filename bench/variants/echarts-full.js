// bench: Apache ECharts, the full build (`import * as echarts from 'echarts'`, as most examples
// do): the same heatmap, visualMap and dataZoom as the tree-shaken variant.
import * as echarts from 'echarts';
import { drawMatrix } from '../lib/echarts-matrix.js';

await drawMatrix(echarts.init);
