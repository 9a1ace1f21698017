// Measures a report page as Chromium lays it out and writes what it finds into the page, for --dump-dom.
// Only test copies of a page carry this script; the shipped report has none.
// Each finding is a line: "small <px> <text>", "overlap <text> | <text>", "outside <text>" (an SVG label past its
// column or its picture), then "checked <n>" with the number of text pieces measured.
window.addEventListener('load', () => {
  const findings = [];
  const clip = (text) => text.replace(/\s+/g, ' ').trim().slice(0, 60);
  let checked = 0;

  // Every piece of visible text: its rendered size is the computed font size times the scale of its SVG, if any.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const element = node.parentElement;
    if (!node.textContent.trim() || !element || element.closest('title, style, script, #negc-probe')) continue;
    const rects = [...(() => { const r = document.createRange(); r.selectNodeContents(node); return r.getClientRects(); })()];
    if (rects.every(rect => rect.width === 0 || rect.height === 0)) continue;
    const text = element.closest('text') || element;
    const scale = text instanceof SVGGraphicsElement ? Math.abs(text.getScreenCTM().a) : 1;
    const size = parseFloat(getComputedStyle(element).fontSize) * scale;
    checked++;
    if (size < 10) findings.push(`small ${size.toFixed(2)} ${clip(node.textContent)}`);
  }

  // The timeline's labels: each line (a tspan, or a text without one) and each legend entry must not overlap another.
  for (const figure of document.querySelectorAll('figure.timeline, .negc-probe-case')) {
    const boxes = [];
    for (const svg of figure.querySelectorAll('svg:not(.tl-swatch)')) {
      const view = svg.viewBox.baseVal;
      const frame = svg.getBoundingClientRect();
      // Labels have the column left of the chart, which starts where the axis does.
      const axis = svg.querySelector('.tl-axis');
      const chartLeft = axis ? axis.x1.baseVal.value : view.width;
      for (const text of svg.querySelectorAll('text')) {
        const lines = text.querySelectorAll('tspan').length ? [...text.querySelectorAll('tspan')] : [text];
        for (const line of lines) boxes.push({ box: line.getBoundingClientRect(), text: line.textContent });
        const box = text.getBBox();
        const column = text.classList.contains('tl-label') || text.classList.contains('tl-section') ? chartLeft : view.width;
        if (box.x < 0 || box.x + box.width > column || text.getBoundingClientRect().right > frame.right + 0.5)
          findings.push(`outside ${clip(text.textContent)}`);
      }
    }

    for (const item of figure.querySelectorAll('.tl-legend li')) boxes.push({ box: item.getBoundingClientRect(), text: item.textContent });
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i].box, b = boxes[j].box;
        const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (width > 0.5 && height > 0.5) findings.push(`overlap ${clip(boxes[i].text)} | ${clip(boxes[j].text)}`);
      }
    }
  }

  findings.push(`checked ${checked}`);
  const probe = document.createElement('pre');
  probe.id = 'negc-probe';
  probe.textContent = findings.join('\n');
  document.body.appendChild(probe);
});
