// Keyboard shortcuts (board keys, undo, presenter keys, Space to pan) step aside while a person types in a text
// field, where the same keys edit text (Ctrl+Z undoes typing, arrows move the caret, Space is a space).
export function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
}
