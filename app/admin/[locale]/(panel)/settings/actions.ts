'use server';

import { updateTag } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { noteWrite, withDb } from '@/db';
import { formAction } from '@/lib/admin/action';
import { settingsFormSchema } from '@/lib/admin/settings-schema';
import { updateSettings } from '@/lib/admin/settings';
import { cacheTags } from '@/lib/data/cache-tags';

export const saveSettingsAction = formAction({ permission: 'settings.manage', schema: settingsFormSchema }, async (input, user, { locale }) => {
  const { changed } = await withDb('updateSettings', (db) => updateSettings(db, user, input));
  // Reader pages cache the Hijri offset and the ad network tag under this tag: expire it now so the next visit sees the change.
  if (changed.length > 0) {
    noteWrite();
    updateTag(cacheTags.settings);
  }
  const t = await getTranslations({ locale, namespace: 'Admin.settings' });
  return { status: 'ok', message: changed.length > 0 ? t('saved') : t('unchanged') };
});
