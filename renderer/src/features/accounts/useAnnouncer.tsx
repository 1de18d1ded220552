import { useCallback, useState, type ReactNode } from 'react';

/**
 * A polite live region for the result of an action ("3 accounts changed"). Each message gets
 * a fresh key, so the same words said twice are announced twice.
 */
export function useAnnouncer(): [announce: (message: string) => void, region: ReactNode] {
  const [message, setMessage] = useState({ text: '', key: 0 });
  const announce = useCallback((text: string) => setMessage((previous) => ({ text, key: previous.key + 1 })), []);
  const region = (
    <p role="status" aria-live="polite" className="announcer">
      <span key={message.key}>{message.text}</span>
    </p>
  );
  return [announce, region];
}
