import { describeLinkError, LinkError } from '@/lib/share/linkErrors';
import { fetchLinkedDocument, readIncomingLink, withoutIncomingLink } from '@/lib/share/readLink';
import type { FetchLike } from '@/lib/share/readLink';
import type { StudioStore } from './store';

export interface LinkEnvironment {
  href: string;
  /** Removes the link from the address bar, so a reload does not open it again. */
  replaceUrl: (href: string) => void;
  fetchImpl?: FetchLike;
  /**
   * Calls back with the address of each request the page's security policy refuses while it runs (the
   * browser's `securitypolicyviolation` events), so a refused download is not blamed on the server.
   * Returns the disposer. Absent in unit tests.
   */
  watchPolicy?: (onBlocked: (blockedUrl: string) => void) => () => void;
}

const NOT_ASYNCAPI =
  'The document from this link does not look like an AsyncAPI document (no "asyncapi" version at its top). It was opened anyway; the problems list says what is wrong.';

function nameFromUrl(url: string): string {
  try {
    const last = new URL(url).pathname.split('/').filter(Boolean).at(-1);
    return last ? decodeURIComponent(last) : new URL(url).host;
  } catch {
    return 'Linked document';
  }
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

function sameOrigin(a: string, b: string): boolean {
  return originOf(a) === originOf(b);
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * Opens what the page address carries (a shared document, a Studio `?base64=` link, a `?url=` to
 * download) as a NEW tab beside the restored workspace. Bad links only produce a message. Called once.
 */
export async function openIncomingLink(store: StudioStore, env: LinkEnvironment): Promise<void> {
  const link = readIncomingLink(env.href);
  if (link.kind === 'none') return;
  env.replaceUrl(withoutIncomingLink(env.href));
  const state = store.getState();
  if (link.kind === 'error') {
    state.notify('error', describeLinkError(link.error));
    return;
  }
  if (link.kind === 'text') {
    const name = link.source === 'base64' ? 'Shared document (Studio link)' : 'Shared document';
    state.openDocument(link.text, name, { readOnly: link.readOnly });
    if (!link.looksLikeAsyncApi) state.notify('warning', NOT_ASYNCAPI);
    return;
  }
  const loading = state.notify('info', `Loading document from ${hostOf(link.url)}…`);
  const blocked: string[] = [];
  const stopWatching = env.watchPolicy?.((url) => blocked.push(url)) ?? (() => {});
  const fetched = await fetchLinkedDocument(link.url, env.fetchImpl ? { fetchImpl: env.fetchImpl } : {});
  stopWatching();
  store.getState().dismissNotice(loading);
  if (!fetched.ok) {
    const refused = fetched.error.code === 'fetch-failed' && blocked.some((url) => sameOrigin(url, link.url));
    const error = refused ? new LinkError('blocked-by-policy', originOf(link.url)) : fetched.error;
    store.getState().notify('error', `${describeLinkError(error)} Address: ${link.url}`);
    return;
  }
  store.getState().openDocument(fetched.text, nameFromUrl(link.url), { readOnly: link.readOnly });
  store.getState().notify(fetched.looksLikeAsyncApi ? 'info' : 'warning', fetched.looksLikeAsyncApi ? `Opened the document from ${hostOf(link.url)}.` : NOT_ASYNCAPI);
}
