'use server';

import { formAction } from '@/lib/admin/action';
import { updateSettings } from '@/lib/admin/settings';
import { settingsFormSchema } from '@/lib/admin/settings-schema';

export const saveSettingsAction = formAction({ permission: 'settings.manage', schema: settingsFormSchema }, async (input, user, { t }) => {
  // Reader pages cache the Hijri offset and the ad network tag: updateSettings expires them when anything changed.
  const { changed } = await updateSettings(user, input);
  return { status: 'ok', message: changed.length > 0 ? t('settings.saved') : t('settings.unchanged') };
});
