/**
 * Small SVG graphics drawn from a stat's figure. Only presentation attributes are used (no `style`), so the
 * output passes the renderer's sanitiser and a CSP without `style-src 'unsafe-inline'`; colours come from CSS.
 */

/** A figure ending in a percentage: `40%`, `70 %`, `12.5%`, `almost 70%`, `~30 per cent`. */
const PERCENT = /(?:^|\s|[~≈<>])(\d{1,3}(?:[.,]\d+)?)\s*(?:%|per ?cent)$/i;

const RING_RADIUS = 52;
const RING_CIRCUMFERENCE = 2 * Math.PI * RING_RADIUS;

/** A percentage figure split into its qualifier (`almost`, `about`) and the figure itself (`70%`). */
export function splitFigure(text: string): { qualifier: string; figure: string } {
  const trimmed = text.trim();
  const match = PERCENT.exec(trimmed);
  if (!match) return { qualifier: '', figure: trimmed };
  const figure = match[0].trim();
  return { qualifier: trimmed.slice(0, trimmed.length - figure.length).trim(), figure };
}

/** The percentage a figure states (0–100), or null when it is not a percentage. */
export function percentOf(figure: string): number | null {
  const match = PERCENT.exec(figure.trim());
  if (!match) return null;
  const value = Number((match[1] ?? '').replace(',', '.'));
  return Number.isFinite(value) && value >= 0 && value <= 100 ? value : null;
}

/** A ring filled to `percent` (0–100), drawn from the top clockwise. */
export function ringSvg(percent: number): string {
  const filled = (RING_CIRCUMFERENCE * percent) / 100;
  const dash = `${filled.toFixed(2)} ${RING_CIRCUMFERENCE.toFixed(2)}`;
  return (
    '<svg class="stat-ring" viewBox="0 0 120 120" aria-hidden="true">' +
    `<circle class="stat-ring-track" cx="60" cy="60" r="${RING_RADIUS}" fill="none" stroke-width="12"></circle>` +
    `<circle class="stat-ring-value" cx="60" cy="60" r="${RING_RADIUS}" fill="none" stroke-width="12" ` +
    `stroke-dasharray="${dash}" transform="rotate(-90 60 60)"></circle>` +
    '</svg>'
  );
}

/** A horizontal bar filled to `percent` (0–100). */
export function barSvg(percent: number): string {
  const width = Math.max(0, Math.min(100, percent)) * 4;
  return (
    '<svg class="stat-bar" viewBox="0 0 400 16" preserveAspectRatio="none" aria-hidden="true">' +
    '<rect class="stat-bar-track" x="0" y="0" width="400" height="16" rx="8"></rect>' +
    `<rect class="stat-bar-value" x="0" y="0" width="${width.toFixed(1)}" height="16" rx="8"></rect>` +
    '</svg>'
  );
}
