import type { Severity } from '@/lib/analysis/diagnostic';

export type ThemeChoice = 'system' | 'light' | 'dark';

/** The user's preferences in this browser (not part of any workspace). */
export interface Settings {
  theme: ThemeChoice;
  editorFontSize: number;
  wordWrap: boolean;
  /** Pause in typing before the full analysis runs. */
  analysisDelayMs: number;
  /** Which severities the problems list and the editor show. */
  shownSeverities: Record<Severity, boolean>;
  /** Origins (`https://host[:port]`) whose remote `$ref`s the analysis may fetch; the user adds them. */
  allowedRefOrigins: string[];
}

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  editorFontSize: 13,
  wordWrap: false,
  analysisDelayMs: 300,
  shownSeverities: { error: true, warning: true, info: true, hint: true },
  allowedRefOrigins: [],
};

export const SETTINGS_STORAGE_KEY = 'asyncapi-studio-settings';

const clamp = (value: unknown, min: number, max: number, fallback: number) =>
  typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : fallback;

/** Only `https://host[:port]` origins: a remote ref is never fetched over plain http or from a path-carrying value. */
export function normalizeOrigin(value: string): string | null {
  try {
    const url = new URL(value.includes('://') ? value.trim() : `https://${value.trim()}`);
    return url.protocol === 'https:' && url.hostname !== '' ? url.origin : null;
  } catch {
    return null;
  }
}

/** Whatever storage held, as valid settings: unknown or broken fields fall back to their defaults. */
export function readSettings(raw: unknown): Settings {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof Settings, unknown>>;
  const shown = (typeof value.shownSeverities === 'object' && value.shownSeverities !== null ? value.shownSeverities : {}) as Record<string, unknown>;
  const origins = Array.isArray(value.allowedRefOrigins) ? value.allowedRefOrigins : [];
  return {
    theme: value.theme === 'light' || value.theme === 'dark' ? value.theme : 'system',
    editorFontSize: clamp(value.editorFontSize, 9, 32, DEFAULT_SETTINGS.editorFontSize),
    wordWrap: value.wordWrap === true,
    analysisDelayMs: clamp(value.analysisDelayMs, 50, 5000, DEFAULT_SETTINGS.analysisDelayMs),
    shownSeverities: {
      error: shown.error !== false,
      warning: shown.warning !== false,
      info: shown.info !== false,
      hint: shown.hint !== false,
    },
    allowedRefOrigins: [...new Set(origins.flatMap((o) => (typeof o === 'string' ? [normalizeOrigin(o)] : [])).filter((o): o is string => o !== null))],
  };
}
