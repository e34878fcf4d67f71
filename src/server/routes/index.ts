/** Every resource's routes, one file each. */
import type { App, ServerContext } from '../context.js';
import { authRoutes } from './auth.js';
import { reportRoutes } from './reports.js';
import { splitRoutes } from './splits.js';
import { commitmentRoutes } from './commitments.js';
import { assignmentRoutes } from './assignments.js';
import { progressRoutes } from './progress.js';
import { requestRoutes } from './requests.js';
import { periodSheetRoutes } from './period-sheets.js';
import { unitRoutes } from './units.js';
import { settingsRoutes } from './settings.js';
import { deliveryRoutes } from './deliveries.js';
import { userRoutes } from './users.js';
import { listRoutes } from './lists.js';
import { scorecardRoutes } from './scorecards.js';
import { dashboardRoutes } from './dashboard.js';
import { verificationRoutes } from './verification.js';
import { exchangeRoutes } from './exports.js';
import { outcomeRoutes } from './outcomes.js';
import { auditRoutes } from './audit.js';
import { publicRoutes } from './public.js';
import { openapiRoutes } from './openapi.js';

export function routes(app: App, ctx: ServerContext): void {
  for (const register of [
    authRoutes,
    reportRoutes,
    splitRoutes,
    commitmentRoutes,
    assignmentRoutes,
    progressRoutes,
    requestRoutes,
    periodSheetRoutes,
    unitRoutes,
    settingsRoutes,
    deliveryRoutes,
    userRoutes,
    listRoutes,
    scorecardRoutes,
    dashboardRoutes,
    verificationRoutes,
    exchangeRoutes,
    outcomeRoutes,
    auditRoutes,
    publicRoutes,
    openapiRoutes,
  ]) {
    register(app, ctx);
  }
}
