// Entry of the browser bundle that the live e2e check and bench/liveFeed.mjs load into Chromium: the real
// engine (adapters load their clients on first use, as in the studio), exposed for page.evaluate.
import { connect } from '../connection';
import { LiveLog } from '../liveLog';

declare global {
  interface Window {
    studioLive?: { connect: typeof connect; LiveLog: typeof LiveLog };
  }
}

window.studioLive = { connect, LiveLog };
