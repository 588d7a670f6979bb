/** Pure slide → HTML rendering (markdown-it only, no DOM). */
export { renderSlideHtml, renderSectionHtml, renderNotesHtml, slideSectionAttrs, layoutOf } from './slide';
export { renderMarkdown, parseElementAttrs, ELEMENT_ATTRS, escapeHtml } from './markdown';
export { percentOf } from './figures';
