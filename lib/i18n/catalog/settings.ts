// UI strings of the settings view, in the three UI languages. Keys are
// 'settings.…'; placeholders are {name}.
import { defineMessages } from '../define';

export const settings = defineMessages({
  en: {
    'settings.title': 'Settings',
    'settings.signature': 'Signature',
    'settings.agentName': 'Your name',
    'settings.shopName': 'Shop name',
    'settings.signatureHint': 'Drafts are signed with these.',
  },
  'zh-CN': {
    'settings.title': '设置',
    'settings.signature': '署名',
    'settings.agentName': '您的称呼',
    'settings.shopName': '店铺名称',
    'settings.signatureHint': '草稿会以此署名。',
  },
  'zh-TW': {
    'settings.title': '設定',
    'settings.signature': '署名',
    'settings.agentName': '您的稱呼',
    'settings.shopName': '賣場名稱',
    'settings.signatureHint': '草稿會以此署名。',
  },
});
