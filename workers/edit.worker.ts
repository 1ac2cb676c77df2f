import { runEditJob } from '@/lib/edit/editJobs';
import type { EditWorkerRequest, EditWorkerResponse } from './protocol';
import { serveJobs } from './serveJobs';

// Visual editing: minimal-edit plans, inspector forms, field validation (Ajv compiles code: worker only), references, the guide.
serveJobs<EditWorkerRequest, EditWorkerResponse>(async ({ id, version, job }) => ({ type: 'edit-result', id, version, result: await runEditJob(job) }));
