/** The largest comms request body read: a 10,000-character item body of multi-byte text, and the rest. */
export const MAX_ITEM_BYTES = 64 * 1024;
