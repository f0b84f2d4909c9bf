/**
 * The few rules of uPlot's stylesheet a chart needs to lay out its layers (the admin bundle
 * carries no CSS loader, so they are added once as a style element).
 */
const RULES = `
.uplot, .uplot *, .uplot *::before, .uplot *::after { box-sizing: border-box; }
.uplot { font-family: inherit; line-height: 1.5; width: min-content; }
.uplot .u-wrap { position: relative; user-select: none; }
.uplot .u-over, .uplot .u-under { position: absolute; }
.uplot .u-under { overflow: hidden; }
.uplot canvas { display: block; position: relative; width: 100%; height: 100%; }
.uplot .u-axis { position: absolute; }
.uplot .u-select { background: rgba(0,0,0,0.07); position: absolute; pointer-events: none; }
.uplot .u-cursor-x, .uplot .u-cursor-y { position: absolute; left: 0; top: 0; pointer-events: none; will-change: transform; }
.uplot .u-hz .u-cursor-x { height: 100%; border-right: 1px dashed #607D8B; }
.uplot .u-hz .u-cursor-y { width: 100%; border-bottom: 1px dashed #607D8B; }
.uplot .u-cursor-pt { position: absolute; top: 0; left: 0; border-radius: 50%; border: 0 solid; pointer-events: none; will-change: transform; background-clip: padding-box !important; }
.uplot .u-axis.u-off, .uplot .u-select.u-off, .uplot .u-cursor-x.u-off, .uplot .u-cursor-y.u-off, .uplot .u-cursor-pt.u-off { display: none; }
`;

const ID = 'bpconnect-uplot-styles';

export function ensureChartStyles(): void {
  if (document.getElementById(ID)) return;
  const style = document.createElement('style');
  style.id = ID;
  style.textContent = RULES;
  document.head.appendChild(style);
}
