import * as Tabs from '@radix-ui/react-tabs';
import { BookOpen, ListChecks, ListTree, Quote, TableOfContents } from 'lucide-react';
import { useFocusEditor } from '../kit/editorFocus';
import { strings } from '../kit/strings';
import { LibraryPanel } from '../library/LibraryPanel';
import { ChecksBadges, ChecksPanel } from '../checks/ChecksPanel';
import { OutlinePanel } from './OutlinePanel';
import { PhrasePanel } from './PhrasePanel';
import { SkeletonPanel } from './SkeletonPanel';

const tabs = [
  { value: 'skeletons', label: strings.tabs.skeletons, Icon: ListTree },
  { value: 'phrases', label: strings.tabs.phrases, Icon: Quote },
  { value: 'library', label: strings.tabs.library, Icon: BookOpen },
  { value: 'outline', label: strings.tabs.outline, Icon: TableOfContents },
  { value: 'checks', label: strings.tabs.checks, Icon: ListChecks },
] as const;

export function Sidebar({ onImport }: { onImport: () => void }) {
  const focusEditor = useFocusEditor();
  return (
    <Tabs.Root
      className="sidebar"
      defaultValue="skeletons"
      orientation="horizontal"
      // Esc anywhere in the sidebar goes back to the page, unless a control used it (a menu, a form).
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || event.defaultPrevented || event.nativeEvent.isComposing) return;
        event.preventDefault();
        focusEditor(event.currentTarget);
      }}
    >
      <Tabs.List className="sidebar-tabs" aria-label={strings.sidebar}>
        {tabs.map(({ value, label, Icon }) => (
          <Tabs.Trigger key={value} value={value} className="sidebar-tab">
            <Icon aria-hidden size={15} />
            {label}
            {value === 'checks' && <ChecksBadges />}
          </Tabs.Trigger>
        ))}
      </Tabs.List>
      <Tabs.Content value="skeletons" tabIndex={-1} className="sidebar-panel">
        <SkeletonPanel />
      </Tabs.Content>
      <Tabs.Content value="phrases" tabIndex={-1} className="sidebar-panel">
        <PhrasePanel />
      </Tabs.Content>
      <Tabs.Content value="library" tabIndex={-1} className="sidebar-panel library-tab">
        <LibraryPanel onImport={onImport} />
      </Tabs.Content>
      <Tabs.Content value="outline" tabIndex={-1} className="sidebar-panel">
        <OutlinePanel />
      </Tabs.Content>
      <Tabs.Content value="checks" tabIndex={-1} className="sidebar-panel">
        <ChecksPanel />
      </Tabs.Content>
    </Tabs.Root>
  );
}
