// bench: Apache ECharts, tree-shaken (echarts/core with PieChart, the title component and the
// canvas renderer): one chart of four donut pies, the level in each centre, titles as captions.
import { init, use } from 'echarts/core';
import { PieChart } from 'echarts/charts';
import { TitleComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { ACCENT, TRACK, loadRings } from '../lib/rings.js';
import { bench } from '../lib/bench.js';

use([PieChart, TitleComponent, CanvasRenderer]);

const rings = await loadRings();
const frame = document.createElement('div');
frame.style.cssText = 'width:640px;height:200px';
document.body.append(frame);
const chart = init(frame, null, { renderer: 'canvas', devicePixelRatio: 1 });
const centre = (index) => 80 + index * 160;
chart.setOption({
  animation: false,
  title: rings.map((ring, index) => ({
    text: ring.label,
    subtext: ring.levelLabel + (ring.start === null ? '' : ` (from level ${ring.start})`),
    left: centre(index),
    top: 140,
    textAlign: 'center',
    textStyle: { fontSize: 13 },
  })),
  series: rings.map((ring, index) => ({
    type: 'pie',
    radius: [42, 56],
    center: [centre(index), 66],
    silent: true,
    label: {
      show: true,
      position: 'center',
      formatter: () => String(ring.level ?? '–'),
      fontSize: 28,
    },
    labelLine: { show: false },
    data: [
      { value: ring.level ?? 0, itemStyle: { color: ACCENT } },
      { value: ring.max - (ring.level ?? 0), itemStyle: { color: TRACK }, label: { show: false } },
    ],
  })),
});

bench.register({
  // setOption renders and flushes the canvas synchronously.
  ready: () => Boolean(frame.querySelector('canvas')),
  marks: () => bench.canvasMarks(0.03),
});
