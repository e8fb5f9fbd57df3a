import { describe, expect, it } from 'vitest';
import { buildEmbedSnippet, buildIframeSnippet, defaultEmbedOptions, embedOptionsSchema, listEmbedAttributes, parseEmbedAttributes, type EmbedOptions } from '@/lib/embed/options';

const origin = 'https://ripple.example';

describe('parseEmbedAttributes', () => {
  it('gives the defaults for a bare tag', () => {
    expect(parseEmbedAttributes({})).toEqual(defaultEmbedOptions);
  });

  it.each([
    { label: 'a mode, with its own default width', attributes: { 'data-mode': 'popup' }, expected: { mode: 'popup', width: 640 } },
    { label: 'a mode in capitals', attributes: { 'data-mode': ' SLIDER ' }, expected: { mode: 'slider', width: 420 } },
    { label: 'an unknown mode', attributes: { 'data-mode': 'banner' }, expected: { mode: 'inline' } },
    { label: 'a width in px', attributes: { 'data-width': '720px' }, expected: { width: 720 } },
    { label: 'a width in percent (not supported)', attributes: { 'data-width': '80%' }, expected: { width: 0 } },
    { label: 'a height below the minimum', attributes: { 'data-height': '50' }, expected: { height: 600 } },
    { label: 'a height', attributes: { 'data-height': '480' }, expected: { height: 480 } },
    { label: 'a color', attributes: { 'data-color': '#FF0066' }, expected: { color: '#ff0066' } },
    { label: 'a color that is not one', attributes: { 'data-color': 'red;background:url(x)' }, expected: { color: '#4f46e5' } },
    { label: 'a delay trigger', attributes: { 'data-trigger': 'delay', 'data-delay': '12' }, expected: { trigger: 'delay', delaySeconds: 12 } },
    { label: 'a scroll depth over 100', attributes: { 'data-trigger': 'scroll', 'data-scroll': '150' }, expected: { trigger: 'scroll', scrollPercent: 50 } },
    { label: 'a long button text is cut', attributes: { 'data-button': 'x'.repeat(80) }, expected: { buttonText: 'x'.repeat(60) } },
    { label: 'the left side', attributes: { 'data-side': 'left' }, expected: { side: 'left' } },
    { label: 'dataLayer as a bare attribute', attributes: { 'data-datalayer': '' }, expected: { isDataLayerOn: true } },
    { label: 'dataLayer="false"', attributes: { 'data-datalayer': 'false' }, expected: { isDataLayerOn: false } },
  ])('reads $label', ({ attributes, expected }) => {
    expect(parseEmbedAttributes(attributes)).toEqual({ ...defaultEmbedOptions, ...expected });
  });

  it('always gives options the schema accepts', () => {
    expect(embedOptionsSchema.safeParse(parseEmbedAttributes({ 'data-width': '99999', 'data-delay': '-1', 'data-color': '#12' })).success).toBe(true);
  });
});

describe('buildEmbedSnippet', () => {
  it('is one async script tag with the slug and nothing else for the defaults', () => {
    expect(buildEmbedSnippet(origin, 'which-explorer', defaultEmbedOptions)).toBe('<script src="https://ripple.example/embed.js" data-ripple="which-explorer" async></script>');
  });

  it('names only what differs from the defaults and means something in the mode', () => {
    const popup: EmbedOptions = { ...defaultEmbedOptions, mode: 'popup', width: 720, color: '#FF0066', trigger: 'delay', delaySeconds: 8, buttonText: 'Play "now"', height: 900 };
    expect(listEmbedAttributes(popup)).toEqual([
      ['data-mode', 'popup'],
      ['data-width', '720'],
      ['data-color', '#ff0066'],
      ['data-trigger', 'delay'],
      ['data-delay', '8'],
      ['data-button', 'Play "now"'],
    ]);
    // An inline game has no trigger, color or button: they are left out even when set; a popup has no height.
    expect(listEmbedAttributes({ ...popup, mode: 'inline', width: 0 })).toEqual([['data-height', '900']]);
    // Each mode's own default width is left out too: 640 for a popup, 420 for a slider.
    expect(listEmbedAttributes({ ...defaultEmbedOptions, mode: 'popup', width: 640 })).toEqual([['data-mode', 'popup']]);
    expect(listEmbedAttributes({ ...defaultEmbedOptions, mode: 'slider', width: 420 })).toEqual([['data-mode', 'slider']]);
  });

  it('escapes what it writes into attributes', () => {
    const snippet = buildEmbedSnippet(origin, 'quiz', { ...defaultEmbedOptions, mode: 'popup', buttonText: '"><script>alert(1)</script>' });
    expect(snippet).toContain('data-button="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(snippet.match(/<script/g)).toHaveLength(1);
  });

  it.each([420, 480])('round-trips: the attributes it writes read back as the same options (slider %i px wide)', (width) => {
    const options: EmbedOptions = { ...defaultEmbedOptions, mode: 'slider', width, color: '#0f766e', trigger: 'scroll', scrollPercent: 70, buttonText: 'Take the quiz', side: 'left', isDataLayerOn: true };
    expect(parseEmbedAttributes(Object.fromEntries(listEmbedAttributes(options)))).toEqual(options);
  });
});

describe('buildIframeSnippet', () => {
  it('frames the embed page, may share and copy, and escapes the title', () => {
    const html = buildIframeSnippet(origin, 'which-explorer', { title: 'Which "explorer" are you?', height: 640 });
    expect(html).toBe('<iframe src="https://ripple.example/embed/which-explorer" title="Which &quot;explorer&quot; are you?" width="100%" height="640" style="border:0;max-width:100%" allow="web-share; clipboard-write" loading="lazy"></iframe>');
  });
});
