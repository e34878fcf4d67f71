import { z } from 'zod';
import { BOUNDS, Id, ReportingCycleSchema, RoleSchema, Text, Unit, User } from './common.js';

const UnitName = Text(BOUNDS.name).trim().min(1);
export const UnitBody = z.object({ name: UnitName, aliases: z.array(UnitName).max(BOUNDS.list).optional() }).strict();
export const UnitPatchBody = UnitBody.partial().strict();
export const UnitResponse = z.object({ unit: Unit });
export const UnitList = z.object({ units: z.array(Unit) });

export const UserBody = z
  .object({
    username: Text(BOUNDS.name).trim().min(1),
    password: Text(BOUNDS.password).min(8),
    role: RoleSchema,
    unitId: Id.optional(),
  })
  .strict();
export const UserPatchBody = z
  .object({
    role: RoleSchema.optional(),
    unitId: Id.nullable().optional(),
    password: Text(BOUNDS.password).min(8).optional().meta({ description: "a new password ends the account's sessions (changing one's own keeps the session it is changed in)" }),
    disabled: z.boolean().optional().meta({ description: 'disable (true) or enable (false) the account; disabling ends its sessions' }),
  })
  .strict();
export const UserResponse = z.object({ user: User });
export const UserList = z.object({ users: z.array(User) });

/** 序时进度 thresholds in percentage points: amber beyond `atRisk`, red beyond `behind`. */
const PaceLag = z
  .object({ atRisk: z.number().min(0).max(100), behind: z.number().min(0).max(100) })
  .strict()
  .refine((lag) => lag.atRisk < lag.behind, { error: 'paceLag: atRisk must be below behind', path: ['atRisk'] });
export const Settings = z.object({ paceLag: PaceLag, reportingCycle: ReportingCycleSchema });
export const SettingsBody = Settings.partial().strict();
/** The settings in force (the office's, else the defaults), and the defaults beside them. */
export const SettingsResponse = z.object({ settings: Settings, defaults: Settings });

/** Where a unit's reminders go: its contact's e-mail, a 钉钉 or 企业微信 group robot. */
const WebhookUrl = Text(BOUNDS.name * 4).refine((s) => /^https?:\/\/[^\s]+$/.test(s), { error: 'expected an http(s) URL' });
export const UnitContactBody = z
  .object({
    email: z.email().max(BOUNDS.name).optional(),
    webhook: z
      .object({
        kind: z.enum(['dingtalk', 'wecom']),
        url: WebhookUrl,
        secret: Text(BOUNDS.name).min(1).nullable().optional().meta({ description: "钉钉's 加签 secret; left out: the one set for this URL is kept; null: removed" }),
      })
      .strict()
      .optional(),
  })
  .strict();
export const UnitContact = z.object({
  unitId: Id,
  email: z.string().optional(),
  webhook: z.object({ kind: z.enum(['dingtalk', 'wecom']), url: z.string(), signed: z.boolean().meta({ description: 'a 加签 secret is set (never shown)' }) }).optional(),
});
export const UnitContactList = z.object({ contacts: z.array(UnitContact) });
export const Delivery = z.object({
  id: Id,
  unitId: Id,
  channel: z.enum(['email', 'dingtalk', 'wecom']),
  day: z.string(),
  to: z.string(),
  subject: z.string(),
  body: z.string(),
  state: z.enum(['pending', 'sending', 'sent', 'failed']),
  attempts: z.number().int(),
  lastError: z.string().optional(),
  nextAttemptAt: z.string().optional(),
  createdAt: z.string(),
  sentAt: z.string().optional(),
});
export const DeliveryList = z.object({ deliveries: z.array(Delivery) });
export const SendResponse = z.object({ planned: z.number().int().meta({ description: 'sendings planned now (the rest of today were planned before)' }) });
