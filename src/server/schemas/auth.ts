import { z } from 'zod';
import { User } from './common.js';

export const LoginBody = z.object({ username: z.string().min(1).max(200), password: z.string().min(1).max(1000) }).strict();
export const SessionResponse = z.object({
  user: User.nullable(),
  csrfToken: z.string().meta({ description: "this session's token, also in the luoshi_csrf cookie; send it back in X-CSRF-Token on every write" }),
});
