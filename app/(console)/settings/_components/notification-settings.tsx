import { requirePageUser } from '@/lib/auth/page';
import { getDb } from '@/lib/db/runtime';
import { getSetting } from '@/lib/db/queries/settings';
import { can } from '@/lib/roles';
import { WEBHOOK_SETTING_KEY, type WebhookSetting } from '@/lib/tracking/webhook';
import { Container, Header } from '@/components/ui';
import { NotificationSettingsForm } from '@/components/notifications/notification-settings-form';

/** The Settings page's Notifications section (server part: reads the stored webhook). */
export async function NotificationSettings() {
  const user = await requirePageUser();
  const stored = await getSetting<WebhookSetting>(getDb(), WEBHOOK_SETTING_KEY);
  return (
    <Container header={<Header variant="h2">Notifications</Header>}>
      <NotificationSettingsForm
        initial={{ enabled: stored?.enabled ?? false, url: stored?.url ?? '' }}
        canEdit={can(user.roles, 'settings:edit')}
      />
    </Container>
  );
}
