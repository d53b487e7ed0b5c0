// WCAG 2 contrast of every visible text on the page against the background it is drawn on.
// Colours are read through a canvas, so any CSS colour syntax (rgb, oklch, color-mix) is understood.
(() => {
  const canvas = document.createElement("canvas");
  canvas.width = canvas.height = 1;
  const ctx = canvas.getContext("2d", {willReadFrequently: true});
  const rgba = (css) => {
    ctx.clearRect(0, 0, 1, 1);
    ctx.fillStyle = "rgba(0,0,0,0)";
    ctx.fillStyle = css;
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
    return [r, g, b, a / 255];
  };
  const over = (top, below) => {  // top (with alpha) composited over an opaque colour
    const a = top[3];
    return [0, 1, 2].map((i) => top[i] * a + below[i] * (1 - a)).concat(1);
  };
  const opacity = (el) => {
    let o = 1;
    for (let e = el; e; e = e.parentElement) o *= parseFloat(getComputedStyle(e).opacity);
    return o;
  };
  // The first gradient's first colour stands in for a background image (Gradio's buttons)
  const gradientColour = (image) => {
    const m = image.match(/(rgba?\([^)]*\)|oklch\([^)]*\)|color\([^)]*\)|#[0-9a-f]{3,8})/i);
    return m ? rgba(m[1]) : null;
  };
  const background = (el) => {
    const layers = [];
    for (let e = el; e; e = e.parentElement) {
      const style = getComputedStyle(e);
      let c = rgba(style.backgroundColor);
      if (style.backgroundImage && style.backgroundImage !== "none") c = gradientColour(style.backgroundImage) || c;
      if (c[3] > 0) layers.push(c);
      if (c[3] >= 1) break;
    }
    let colour = [255, 255, 255, 1];  // the canvas behind everything
    if (layers.length && layers[layers.length - 1][3] >= 1) colour = layers.pop();
    for (const layer of layers.reverse()) colour = over(layer, colour);
    return colour;
  };
  const luminance = ([r, g, b]) => {
    const lin = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  };
  const ratio = (fg, bg) => {
    const [hi, lo] = [luminance(fg), luminance(bg)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  const describe = (el) => {
    const id = el.id ? "#" + el.id : "";
    const cls = typeof el.className === "string" && el.className.trim() ? "." + el.className.trim().split(/\s+/).join(".") : "";
    return el.tagName.toLowerCase() + id + cls;
  };
  const visible = (el) => {
    if (el.closest("[aria-hidden=true]")) return false;  // decorative marks (icons) are not text to read
    const style = getComputedStyle(el);
    if (style.visibility !== "visible" || style.display === "none") return false;
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && opacity(el) > 0.05;
  };
  const results = [];
  const measure = (el, fgCss, text, what) => {
    const bg = background(el);
    const fg = rgba(fgCss);
    fg[3] *= opacity(el);
    results.push({element: describe(el) + what, text: text.slice(0, 60), ratio: ratio(over(fg, bg), bg),
                  color: fgCss, background: "rgb(" + bg.slice(0, 3).join(",") + ")"});
  };
  for (const el of document.body.querySelectorAll("*")) {
    if (["SCRIPT", "STYLE", "NOSCRIPT", "svg", "path"].includes(el.tagName)) continue;
    const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join("").trim();
    if (own && visible(el)) measure(el, getComputedStyle(el).color, own, "");
    const holder = el.getAttribute && el.getAttribute("placeholder");
    if (holder && !el.value && visible(el)) measure(el, getComputedStyle(el, "::placeholder").color, holder, "::placeholder");
  }
  return results;
})()
