// UI strings of the analysis area, in the three UI languages. Keys are
// 'analysis.…'; placeholders are {name}.
import { defineMessages } from '../define';

export const analysis = defineMessages({
  en: {},
  'zh-CN': {},
  'zh-TW': {},
});
