'use client';

import { useEffect, useRef, type ReactNode } from 'react';
import { embedProtocol, frameEventName, readHostMessage, type FrameMessage } from '@/lib/embed/messages';
import { isShareChannel } from '@/lib/share';

type Outgoing = FrameMessage extends infer M ? (M extends FrameMessage ? Omit<M, 'ripple' | 'frame'> : never) : never;

/**
 * The game's side of an embed: it tells the host page its height whenever its content changes size, and what the
 * player does (start and complete from the player, share buttons and a result's call to action by their clicks)
 * and when Escape is pressed (to close a popup), always to the one host origin the server checked against the workspace's list. It answers only messages whose
 * sender is the parent window on that origin and that name this frame. Without a checked host (an iframe pasted
 * by hand, a page opened on its own) it says nothing.
 */
export function EmbedFrame(props: { frameId: string | null; hostOrigin: string | null; error?: { code: 'not_found' | 'closed'; message: string }; children: ReactNode }) {
  const { frameId, hostOrigin } = props;
  const errorCode = props.error?.code;
  const errorMessage = props.error?.message ?? '';
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const root = rootRef.current;
    // Marks the frame as running (its buttons work from now on), for the host's tests and for styles.
    root?.setAttribute('data-hydrated', '');
    if (!root || !frameId || !hostOrigin || window.parent === window) return;
    const post = (message: Outgoing) => window.parent.postMessage({ ...message, ripple: embedProtocol, frame: frameId }, hostOrigin);
    const measure = () => Math.ceil(root.getBoundingClientRect().height);
    let lastHeight = -1;
    const sendHeight = () => {
      const height = measure();
      if (height !== lastHeight) {
        lastHeight = height;
        post({ type: 'height', height });
      }
    };
    const resizeObserver = new ResizeObserver(sendHeight);
    resizeObserver.observe(root);

    function onMessage(event: MessageEvent) {
      if (event.source !== window.parent || event.origin !== hostOrigin || !frameId) return;
      const message = readHostMessage(event.data, frameId);
      if (message?.type === 'hello') {
        lastHeight = measure();
        post({ type: 'ready', height: lastHeight });
      } else if (message?.type === 'focus') {
        root?.querySelector<HTMLElement>('button:not([disabled]), a[href], input')?.focus();
      }
    }
    // What the player component reports (start, complete), passed on as it is: it is built from the same types.
    function onFrameEvent(event: Event) {
      if (event instanceof CustomEvent && event.detail && typeof event.detail === 'object') post(event.detail as Outgoing);
    }
    function onClick(event: MouseEvent) {
      const target = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-channel], [data-lead]') : null;
      if (!target) return;
      const channel = target.dataset.channel;
      if (channel !== undefined && isShareChannel(channel)) post({ type: 'share', channel });
      else if (target.dataset.lead !== undefined && target instanceof HTMLAnchorElement) post({ type: 'lead', url: target.href.slice(0, 2000), label: (target.textContent ?? '').trim().slice(0, 200) });
    }
    function onKeyDown(event: KeyboardEvent) {
      if (event.key === 'Escape') post({ type: 'close' });
    }
    window.addEventListener('message', onMessage);
    window.addEventListener(frameEventName, onFrameEvent);
    document.addEventListener('click', onClick, true);
    document.addEventListener('keydown', onKeyDown);
    if (errorCode) post({ type: 'error', code: errorCode, message: errorMessage });
    sendHeight();
    return () => {
      resizeObserver.disconnect();
      window.removeEventListener('message', onMessage);
      window.removeEventListener(frameEventName, onFrameEvent);
      document.removeEventListener('click', onClick, true);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [frameId, hostOrigin, errorCode, errorMessage]);

  return (
    <div ref={rootRef} className="embed-root" data-embed-root="">
      {props.children}
    </div>
  );
}

/** Tells the embed frame, if there is one, what the player did; nothing happens on Ripple's own pages. */
export function reportToHost(detail: Outgoing): void {
  window.dispatchEvent(new CustomEvent(frameEventName, { detail }));
}
