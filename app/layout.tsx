import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SETTINGS_STORAGE_KEY } from '@/lib/settings/settings';
import './globals.css';

export const metadata: Metadata = {
  title: 'AsyncAPI Studio',
  description: 'Design, validate, document and visualize AsyncAPI documents in your browser, offline.',
  referrer: 'no-referrer',
};

export const viewport: Viewport = {
  colorScheme: 'light dark',
};

// The chosen theme before the first paint, so a dark choice on a light system never flashes white.
// The build hashes this inline script into the page's Content-Security-Policy (scripts/csp.mjs).
const THEME_SCRIPT = `try{var t=JSON.parse(localStorage.getItem(${JSON.stringify(SETTINGS_STORAGE_KEY)})||'{}').theme;if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}`;

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body>{children}</body>
    </html>
  );
}
