'use client';
import { useState, useSyncExternalStore } from 'react';

/**
 * Whether a mouse button, finger or pen is down anywhere on the page. A field's blur-time message
 * appears on pointerdown (that is when the field loses focus); if it moved the layout then, the
 * pointerup would land beside the button the seller aimed at and the click would be lost.
 */
let pressed = false;
const listeners = new Set<() => void>();
const set = (value: boolean) => {
  if (pressed === value) return;
  pressed = value;
  for (const l of listeners) l();
};

function subscribe(listener: () => void) {
  if (listeners.size === 0) {
    window.addEventListener('pointerdown', onDown, true);
    window.addEventListener('pointerup', onUp, true);
    window.addEventListener('pointercancel', onUp, true);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    window.removeEventListener('pointerdown', onDown, true);
    window.removeEventListener('pointerup', onUp, true);
    window.removeEventListener('pointercancel', onUp, true);
  };
}
const onDown = () => set(true);
// After the pointerup has been hit-tested (its target is fixed), so the click still lands.
const onUp = () => queueMicrotask(() => set(false));

/** `value`, except that while a pointer is down it stays what it was when the pointer went down. */
export function useHeldWhilePressed<T>(value: T): T {
  const isPressed = useSyncExternalStore(
    subscribe,
    () => pressed,
    () => false,
  );
  const [held, setHeld] = useState(value);
  if (!isPressed && !Object.is(held, value)) setHeld(value);
  return isPressed ? held : value;
}
