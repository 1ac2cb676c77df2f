import { DEFAULT_HISTORY_POLICY } from '@/lib/history/revisionPolicy';
import type { StudioStore } from './store';
import type { StudioState } from './studioState';

export interface HistoryEffectOptions {
  /** While a file keeps changing, an `edited` revision this long after the first change since the last one. */
  editIntervalMs?: number;
}

/** Every file's text version, one `id:version` per entry: any change anywhere. */
const selectVersions = (s: StudioState) =>
  Object.values(s.files)
    .map((f) => `${f.id}:${f.version}`)
    .join(',');

/** The file the timeline should show, or '' while the timeline is hidden. */
const selectTimelineFile = (s: StudioState) => (s.panels.history ? s.activeId : '');

/**
 * Local history's side effects: a revision when a file is first shown in this session (`opened`),
 * and while it is being edited, one every `editIntervalMs` (`edited`); the timeline follows the active
 * file while it is shown. Revisions before bulk changes and on save are taken by those store actions.
 * Returns the disposer.
 */
export function startHistoryEffects(store: StudioStore, options: HistoryEffectOptions = {}): () => void {
  if (!store.getState().historyEnabled) return () => {};
  const interval = options.editIntervalMs ?? DEFAULT_HISTORY_POLICY.editIntervalMs;
  const seen = new Set<string>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  let stopped = false;

  const opened = (fileId: string) => {
    if (seen.has(fileId)) return;
    seen.add(fileId);
    void store.getState().snapshot('opened', fileId);
  };

  const schedule = (fileId: string) => {
    if (timers.has(fileId)) return;
    timers.set(
      fileId,
      setTimeout(() => {
        timers.delete(fileId);
        void store
          .getState()
          .snapshot('edited', fileId)
          .then((result) => {
            // A revision taken meanwhile (before a bulk change, on save) moved the clock: edits since then wait their turn.
            if (result === 'too-soon' && !stopped && store.getState().files[fileId]) schedule(fileId);
          });
      }, interval),
    );
  };

  let versions = new Map(Object.values(store.getState().files).map((f) => [f.id, f.version]));
  const unsubscribeVersions = store.subscribe(selectVersions, () => {
    const next = new Map(Object.values(store.getState().files).map((f) => [f.id, f.version]));
    for (const [id, version] of next) {
      const before = versions.get(id);
      // A file that just appeared is not an edit: it gets its `opened` revision when shown.
      if (before !== undefined && before !== version) schedule(id);
    }
    for (const id of timers.keys()) {
      if (next.has(id)) continue;
      clearTimeout(timers.get(id));
      timers.delete(id);
    }
    versions = next;
  });
  const unsubscribeActive = store.subscribe((s) => s.activeId, opened);
  const unsubscribeTimeline = store.subscribe(selectTimelineFile, (fileId) => {
    if (fileId) void store.getState().loadTimeline(fileId);
  });

  opened(store.getState().activeId);
  if (store.getState().panels.history) void store.getState().loadTimeline();

  return () => {
    stopped = true;
    for (const handle of timers.values()) clearTimeout(handle);
    timers.clear();
    unsubscribeVersions();
    unsubscribeActive();
    unsubscribeTimeline();
  };
}
