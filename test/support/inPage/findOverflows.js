// Runs inside the page (read as text and evaluated by layoutProbe.ts): plain browser JS.
(() => {
  const found = [];
  const root = document.scrollingElement ?? document.documentElement;
  if (root.scrollWidth > root.clientWidth + 1) {
    found.push({ what: 'the page scrolls sideways', scrollWidth: root.scrollWidth, clientWidth: root.clientWidth });
  }
  const selector = [
    'input:not([type=checkbox]):not([type=radio]):not([type=range]):not([type=file])',
    'textarea',
    'select',
    'button',
    'a',
    'td',
    'th',
    'label',
    '[role=dialog]',
    'dialog',
    '[role=columnheader]',
    '[role=cell]',
    '[role=gridcell]',
    'h1',
    'h2',
    'h3',
  ].join(', ');
  // A select shows its chosen label on one line: measure that label against the box.
  const canvas = document.createElement('canvas').getContext('2d');
  const selectTextWidth = (select) => {
    const style = getComputedStyle(select);
    canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const text = select.selectedOptions[0]?.textContent ?? '';
    // The drop-down arrow takes about 20 px beside the padding.
    return canvas.measureText(text).width + Number.parseFloat(style.paddingLeft) + 20;
  };
  for (const el of document.querySelectorAll(selector)) {
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') continue;
    // Text kept for screen readers only (the 1 px clip pattern) is not meant to be seen.
    if (box.width <= 1 || box.height <= 1 || el.closest('.visually-hidden')) continue;
    const name = `${el.tagName.toLowerCase()}${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/)[0]}` : ''}`;
    // A classic select cannot wrap its label; a customisable one (base-select) wraps like any box.
    if (el instanceof HTMLSelectElement && style.appearance !== 'base-select') {
      const needed = Math.ceil(selectTextWidth(el));
      if (needed > el.clientWidth + 1) {
        const label = el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent ?? '';
        found.push({
          what: `select "${label}: ${el.selectedOptions[0]?.textContent ?? ''}"`,
          scrollWidth: needed,
          clientWidth: el.clientWidth,
        });
      }
      continue;
    }
    if (el.scrollWidth > el.clientWidth + 1) {
      const label = el.getAttribute('aria-label') || el.value || el.textContent?.trim().slice(0, 60) || '';
      found.push({ what: `${name} "${label}"`, scrollWidth: el.scrollWidth, clientWidth: el.clientWidth });
    }
  }
  return found;
})();
