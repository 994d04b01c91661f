// The words a snapshot uses to say a virtualised list draws only part of its rows (lib/sites/
// virtual.ts finds such lists): the content script writes them, the side panel recognises them and
// says the same in the agent's language. No imports: the panel loads this without any page reader.

export interface VirtualRows {
  /** Rows drawn now (the list's own rows, header and hidden skeletons left out). */
  shown: number;
  /** Rows the list says it has. */
  total: number;
}

/**
 * The snapshot's warning for such a list: plain words, the same in every locale, that the panel
 * recognises (parseVirtualRows) and shows in the agent's language.
 */
export const virtualRowsWarning = (v: VirtualRows): string =>
  `list shows ${v.shown} of ${v.total} rows: it draws only the rows in view; scroll it to read the rest`;

const WARNING_RE = /^list shows (\d+) of (\d+) rows:/;

/** The counts of a virtualised-list warning, or undefined for any other warning. */
export function parseVirtualRows(warning: string): VirtualRows | undefined {
  const m = WARNING_RE.exec(warning);
  return m ? { shown: Number(m[1]), total: Number(m[2]) } : undefined;
}
