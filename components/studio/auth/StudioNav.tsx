'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

/** The studio's main navigation; the current section is marked for people and screen readers. */
export function StudioNav({ label, links }: { label: string; links: { href: string; label: string }[] }) {
  const pathname = usePathname();
  const isCurrent = (href: string) => (href === '/studio' ? pathname === '/studio' || pathname.startsWith('/studio/q/') || pathname === '/studio/new' : pathname.startsWith(href));
  return (
    <nav className="studio-nav" aria-label={label}>
      {links.map((link) => (
        <Link key={link.href} href={link.href} aria-current={isCurrent(link.href) ? 'page' : undefined}>
          {link.label}
        </Link>
      ))}
    </nav>
  );
}
