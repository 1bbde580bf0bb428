// User settings: a tiny key/value table. Kept apart from content so imports never touch it.
import { getDb } from './database';

export type SettingKey = 'lang' | 'src' | 'iosHintDismissed' | 'activationQueued' | 'openedQueued' | 'persistAsked' | 'outboxInFlight';

export async function getSetting<T>(key: SettingKey): Promise<T | undefined> {
  return (await (await getDb()).settings.get(key))?.value as T | undefined;
}

export async function setSetting(key: SettingKey, value: unknown): Promise<void> {
  await (await getDb()).settings.put({ key, value });
}
