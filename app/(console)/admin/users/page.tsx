import type { Metadata } from 'next';
import { requirePageUser } from '@/lib/auth/page';
import { getDb } from '@/lib/db/runtime';
import { listUsers } from '@/lib/db/queries/users';
import { isRole } from '@/lib/roles';
import { PageHeader } from '@/components/shell/page-header';
import { UsersTable } from './_components/users-table';
import { CreateUserButton } from './_components/create-user-button';

export const metadata: Metadata = { title: 'Users and roles' };

export default async function UsersPage() {
  const me = await requirePageUser('users:manage');
  const users = await listUsers(getDb());
  return (
    <>
      <PageHeader
        breadcrumbs={[{ text: 'Administration' }, { text: 'Users and roles' }]}
        title="Users and roles"
        description="Who may use this console and what each person may do. A user may hold several roles; a change takes effect on their next request."
        actions={<CreateUserButton />}
      />
      <UsersTable
        currentUserId={me.id}
        users={users.map((u) => ({
          id: u.id,
          name: u.name,
          email: u.email,
          hasPassword: u.hasPassword,
          createdAt: u.createdAt.toISOString(),
          roles: u.roles.filter(isRole),
        }))}
      />
    </>
  );
}
