/** The export's own stylesheet: system fonts only, so the file needs nothing from the network. */
export const DOCS_CSS = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #fff; --code: #f6f8fa; --accent: #0969da; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --bg: #0d1117; --code: #151b23; --accent: #4493f8; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.asyncapi-docs { max-width: 960px; margin: 0 auto; padding: 2rem 1.25rem 4rem; }
h1 { font-size: 2rem; margin: 0 0 .5rem; } h1 .version { color: var(--muted); font-weight: 400; font-size: 1.25rem; }
h2 { border-bottom: 1px solid var(--line); padding-bottom: .3rem; margin-top: 2.5rem; }
h3 { margin: 1.75rem 0 .5rem; } h4 { margin: 1.25rem 0 .5rem; }
a { color: var(--accent); }
code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9em; background: var(--code); border-radius: 4px; }
code { padding: .1em .3em; overflow-wrap: anywhere; } pre { padding: .75rem; overflow: auto; } pre code { padding: 0; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .5rem 0; } dt { color: var(--muted); } dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .9em; }
th, td { border: 1px solid var(--line); padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: var(--code); }
.item { border-left: 3px solid var(--line); padding-left: 1rem; }
.summary { color: var(--muted); font-style: italic; }
.tag { display: inline-block; border: 1px solid var(--line); border-radius: 999px; padding: 0 .6rem; font-size: .85em; }
.action { text-transform: uppercase; font-size: .8em; padding: .1em .5em; border-radius: 4px; color: #fff; background: #6e7781; }
.action-send, .action-publish { background: #1a7f37; } .action-receive, .action-subscribe { background: #0969da; }
blockquote { margin: 0; padding-left: 1rem; border-left: 3px solid var(--line); color: var(--muted); }
@media print { .item { break-inside: avoid; } }
`;
