/** Monaco's own keys that the studio relies on (its providers answer them), listed in the help; Monaco handles them. */
export const EDITOR_SHORTCUTS: ReadonlyArray<{ keys: string; description: string }> = [
  { keys: 'Ctrl+Space', description: 'Suggest: keys of the spec, $ref targets, snippets' },
  { keys: 'Ctrl/Cmd+.', description: 'Quick fix for the problem under the cursor' },
  { keys: 'F12', description: 'Go to the definition of a $ref' },
  { keys: 'Shift+F12', description: 'Find the references to a component' },
  { keys: 'F2', description: 'Rename a component and every $ref to it' },
  { keys: 'F8 / Shift+F8', description: 'Next / previous problem, shown inline' },
  { keys: 'Ctrl/Cmd+Shift+O', description: 'Go to a symbol (channel, operation, message…)' },
  { keys: 'Ctrl+G', description: 'Go to line' },
  { keys: 'Ctrl/Cmd+F', description: 'Find in the document' },
  { keys: 'Ctrl/Cmd+H', description: 'Find and replace' },
  { keys: 'Ctrl/Cmd+Z', description: 'Undo, also a conversion, format swap or template' },
  { keys: 'Ctrl/Cmd+/', description: 'Comment or uncomment the line' },
  { keys: 'Alt+Up / Alt+Down', description: 'Move the line up or down' },
  { keys: 'Ctrl/Cmd+Shift+[ / ]', description: 'Fold or unfold the block' },
  { keys: 'Ctrl+M', description: 'Tab moves focus out of the editor (instead of indenting) until pressed again' },
  { keys: 'F1', description: 'All editor commands' },
];

/** Keys of the studio's panels, tabs and lists. */
export const PANEL_KEYS: ReadonlyArray<{ keys: string; description: string }> = [
  { keys: 'Tab / Shift+Tab', description: 'Move between the toolbar, tabs, splitters, panels and lists' },
  { keys: 'Left / Right, Home / End', description: 'Move between tabs (documents, side panels)' },
  { keys: 'Delete', description: 'Close the tab that has focus (a document or a side panel)' },
  { keys: 'F2', description: 'Rename the document whose tab has focus' },
  { keys: 'Arrows, Home / End on a splitter', description: 'Resize the panes on either side (Enter on the sidebar’s splitter folds it)' },
  { keys: 'Up / Down', description: 'Move between problems in the problems list; Enter goes to one' },
  { keys: 'Escape', description: 'Close a dialog or a menu' },
];
