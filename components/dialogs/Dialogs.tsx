'use client';

import dynamic from 'next/dynamic';
import { selectDeleteRequest, selectDialog } from '@/state/selectors';
import { useStudio } from '@/state/useStudio';
import ShortcutsDialog from './ShortcutsDialog';
import TemplateGallery from './TemplateGallery';

// The diff editor and the perspective texts load only when someone converts.
const ConvertDialog = dynamic(() => import('./ConvertDialog'), { ssr: false });
const SettingsDialog = dynamic(() => import('@/components/settings/SettingsDialog'), { ssr: false });
// The comparison, with its diff editor, loads when someone compares.
const CompareDialog = dynamic(() => import('@/components/history/CompareDialog'), { ssr: false });
const GuideDialog = dynamic(() => import('@/components/guide/GuideDialog'), { ssr: false });
const DeleteDialog = dynamic(() => import('@/components/inspector/DeleteDialog'), { ssr: false });

/** The one open dialog, if any; a delete asked for from the graph or the inspector has its own. */
export default function Dialogs() {
  const dialog = useStudio(selectDialog);
  const deleting = useStudio(selectDeleteRequest) !== null;
  if (deleting) return <DeleteDialog />;
  if (dialog === 'convert') return <ConvertDialog />;
  if (dialog === 'templates') return <TemplateGallery />;
  if (dialog === 'shortcuts') return <ShortcutsDialog />;
  if (dialog === 'settings') return <SettingsDialog />;
  if (dialog === 'compare') return <CompareDialog />;
  if (dialog === 'guide') return <GuideDialog />;
  return null;
}
