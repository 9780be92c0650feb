// English texts for a read-only workshop's locked controls (issue 12, item 5). Mirrored by da/readOnly.ts.
export const readOnlyEn = {
  /** The tooltip and accessible description of every editing control that a read-only workshop locks. */
  reason: 'Read-only file: use “Save a copy…” to edit.',
}
