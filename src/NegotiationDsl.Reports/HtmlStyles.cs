namespace NegotiationDsl.Reports;

/// <summary>The report page's one style sheet, inline: screen and print, the state colours, and the timeline's.</summary>
internal static class HtmlStyles
{
    public const string Css = """
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
figure.timeline { margin: .5em 0 1em; }
figure.timeline svg { width: 100%; height: auto; display: block; border: 1px solid var(--line); border-radius: 6px; background: #fff; }
figure.timeline figcaption { color: var(--muted); font-size: .88em; margin-top: .3em; }
.tl-axis { stroke: #aab2c0; stroke-width: 1; }
.tl-grid { stroke: #e6e9ef; stroke-width: 1; }
.tl-tick { fill: var(--muted); font-size: 11px; }
.tl-section { fill: var(--ink); font-size: 12px; font-weight: 700; }
.tl-label { fill: var(--ink); font-size: 12px; }
.tl-meeting { fill: #2f5d8a; }
.tl-deadline { fill: #9aa5b8; }
.tl-term { fill: #5b7db1; }
.tl-milestone { fill: #7b5ea7; stroke: #fff; stroke-width: 1; }
.tl-deadline.tl-state-due { fill: #e0a800; }
.tl-deadline.tl-state-overdue, .tl-deadline.tl-state-broken, .tl-event.tl-state-broken { fill: #c0392b; }
.tl-deadline.tl-state-fulfilled, .tl-event.tl-state-fulfilled { fill: #2e8b57; }
.tl-deadline.tl-state-fulfilled-late, .tl-event.tl-state-fulfilled-late { fill: #8a9a1b; }
.tl-deadline.tl-state-unknown { fill: #9b6fbf; }
.tl-event { fill: #4a4a4a; stroke: #fff; stroke-width: 1; }
.tl-period { fill: #5b8db8; }
.tl-period.tl-state-violated, .tl-event.tl-state-violated { fill: #c0392b; }
.tl-asof { stroke: #c0392b; stroke-width: 1.5; stroke-dasharray: 4 3; }
.tl-asof-label { fill: #c0392b; font-size: 11px; font-weight: 600; }
footer { margin-top: 2.5em; padding-top: .6em; border-top: 1px solid var(--line); color: var(--muted); font-size: .85em; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  nav { display: none; }
  a { color: inherit; text-decoration: none; }
  h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  tr, li, blockquote, figure { break-inside: avoid; page-break-inside: avoid; }
  .table { overflow: visible; }
  .state, .tl-meeting, .tl-deadline, .tl-period, .tl-term, .tl-milestone, .tl-event, tbody tr:nth-child(even) td, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
""";
}
