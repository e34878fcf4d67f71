import { z } from 'zod';
import { BOUNDS, Id, RoleSchema, Text, Unit, User } from './common.js';

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
export const Settings = z.object({ paceLag: PaceLag });
export const SettingsBody = Settings.partial().strict();
/** The settings in force (the office's, else the defaults), and the defaults beside them. */
export const SettingsResponse = z.object({ settings: Settings, defaults: Settings });
