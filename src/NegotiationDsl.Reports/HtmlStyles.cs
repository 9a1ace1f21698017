namespace NegotiationDsl.Reports;

/// <summary>
/// The report page's one style sheet, inline: screen and print, the state colours, and the timeline's, whose marks'
/// colours come from <see cref="TimelineMarks"/>. The timeline's SVG never shrinks below the width at which its
/// smallest text renders at 10 px: on a narrower screen it scrolls sideways.
/// </summary>
internal static class HtmlStyles
{
    public static readonly string Css = Base + TimelineMarks.Css() + Print;

    private const string Base = """
:root { --ink: #1d2330; --muted: #5b6475; --line: #d5dae3; --band: #f4f6f9; --accent: #2f5d8a; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 1120px; padding: 24px 28px 48px; color: var(--ink); background: #fff;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
h1 { font-size: 1.9em; margin: 0 0 .3em; line-height: 1.2; }
h2 { font-size: 1.4em; margin: 1.8em 0 .5em; padding-bottom: .2em; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.15em; margin: 1.5em 0 .4em; }
h4 { font-size: 1em; margin: 1.2em 0 .3em; color: var(--accent); }
p { margin: .4em 0 .8em; }
a { color: var(--accent); }
code { font: .9em/1.3 ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; background: var(--band); padding: 0 .25em; border-radius: 3px; }
.quoted { font-style: italic; }
.actor { font-weight: 600; }
.date { white-space: nowrap; }
nav { background: var(--band); border: 1px solid var(--line); border-radius: 6px; padding: .6em 1.2em; margin: 1em 0; }
nav h2 { font-size: 1em; border: 0; margin: .2em 0; padding: 0; }
nav ul { margin: .2em 0; padding-left: 1.2em; }
.table { overflow-x: auto; margin: .5em 0 1em; }
table { border-collapse: collapse; width: 100%; font-size: .92em; }
th, td { border: 1px solid var(--line); padding: .35em .5em; text-align: left; vertical-align: top; }
th { background: var(--band); font-weight: 600; }
tbody tr:nth-child(even) td { background: #fafbfc; }
ul.entries { padding-left: 1.2em; }
ul.entries li { margin: .3em 0; }
.note { color: var(--muted); font-size: .85em; }
blockquote { margin: .3em 0 .5em; padding: .2em .8em; border-left: 3px solid var(--line); color: #333b4a; }
.state { display: inline-block; padding: 0 .45em; border-radius: 3px; font-weight: 600; font-size: .9em; white-space: nowrap; background: #e6e9ef; }
.state-open { background: #e3ecf7; color: #1f4f82; }
.state-due { background: #fff1cc; color: #7a5400; }
.state-overdue, .state-broken, .state-rejected { background: #fbe0e0; color: #8f1d1d; }
.state-fulfilled, .state-agreed { background: #dcf3e3; color: #17603a; }
.state-fulfilled-late { background: #e9f1d2; color: #4d5e12; }
.state-withdrawn, .state-not-made-yet { background: #ececec; color: #4a4a4a; }
.state-unknown { background: #efe4f7; color: #5b2d7a; }
.state-offered-for-discussion { background: #e0f0f5; color: #135a6b; }
figure.timeline { margin: .5em 0 1em; overflow-x: auto; }
figure.timeline > svg { width: 100%; min-width: 880px; height: auto; display: block; border: 1px solid var(--line); border-radius: 6px; background: #fff; }
figure.timeline figcaption { color: var(--muted); font-size: .88em; margin-top: .3em; }
.tl-axis { stroke: #aab2c0; stroke-width: 1; }
.tl-grid { stroke: #e6e9ef; stroke-width: 1; }
.tl-tick { fill: var(--muted); font-size: 12px; }
.tl-section { fill: var(--ink); font-size: 13px; font-weight: 700; }
.tl-label { fill: var(--ink); font-size: 13px; }
.tl-asof-label { fill: #c0392b; font-size: 12px; font-weight: 600; }
.tl-break-label { fill: var(--muted); font-size: 12px; }
ul.tl-legend { list-style: none; margin: .4em 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: .2em 1.2em; font-size: .88em; color: var(--muted); }
ul.tl-legend li { display: flex; align-items: center; gap: .4em; }
svg.tl-swatch { width: 22px; height: 14px; flex: none; }
@media (max-width: 640px) {
  body { padding: 16px 12px 32px; }
}
footer { margin-top: 2.5em; padding-top: .6em; border-top: 1px solid var(--line); color: var(--muted); font-size: .85em; }
@page { size: A4; margin: 14mm 12mm; }
""";

    private const string Print = """
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  nav { display: none; }
  a { color: inherit; text-decoration: none; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  tr, li, blockquote, figure { break-inside: avoid; page-break-inside: avoid; }
  .table, figure.timeline { overflow: visible; }
  figure.timeline > svg { min-width: 0; }
  figure.timeline, .tl-legend, .state, tbody tr:nth-child(even) td, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
""";
}
