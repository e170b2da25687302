/** The HTML gap report's only stylesheet, inlined so the file opens anywhere with no network. */
export const htmlReportStyle = `
:root { --met: #1b7f3b; --partial: #9a5a00; --missing: #b3b3b3; --ink: #1d1d1f; --muted: #555; --line: #ddd;
  --ready-now: #1b7f3b; --ready-with-training: #8a5a00; --longer-path: #8f2d2d;
  --page: #fff; --note-page: #fdf6ec; --box-page: #f6f6f6; --track: #eee; color-scheme: light dark; }
/* A phone in dark mode gets a dark page, its colours lightened to keep their contrast. */
@media (prefers-color-scheme: dark) {
  :root { --met: #5cc47c; --partial: #e0a447; --missing: #6e6e6e; --ink: #ececec; --muted: #b4b4b4; --line: #444;
    --ready-now: #5cc47c; --ready-with-training: #e0a447; --longer-path: #ef8a8a;
    --page: #161616; --note-page: #2b2418; --box-page: #222; --track: #333; } }
* { box-sizing: border-box; }
/* The reader's own text size (a phone's large-text setting) sets every size: nothing is fixed in pixels. */
body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; color: var(--ink); background: var(--page);
  font: 100%/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
h1 { margin: 0 0 .25rem; font-size: 1.75rem; }
h2 { margin: 2rem 0 .5rem; font-size: 1.35rem; }
h3 { margin: 1.25rem 0 .5rem; font-size: 1.05rem; }
.meta, .note, footer { color: var(--muted); font-size: .9rem; }
.reading-note { margin: .5rem 0; padding: .5rem .75rem; border-left: .3rem solid var(--partial); background: var(--note-page); }
table { border-collapse: collapse; width: 100%; }
.table-scroll { overflow-x: auto; }
th, td { padding: .4rem .6rem; border-bottom: 1px solid var(--line); text-align: left; }
th.number, td.number { text-align: right; }
.role { margin-top: 2rem; padding: 1rem 1.25rem; border: 1px solid var(--line); border-radius: .5rem; }
.role h2 { margin-top: 0; }
.score-line { margin: 0; font-weight: 600; }
.sought { margin: 0; font-style: italic; }
.readiness { margin: .75rem 0; padding: .5rem .75rem; border-left: .3rem solid var(--muted); background: var(--box-page); }
.readiness p { margin: 0; font-weight: 600; }
.readiness p.note { margin-top: .25rem; font-weight: 400; }
.readiness ul { margin: .25rem 0 0; }
.readiness-ready-now { border-color: var(--ready-now); }
.readiness-ready-with-training { border-color: var(--ready-with-training); }
.readiness-longer-path { border-color: var(--longer-path); }
.coverage { margin: .75rem 0; }
.coverage p { margin: 0 0 .25rem; }
.bar { display: flex; height: .9rem; width: 100%; overflow: hidden; border-radius: .45rem; background: var(--track); }
.bar span { display: block; height: 100%; }
.segment-met, .fill { background: var(--met); }
.segment-partial { background: var(--partial); }
.segment-missing { background: var(--missing); }
.legend { margin: .25rem 0; }
.chips { display: flex; flex-wrap: wrap; gap: .3rem; margin: .4rem 0 0; padding: 0; list-style: none; }
.chip { padding: .1rem .55rem; border: 1px solid; border-radius: 1rem; font-size: .85rem; }
.chip-met { border-color: var(--met); color: var(--met); }
.chip-partial { border-color: var(--partial); color: var(--partial); }
.chip-missing { border-color: var(--missing); color: var(--muted); border-style: dashed; }
.breakdown { display: grid; grid-template-columns: 12rem 1fr 9rem; gap: .35rem .75rem; align-items: center; }
.breakdown .points { text-align: right; font-variant-numeric: tabular-nums; }
.strengths { columns: 2; column-gap: 2rem; }
.strengths li { break-inside: avoid; }
.gaps li { margin-bottom: .6rem; }
.gaps p { margin: 0; }
.tag { color: var(--muted); font-size: .9rem; }
.gain { font-weight: 600; color: var(--met); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (max-width: 40rem) { .strengths { columns: 1; } .breakdown { grid-template-columns: 1fr; } .breakdown .points { text-align: left; } }
@media (max-width: 30rem) { body { padding: .75rem; } table { font-size: .875rem; } th, td { padding: .3rem .25rem; }
  /* A word breaks only when it cannot fit a line by itself: never "Ra/nk" or "poss/ible" in a narrow column. */
  th, td { overflow-wrap: break-word; } .role { padding: .75rem; } }
@media print { .role { break-inside: avoid; border: none; padding: 0; }
  /* On paper every step shows: a folded list cannot be opened there. */
  details::details-content { content-visibility: visible; display: block; } details > summary { display: none; } }
`;
