'use client';
import { useState, useTransition } from 'react';
import { ROLES, ROLE_LABELS, type Role } from '@/lib/roles';
import { setUserRolesAction } from '@/lib/actions/users/set-user-roles';
import { deleteUserAction } from '@/lib/actions/users/delete-user';
import { Alert, Button, Checkbox, ConfirmModal, Container, Header, Table, useToast } from '@/components/ui';
import { RenameUserButton } from './rename-user-button';
import { ResetPasswordButton } from './reset-password-button';

export interface UserItem {
  id: string;
  name: string;
  email: string;
  hasPassword: boolean;
  createdAt: string;
  roles: Role[];
}

export function UsersTable({ users, currentUserId }: { users: UserItem[]; currentUserId: string }) {
  const [error, setError] = useState<string>();
  return (
    <Container
      header={
        <Header
          variant="h2"
          counter={`(${users.length})`}
          description="Tick the roles each person holds, then save that row."
        >
          Users
        </Header>
      }
    >
      {error ? (
        <div className="mb-3">
          <Alert type="error" onDismiss={() => setError(undefined)}>
            {error}
          </Alert>
        </div>
      ) : null}
      <Table
        caption="Users and their roles"
        items={users}
        getKey={(u) => u.id}
        columns={[
          { id: 'user', header: 'User', cell: (u) => <UserCell user={u} isMe={u.id === currentUserId} /> },
          { id: 'roles', header: 'Roles', cell: (u) => <RolesEditor user={u} onError={setError} /> },
          {
            id: 'actions',
            header: 'Actions',
            cell: (u) => <RowActions user={u} isMe={u.id === currentUserId} onError={setError} />,
          },
        ]}
      />
    </Container>
  );
}

function UserCell({ user, isMe }: { user: UserItem; isMe: boolean }) {
  return (
    <div>
      <p className="font-semibold">
        {user.name} {isMe ? <span className="font-normal text-slate-500">(you)</span> : null}
      </p>
      <p className="text-slate-600">{user.email}</p>
      <p className="text-xs text-slate-500">{user.hasPassword ? 'Local account' : 'Single sign-on'}</p>
    </div>
  );
}

function RolesEditor({ user, onError }: { user: UserItem; onError: (m?: string) => void }) {
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const [pending, start] = useTransition();
  const { push } = useToast();
  const dirty = roles.slice().sort().join() !== user.roles.slice().sort().join();
  return (
    <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <legend className="sr-only">Roles of {user.name}</legend>
      {ROLES.map((role) => (
        <Checkbox
          key={role}
          label={ROLE_LABELS[role]}
          checked={roles.includes(role)}
          onChange={(e) =>
            setRoles((r) => (e.currentTarget.checked ? [...r, role] : r.filter((x) => x !== role)))
          }
        />
      ))}
      <Button
        size="sm"
        variant="normal"
        disabled={!dirty}
        loading={pending}
        aria-label={`Save roles of ${user.name}`}
        onClick={() =>
          start(async () => {
            onError(undefined);
            const r = await setUserRolesAction({ userId: user.id, roles });
            if (!r.ok) {
              onError(r.formError ?? 'The roles could not be saved.');
              setRoles(user.roles);
            } else push({ type: 'success', content: `Roles of ${user.name} saved.` });
          })
        }
      >
        Save
      </Button>
    </fieldset>
  );
}

function RowActions({
  user,
  isMe,
  onError,
}: {
  user: UserItem;
  isMe: boolean;
  onError: (m?: string) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [pending, start] = useTransition();
  const { push } = useToast();
  return (
    <div className="flex flex-wrap gap-2">
      <RenameUserButton userId={user.id} name={user.name} />
      {user.hasPassword ? <ResetPasswordButton userId={user.id} name={user.name} /> : null}
      {!isMe ? (
        <Button size="sm" variant="normal" onClick={() => setConfirming(true)}>
          Delete
        </Button>
      ) : null}
      <ConfirmModal
        open={confirming}
        title={`Delete ${user.name}?`}
        body={`${user.email} will be signed out and can no longer use the console. Drafts they wrote are kept.`}
        confirmLabel="Delete user"
        danger
        loading={pending}
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          start(async () => {
            const r = await deleteUserAction({ userId: user.id });
            setConfirming(false);
            if (!r.ok) onError(r.formError);
            else push({ type: 'success', content: `${user.name} was deleted.` });
          })
        }
      />
    </div>
  );
}
