import { z } from 'zod';
import { BOUNDS, Text, User } from './common.js';

export const LoginBody = z.object({ username: Text(BOUNDS.name).min(1), password: Text(BOUNDS.password).min(1) }).strict();
export const SessionResponse = z.object({
  user: User.nullable(),
  csrfToken: z.string().meta({ description: "this session's token, also in the luoshi_csrf cookie; send it back in X-CSRF-Token on every write" }),
});
