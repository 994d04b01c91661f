// UI strings of the drafts area, in the three UI languages. Keys are
// 'drafts.…'; placeholders are {name}.
import { defineMessages } from '../define';

export const drafts = defineMessages({
  en: {},
  'zh-CN': {},
  'zh-TW': {},
});
