import { handleLayoutRequest } from './layoutJob';
import type { LayoutWorkerRequest, LayoutWorkerResponse } from './protocol';
import { serveJobs } from './serveJobs';

// The visualizer's layout, apart from the analysis: a graph too large to lay out in time costs only this worker.
serveJobs<LayoutWorkerRequest, LayoutWorkerResponse>(handleLayoutRequest);
