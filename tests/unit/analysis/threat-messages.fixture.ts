export const THREAT_MESSAGES: { text: string; flags: string[] }[] = [];
