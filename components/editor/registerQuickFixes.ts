import { quickFixesFor } from '@/lib/editorIntel/quickFixes';
import type { Monaco } from './monacoSetup';

let registered = false;

/** Offers the unambiguous fixes for the studio's own markers (lightbulb, Ctrl/Cmd+.); each is one undoable edit. */
export function registerQuickFixes(monaco: Monaco): void {
  if (registered) return;
  registered = true;
  monaco.languages.registerCodeActionProvider(['yaml', 'json'], {
    provideCodeActions: (model, _range, context) => {
      const lines = { count: model.getLineCount(), get: (n: number) => model.getLineContent(n) };
      const actions = context.markers
        .filter((marker) => marker.source === 'AsyncAPI')
        .flatMap((marker) =>
          quickFixesFor(
            { message: marker.message, range: { startLine: marker.startLineNumber, startColumn: marker.startColumn, endLine: marker.endLineNumber, endColumn: marker.endColumn } },
            lines,
          ).map((fix) => ({
            title: fix.title,
            kind: 'quickfix',
            isPreferred: fix.preferred,
            diagnostics: [marker],
            edit: {
              edits: fix.edits.map((e) => ({
                resource: model.uri,
                versionId: model.getVersionId(),
                textEdit: { range: { startLineNumber: e.range.startLine, startColumn: e.range.startColumn, endLineNumber: e.range.endLine, endColumn: e.range.endColumn }, text: e.text },
              })),
            },
          })),
        );
      return { actions, dispose: () => {} };
    },
  }, { providedCodeActionKinds: ['quickfix'] });
}
