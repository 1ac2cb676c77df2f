'use client';

import type { ReactNode } from 'react';
import { Files } from 'lucide-react';
import type { LucideIcon } from 'lucide-react';
import ExplorerView from './ExplorerView';

/**
 * A view of the left sidebar. The sidebar shows one view at a time; with more than one, its header
 * offers a tab per view. Adding a view is one entry in SIDEBAR_VIEWS.
 */
export interface SidebarView {
  /** Stable id: the view's tab is `sidebar-tab-<id>`, its body `sidebar-view-<id>`. */
  id: string;
  /** The view's title (its tab's accessible name and tooltip). */
  label: string;
  icon: LucideIcon;
  render: () => ReactNode;
}

/** Every view of the left sidebar, in tab order; the first is shown until the user picks another. */
export const SIDEBAR_VIEWS: readonly SidebarView[] = [
  // A placeholder until the workspace's file tree (issue 13) takes this slot: the open documents.
  { id: 'explorer', label: 'Explorer', icon: Files, render: () => <ExplorerView /> },
];
