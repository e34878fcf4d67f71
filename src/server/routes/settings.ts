/** The office's settings (序时进度 thresholds, the default reporting cycle): everyone logged in reads them; the office sets them. */
import { getSettings, updateSettings, type OfficeSettings } from '../../ledger/index.js';
import { DEFAULT_REPORTING_CYCLE, PACE_LAG_POINTS } from '../../loop/index.js';
import { SUPERVISORS, userOf } from '../auth.js';
import { SettingsBody, SettingsResponse } from '../schemas/admin.js';
import { errors } from '../schemas/common.js';
import type { App, ServerContext } from '../context.js';

const tags = ['settings'];
const DEFAULTS: OfficeSettings = { paceLag: { ...PACE_LAG_POINTS }, reportingCycle: { ...DEFAULT_REPORTING_CYCLE } };
const inForce = (set: Partial<OfficeSettings>) => ({ settings: { ...DEFAULTS, ...set }, defaults: DEFAULTS });

export function settingsRoutes(app: App, ctx: ServerContext): void {
  app.get(
    '/api/settings',
    { config: { access: 'user' }, schema: { tags, summary: '督办设置（序时进度阈值、默认报送周期）', response: { 200: SettingsResponse, ...errors(401) } } },
    async () => inForce(await getSettings(ctx.ledger)),
  );

  app.put(
    '/api/settings',
    {
      config: { access: SUPERVISORS },
      schema: { tags, summary: '修改督办设置', body: SettingsBody, response: { 200: SettingsResponse, ...errors(400, 401, 403) } },
    },
    async (request) => inForce(await updateSettings(ctx.ledger, userOf(request).id, request.body)),
  );
}
