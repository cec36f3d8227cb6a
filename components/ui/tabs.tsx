'use client';

import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { cn } from './cn';

interface TabItem {
  id: string;
  label: ReactNode;
  content: ReactNode;
  disabled?: boolean;
}

export interface TabsProps {
  tabs: readonly TabItem[];
  /** Controlled active tab; omit to let Tabs keep its own state (starting at the first enabled tab). */
  activeId?: string;
  onChange?: (id: string) => void;
  /** Names the tab list for screen readers, e.g. "Product details". */
  ariaLabel?: string;
  className?: string;
}

/** WAI-ARIA tabs with automatic activation: arrows move and select, Home/End jump. */
export function Tabs({ tabs, activeId, onChange, ariaLabel, className }: TabsProps) {
  const baseId = useId();
  const enabled = tabs.filter((t) => !t.disabled);
  const [ownActive, setOwnActive] = useState(() => enabled[0]?.id);
  const wanted = activeId ?? ownActive;
  // If the tab list changes under us, fall back to the first enabled tab rather than showing nothing.
  const active = tabs.some((t) => t.id === wanted) ? wanted : enabled[0]?.id;
  const tabRefs = useRef(new Map<string, HTMLButtonElement>());

  function select(id: string) {
    if (activeId === undefined) setOwnActive(id);
    onChange?.(id);
  }

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, id: string) {
    const index = enabled.findIndex((t) => t.id === id);
    let next: TabItem | undefined;
    if (event.key === 'ArrowRight') next = enabled[(index + 1) % enabled.length];
    else if (event.key === 'ArrowLeft') next = enabled[(index - 1 + enabled.length) % enabled.length];
    else if (event.key === 'Home') next = enabled[0];
    else if (event.key === 'End') next = enabled[enabled.length - 1];
    if (!next) return;
    event.preventDefault();
    select(next.id);
    tabRefs.current.get(next.id)?.focus();
  }

  const tabId = (id: string) => `${baseId}-tab-${id}`;
  const panelId = (id: string) => `${baseId}-panel-${id}`;

  return (
    <div className={className}>
      <div role="tablist" aria-label={ariaLabel} className="border-line flex gap-1 overflow-x-auto border-b">
        {tabs.map((tab) => {
          const isActive = tab.id === active;
          return (
            <button
              key={tab.id}
              ref={(node) => {
                if (node) tabRefs.current.set(tab.id, node);
                else tabRefs.current.delete(tab.id);
              }}
              type="button"
              role="tab"
              id={tabId(tab.id)}
              aria-selected={isActive}
              aria-controls={panelId(tab.id)}
              tabIndex={isActive ? 0 : -1}
              disabled={tab.disabled}
              onClick={() => select(tab.id)}
              onKeyDown={(event) => onKeyDown(event, tab.id)}
              className={cn(
                'relative -mb-px px-4 py-2 font-bold whitespace-nowrap focus-visible:-outline-offset-2',
                'after:absolute after:inset-x-2 after:bottom-0 after:h-1 after:rounded-t',
                isActive ? 'text-blue-700 after:bg-blue-700' : 'hover:text-ink text-slate-600',
                'disabled:cursor-not-allowed disabled:text-slate-300',
              )}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={panelId(tab.id)}
          aria-labelledby={tabId(tab.id)}
          hidden={tab.id !== active}
          tabIndex={0}
          className="pt-4 focus-visible:outline-offset-4"
        >
          {tab.content}
        </div>
      ))}
    </div>
  );
}
