import { z } from 'zod';
import { ROLES } from '@/lib/roles';

/** Shared by the sign-in form (browser) and the sign-in action (server). */
export const signInSchema = z.object({
  email: z.email('Enter an email address such as name@example.com.').max(254),
  password: z.string().min(1, 'Enter your password.').max(256),
  next: z.string().max(2000).optional(),
});
export type SignInInput = z.infer<typeof signInSchema>;

/** The one password policy: admin forms, the `wharf admin` command and better-auth's own endpoints. */
export const PASSWORD_LENGTH = { min: 12, max: 128 } as const;

export const passwordSchema = z
  .string()
  .min(PASSWORD_LENGTH.min, `Use at least ${PASSWORD_LENGTH.min} characters.`)
  .max(PASSWORD_LENGTH.max, `Use at most ${PASSWORD_LENGTH.max} characters.`);

/** A user's display name, as approvals and lists show it. Only an admin sets it (better-auth's update-user is off). */
const nameSchema = z.string().trim().min(1, 'Enter a name.').max(100, 'Use at most 100 characters.');

export const createUserSchema = z.object({
  name: nameSchema,
  email: z.email('Enter an email address such as name@example.com.').max(254),
  password: passwordSchema,
  roles: z.array(z.enum(ROLES)).min(1, 'Choose at least one role.'),
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const setRolesSchema = z.object({
  userId: z.string().min(1).max(100),
  roles: z.array(z.enum(ROLES)),
});

export const deleteUserSchema = z.object({ userId: z.string().min(1, 'Choose a user to delete.').max(100) });

export const renameUserSchema = z.object({ userId: z.string().min(1).max(100), name: nameSchema });

export const resetPasswordSchema = z.object({ userId: z.string().min(1).max(100), password: passwordSchema });
