// UI strings of the queue area, in the three UI languages. Keys are
// 'queue.…'; placeholders are {name}.
import { defineMessages } from '../define';

export const queue = defineMessages({
  en: {},
  'zh-CN': {},
  'zh-TW': {},
});
