export const SAFETY_MESSAGES: { text: string; flags: string[] }[] = [];
