/** svg-to-pdfkit 0.1.8 ships no types: the one function the reports use. */
declare module 'svg-to-pdfkit' {
  export interface SVGtoPDFOptions {
    width?: number;
    height?: number;
    assumePt?: boolean;
    preserveAspectRatio?: string;
  }

  /** Draws an SVG document (a string) into the PDF at (x, y) as vector graphics. */
  export default function SVGtoPDF(doc: PDFKit.PDFDocument, svg: string, x: number, y: number, options?: SVGtoPDFOptions): void;
}
