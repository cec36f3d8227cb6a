import type { Permission } from '@/lib/roles';

export interface NavItem {
  href: string;
  label: string;
  /** Shown only to users holding this permission. */
  permission?: Permission;
}

export const NAV_SECTIONS: { title?: string; items: NavItem[] }[] = [
  {
    items: [
      { href: '/products', label: 'Products' },
      { href: '/drafts', label: 'Drafts' },
      { href: '/change-sets', label: 'Change sets' },
      { href: '/reviews', label: 'Reviews' },
    ],
  },
  {
    title: 'Reference',
    items: [{ href: '/rules', label: 'Policy rules' }],
  },
  {
    title: 'Administration',
    items: [
      { href: '/settings', label: 'Settings' },
      { href: '/admin/users', label: 'Users and roles', permission: 'users:manage' },
      { href: '/audit', label: 'Audit log', permission: 'audit:read' },
    ],
  },
];

export function isActive(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}
