import { useCallback, useState } from 'react';

export interface Announcement {
  text: string;
  /** Changes with every announcement, so that the same words said twice are read twice. */
  serial: number;
}

/** What just happened, for everyone: shown on screen and read by screen readers (polite). */
export function useAnnouncement(): [Announcement | null, (text: string) => void] {
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  const announce = useCallback((text: string) => setAnnouncement((previous) => ({ text, serial: (previous?.serial ?? 0) + 1 })), []);
  return [announcement, announce];
}

export function StatusLine({ announcement }: { announcement: Announcement | null }) {
  return (
    <p className="org-status" role="status">
      {/* Keyed by serial: a fresh text node makes screen readers announce a repeated message again. */}
      {announcement && <span key={announcement.serial}>{announcement.text}</span>}
    </p>
  );
}
