// The running header of each report's pages: a named @page per report whose top margin box says
// its committee and meeting date. Built as a constructed style sheet because the text is the
// report's own and the Content Security Policy allows no inline <style>.

import { useEffect } from 'react';
import { runningHeader } from '../../../../shared/report-cells';
import type { ReportDocument } from '../../../../shared/report-document';

/** A CSS string literal: quotes, backslashes and line breaks escaped. */
export function cssString(text: string): string {
  return `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, ' ')}"`;
}

export const reportPageName = (index: number) => `report-${index}`;

export function pageRules(documents: readonly ReportDocument[]): string {
  return documents
    .map((document, index) => {
      const name = reportPageName(index);
      return `@page ${name} { @top-center { content: ${cssString(runningHeader(document.meta))}; } }
[data-page-name="${name}"] { page: ${name}; }`;
    })
    .join('\n');
}

export function useReportPageStyles(documents: readonly ReportDocument[]): void {
  useEffect(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(pageRules(documents));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((each) => each !== sheet);
    };
  }, [documents]);
}
