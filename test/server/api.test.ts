/**
 * The API, one file per resource in api/ (named after src/server/routes), run in one process: a process of its own
 * per resource would load the server and the pipeline through tsx eight times (about 4 s of CPU each).
 */
import './api/auth.js';
import './api/commitments.js';
import './api/reports.js';
import './api/progress.js';
import './api/lists.js';
import './api/exports.js';
import './api/verification.js';
import './api/openapi.js';
