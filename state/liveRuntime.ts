// The live engine as the live slice uses it, loaded with the first Connect: it stays out of the studio's first load.
export { planLive } from '@/lib/live/document/plan';
export { LiveSession } from '@/lib/live/liveSession';
export { LIVE_ERROR_MESSAGES, toLiveError } from '@/lib/live/liveErrors';
export { filledCredentials, withStompVirtualHost } from '@/lib/live/panelModel';
