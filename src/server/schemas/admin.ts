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
