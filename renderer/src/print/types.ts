/** What the print view reports to the exporter once it is ready (JSON in `data-print-layout`). */
export interface PrintLayout {
  /** Pages the document will print to. */
  pages: number;
  /** For each slide, the 0-based page its outline entry points at. */
  slidePages: number[];
  /** Each slide's title (the outline's entry text). */
  titles: string[];
}
