import { z } from 'zod';
import { Id, RoleSchema, Unit, User } from './common.js';

export const UnitBody = z.object({ name: z.string().trim().min(1).max(200), aliases: z.array(z.string().trim().min(1).max(200)).max(50).optional() }).strict();
export const UnitPatchBody = UnitBody.partial().strict();
export const UnitResponse = z.object({ unit: Unit });
export const UnitList = z.object({ units: z.array(Unit) });

export const UserBody = z
  .object({
    username: z.string().trim().min(1).max(100),
    password: z.string().min(8).max(1000),
    role: RoleSchema,
    unitId: Id.optional(),
  })
  .strict();
export const UserPatchBody = z
  .object({
    role: RoleSchema.optional(),
    unitId: Id.nullable().optional(),
    password: z.string().min(8).max(1000).optional().meta({ description: "a new password ends the account's sessions (changing one's own keeps the session it is changed in)" }),
    disabled: z.boolean().optional().meta({ description: 'disable (true) or enable (false) the account; disabling ends its sessions' }),
  })
  .strict();
export const UserResponse = z.object({ user: User });
export const UserList = z.object({ users: z.array(User) });
