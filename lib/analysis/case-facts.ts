// What reading a whole case (a thread's messages, not one text) tells the
// drafts and the checklist. The analysis fills it (readCase), the drafts and
// the playbook read it; it lives here alone so both sides share one type.

/** One message of a thread, as the seller-centre adapters send it (oldest first). */
export interface ThreadMessage {
  from: 'buyer' | 'seller' | 'platform';
  /** ISO time, when the page shows one. */
  at?: string;
  text: string;
}

export type RemedyAsk =
  'refund' | 'partial_refund' | 'return' | 'replacement' | 'repair' | 'reship';

export interface CaseFacts {
  /** The buyer says photos, a video or other evidence were already sent or attached. */
  evidenceSent: boolean;
  /** The buyer already described the fault (so the draft does not ask for a description). */
  faultDescribed: boolean;
  /** The buyer already gave the order number. */
  orderGiven: boolean;
  /** The seller already wrote in this thread. */
  sellerReplied: boolean;
  /** What the seller's last message asked the buyer for, if anything. */
  sellerAsked: ('photo' | 'order' | 'description' | 'address' | 'return')[];
  /** Remedies the buyer asks for, strongest first. */
  remedyAsked: RemedyAsk[];
  /** A remedy the seller (or the platform) already granted. */
  remedyGranted: RemedyAsk[];
  /** A deadline the buyer set, as a real date (ISO), with the words it came from. */
  deadline?: { iso: string; text: string };
  /** Why it is urgent for the buyer (a gift, a child, an event, travel), with the words. */
  urgency?: { reason: 'gift' | 'child' | 'event' | 'travel' | 'health' | 'other'; text: string };
}

export const NO_CASE_FACTS: CaseFacts = {
  evidenceSent: false,
  faultDescribed: false,
  orderGiven: false,
  sellerReplied: false,
  sellerAsked: [],
  remedyAsked: [],
  remedyGranted: [],
};
