/**
 * PNG export of an SVG-rendered chart. The charts render as SVG (crisp at any size, text in the
 * DOM for tests and screen readers), so the PNG is drawn by rasterising that SVG onto a canvas
 * at 2× with the chart's title above and its source below: a chart pasted into a report keeps
 * where its numbers come from.
 */
export interface PngCaption {
  readonly title: string;
  readonly source: string;
}

const SCALE = 2;
const TITLE_PX = 22;
const SOURCE_PX = 13;
const PAD = 16;
const FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif';

async function loadSvgImage(svg: SVGSVGElement, width: number, height: number): Promise<HTMLImageElement> {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const xml = new XMLSerializer().serializeToString(clone);
  const url = URL.createObjectURL(new Blob([xml], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

function canvasToBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (blob) resolve(blob);
      else reject(new Error('canvas.toBlob returned nothing'));
    }, 'image/png');
  });
}

export async function svgToPng(
  svg: SVGSVGElement,
  caption: PngCaption,
  background = '#ffffff',
): Promise<Blob> {
  const { width, height } = svg.getBoundingClientRect();
  const image = await loadSvgImage(svg, width, height);
  const header = TITLE_PX + 2 * PAD;
  const footer = SOURCE_PX + 2 * PAD;
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * SCALE);
  canvas.height = Math.ceil((height + header + footer) * SCALE);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas context');
  context.scale(SCALE, SCALE);
  context.fillStyle = background;
  context.fillRect(0, 0, width, height + header + footer);
  context.fillStyle = '#1f2933';
  context.textBaseline = 'top';
  context.font = `bold ${TITLE_PX}px ${FONT}`;
  context.fillText(caption.title, PAD, PAD, width - 2 * PAD);
  context.drawImage(image, 0, header, width, height);
  context.fillStyle = '#52606d';
  context.font = `${SOURCE_PX}px ${FONT}`;
  context.fillText(caption.source, PAD, header + height + PAD, width - 2 * PAD);
  return canvasToBlob(canvas);
}
