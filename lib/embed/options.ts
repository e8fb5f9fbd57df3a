import { z } from 'zod';

export const embedModes = ['inline', 'popup', 'slider', 'fullpage'] as const;
export type EmbedMode = (typeof embedModes)[number];
export const embedTriggers = ['button', 'delay', 'scroll', 'exit'] as const;
export type EmbedTrigger = (typeof embedTriggers)[number];
export const sliderSides = ['right', 'left'] as const;

/**
 * How a game sits on the host page, as the snippet's `data-` attributes say it (public/embed.js reads the same
 * attributes with the same defaults and limits). Sizes are CSS pixels; `width` 0 means the container's full width.
 */
export const embedOptionsSchema = z.object({
  mode: z.enum(embedModes),
  /** inline: the largest width (0: the container's width); popup: the dialog's width; slider: the panel's */
  width: z.number().int().min(0).max(2000),
  /** inline: the height kept for the game until it reports its own (popups and sliders fit the window) */
  height: z.number().int().min(200).max(2000),
  /** the launcher button's and the popup chrome's color */
  color: z.string().regex(/^#[0-9a-f]{6}$/i),
  /** popup and slider: what opens them */
  trigger: z.enum(embedTriggers),
  delaySeconds: z.number().int().min(0).max(600),
  scrollPercent: z.number().int().min(1).max(100),
  /** the launcher button's label; '' shows the quiz's title */
  buttonText: z.string().max(60),
  side: z.enum(sliderSides),
  /** also push the events to window.dataLayer (Google Tag Manager) */
  isDataLayerOn: z.boolean(),
});
export type EmbedOptions = z.infer<typeof embedOptionsSchema>;

/** What a snippet without attributes gets. */
export const defaultEmbedOptions: EmbedOptions = {
  mode: 'inline',
  width: 0,
  height: 600,
  color: '#4f46e5',
  trigger: 'button',
  delaySeconds: 5,
  scrollPercent: 50,
  buttonText: '',
  side: 'right',
  isDataLayerOn: false,
};

/** The popup's and the slider's own width when the snippet names none. */
export const defaultPanelWidth: Record<EmbedMode, number> = { inline: 0, popup: 640, slider: 420, fullpage: 0 };

// Each option's attribute on the script tag.
const attributeNames: Record<keyof EmbedOptions, string> = {
  mode: 'data-mode',
  width: 'data-width',
  height: 'data-height',
  color: 'data-color',
  trigger: 'data-trigger',
  delaySeconds: 'data-delay',
  scrollPercent: 'data-scroll',
  buttonText: 'data-button',
  side: 'data-side',
  isDataLayerOn: 'data-datalayer',
};

function readInteger(value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined || !/^\s*\d{1,5}\s*(px)?\s*$/.test(value)) return undefined;
  const n = parseInt(value, 10);
  return n >= min && n <= max ? n : undefined;
}

function pick<T extends string>(allowed: readonly T[], value: string | undefined): T | undefined {
  const lowered = value?.trim().toLowerCase();
  return allowed.find((option) => option === lowered);
}

/**
 * Reads a snippet's `data-` attributes (as `{ 'data-mode': 'popup', ... }`) the way the loader does: a missing or
 * malformed value takes its default rather than breaking the embed on a company's page.
 */
export function parseEmbedAttributes(attributes: Readonly<Record<string, string | undefined>>): EmbedOptions {
  const read = (key: keyof EmbedOptions) => attributes[attributeNames[key]];
  const d = defaultEmbedOptions;
  const color = read('color')?.trim() ?? '';
  const dataLayer = read('isDataLayerOn');
  const mode = pick(embedModes, read('mode')) ?? d.mode;
  return {
    mode,
    width: readInteger(read('width'), 0, 2000) ?? defaultPanelWidth[mode],
    height: readInteger(read('height'), 200, 2000) ?? d.height,
    color: /^#[0-9a-f]{6}$/i.test(color) ? color.toLowerCase() : d.color,
    trigger: pick(embedTriggers, read('trigger')) ?? d.trigger,
    delaySeconds: readInteger(read('delaySeconds'), 0, 600) ?? d.delaySeconds,
    scrollPercent: readInteger(read('scrollPercent'), 1, 100) ?? d.scrollPercent,
    buttonText: (read('buttonText') ?? '').trim().slice(0, 60),
    side: pick(sliderSides, read('side')) ?? d.side,
    isDataLayerOn: dataLayer !== undefined && dataLayer !== 'false' && dataLayer !== '0',
  };
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The attributes a snippet needs for these options: only those that differ from the defaults, and only those
 * that mean something in the mode (a trigger for an inline game means nothing).
 */
export function listEmbedAttributes(options: EmbedOptions): [string, string][] {
  const d = defaultEmbedOptions;
  const isOverlay = options.mode === 'popup' || options.mode === 'slider';
  const list: [string, string][] = [];
  const add = (key: keyof EmbedOptions, value: string | number | boolean, isNeeded: boolean) => {
    if (isNeeded) list.push([attributeNames[key], String(value)]);
  };
  add('mode', options.mode, options.mode !== d.mode);
  add('width', options.width, options.mode !== 'fullpage' && options.width !== defaultPanelWidth[options.mode]);
  add('height', options.height, options.mode === 'inline' && options.height !== d.height);
  add('color', options.color.toLowerCase(), options.mode !== 'inline' && options.color.toLowerCase() !== d.color);
  add('trigger', options.trigger, isOverlay && options.trigger !== d.trigger);
  add('delaySeconds', options.delaySeconds, isOverlay && options.trigger === 'delay');
  add('scrollPercent', options.scrollPercent, isOverlay && options.trigger === 'scroll');
  add('buttonText', options.buttonText.trim(), isOverlay && options.buttonText.trim() !== '');
  add('side', options.side, options.mode === 'slider' && options.side !== d.side);
  add('isDataLayerOn', 'true', options.isDataLayerOn);
  return list;
}

/**
 * The one tag a company pastes: the loader from Ripple's origin, the quiz's slug and the options that differ from
 * the defaults. `async` keeps the host page from waiting for it.
 */
export function buildEmbedSnippet(rippleOrigin: string, slug: string, options: EmbedOptions): string {
  const attributes = listEmbedAttributes(options)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  return `<script src="${escapeAttribute(rippleOrigin)}/embed.js" data-ripple="${escapeAttribute(slug)}"${attributes} async></script>`;
}

/**
 * The fallback for sites that refuse scripts: a plain iframe of the game with a fixed height (no resizing, no
 * events), allowed to share and copy from inside.
 */
export function buildIframeSnippet(rippleOrigin: string, slug: string, input: { title: string; height: number }): string {
  const src = `${rippleOrigin}/embed/${encodeURIComponent(slug)}`;
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(input.title)}" width="100%" height="${input.height}" style="border:0;max-width:100%" allow="web-share; clipboard-write" loading="lazy"></iframe>`;
}
