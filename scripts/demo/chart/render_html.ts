// chart.html: the chart SVG inline and the run's summary below it, one file that opens in any browser.
import { escapeXml } from './panel.ts';

export function renderChartHtml(title: string, svg: string, summaryText: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeXml(title)}</title>
<style>
body{margin:24px;font-family:'DejaVu Sans',Helvetica,Arial,sans-serif;color:#222;background:#fafafa}
svg{max-width:100%;height:auto;background:#fff;border:1px solid #ddd}
pre{background:#fff;border:1px solid #ddd;padding:12px;font-size:13px;overflow-x:auto}
</style>
</head>
<body>
<h1>${escapeXml(title)}</h1>
${svg.trim()}
<h2>Summary</h2>
<pre>${escapeXml(summaryText)}</pre>
</body>
</html>
`;
}
