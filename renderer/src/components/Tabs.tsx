// Tabs on Radix: arrow keys move between tabs, each panel is labelled by its tab.
import * as RadixTabs from '@radix-ui/react-tabs';
import type { ReactNode } from 'react';

export interface TabItem {
  value: string;
  label: ReactNode;
  content: ReactNode;
}

export function Tabs({ items, value, onValueChange, label }: { items: TabItem[]; value?: string; onValueChange?: (value: string) => void; label: string }) {
  const first = items[0]?.value;
  return (
    <RadixTabs.Root className="tabs" {...(value !== undefined ? { value } : { defaultValue: first })} {...(onValueChange ? { onValueChange } : {})}>
      <RadixTabs.List className="tabs-list" aria-label={label}>
        {items.map((item) => (
          <RadixTabs.Trigger key={item.value} value={item.value} className="tabs-trigger">
            {item.label}
          </RadixTabs.Trigger>
        ))}
      </RadixTabs.List>
      {items.map((item) => (
        <RadixTabs.Content key={item.value} value={item.value} className="tabs-panel">
          {item.content}
        </RadixTabs.Content>
      ))}
    </RadixTabs.Root>
  );
}
