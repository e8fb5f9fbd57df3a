import './embed.css';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';

export const metadata: Metadata = { robots: { index: false } };

/** The frame's pages: the game and its result as a company's site shows them, without Ripple's page chrome. */
export default function EmbedLayout({ children }: { children: ReactNode }) {
  return children;
}
