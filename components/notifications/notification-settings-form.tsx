'use client';
import { useState, useTransition } from 'react';
import { Alert, Button, FormField, Input, Toggle, useToast } from '@/components/ui';
import { sendTestWebhookAction } from '@/lib/actions/settings/send-test-webhook';
import { updateNotificationSettingsAction } from '@/lib/actions/settings/update-notification-settings';

/** The webhook an admin sets for change-set outcomes (Slack-compatible `{ "text": … }`). */
export function NotificationSettingsForm({
  initial,
  canEdit,
}: {
  initial: { enabled: boolean; url: string };
  canEdit: boolean;
}) {
  const [enabled, setEnabled] = useState(initial.enabled);
  const [url, setUrl] = useState(initial.url);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string>();
  const [saving, startSave] = useTransition();
  const [testing, startTest] = useTransition();
  const toast = useToast();

  function save() {
    startSave(async () => {
      const res = await updateNotificationSettingsAction({ enabled, url: url.trim() });
      setErrors(res.ok ? {} : (res.fieldErrors ?? {}));
      setFormError(res.ok ? undefined : res.formError);
      if (res.ok) toast.push({ type: 'success', content: 'Notification settings saved.' });
    });
  }

  function test() {
    startTest(async () => {
      const res = await sendTestWebhookAction({ url: url.trim() });
      setErrors(res.ok ? {} : (res.fieldErrors ?? {}));
      setFormError(res.ok ? undefined : res.formError);
      if (res.ok)
        toast.push({
          type: 'success',
          content: `The webhook accepted the test message (HTTP ${res.data.status}).`,
        });
    });
  }

  return (
    <form
      className="max-w-2xl space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <p className="text-sm text-slate-600">
        Everyone who submits a change set gets an in-app notification when it succeeds, fails or is cancelled.
        Reviewers are told in-app when a review is requested, and authors when it is given. A webhook also
        posts each of these to a channel, as Slack-compatible JSON <code>{'{ "text": … }'}</code>.
      </p>
      <Toggle
        checked={enabled}
        onChange={(e) => setEnabled(e.target.checked)}
        disabled={!canEdit}
        label="Post change-set outcomes to a webhook"
      />
      <FormField
        label="Webhook URL"
        htmlFor="webhook-url"
        error={errors.url}
        description="An https:// URL, such as a Slack incoming webhook. Delivery failures are logged and never hold up tracking."
      >
        <Input
          id="webhook-url"
          type="url"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          disabled={!canEdit}
          invalid={Boolean(errors.url)}
          placeholder="https://hooks.slack.com/services/…"
        />
      </FormField>
      {formError ? <Alert type="error">{formError}</Alert> : null}
      {canEdit ? (
        <div className="flex gap-2">
          <Button type="submit" variant="primary" loading={saving}>
            Save notification settings
          </Button>
          <Button type="button" onClick={test} loading={testing} disabled={!url.trim()}>
            Send test message
          </Button>
        </div>
      ) : (
        <p className="text-sm text-slate-600">Only admins can change these settings.</p>
      )}
    </form>
  );
}
