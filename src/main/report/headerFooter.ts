// The header and footer Chromium prints on every page: the workshop title and "Page 3 of 12". The title is
// not put into the template at all: Chromium fills class="title" with document.title as text. The page
// label comes from our own catalog and is escaped anyway, because these templates are HTML.
import { createI18n } from '@shared/i18n'
import type { Language } from '@shared/model/records'

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!)
}

const BOX =
  'width:100%;margin:0 18mm;font-family:Inter,system-ui,sans-serif;font-size:7.5pt;color:#5b6670;display:flex;justify-content:space-between;'

export interface HeaderFooter {
  headerTemplate: string
  footerTemplate: string
}

export function headerFooterTemplates(language: Language): HeaderFooter {
  const t = createI18n(language).t
  // Split the translated label around its placeholders, escape the words, put Chromium's spans in between.
  const label = t('report.page', { page: '\u0000page\u0000', pages: '\u0000pages\u0000' })
  const pageLabel = escapeHtml(label)
    .replace('\u0000page\u0000', '<span class="pageNumber"></span>')
    .replace('\u0000pages\u0000', '<span class="totalPages"></span>')
  return {
    headerTemplate: `<div style="${BOX}"><span class="title"></span><span>${escapeHtml(t('report.kicker'))}</span></div>`,
    footerTemplate: `<div style="${BOX}"><span>Handlekraft</span><span>${pageLabel}</span></div>`,
  }
}

/**
 * The overview of many workshops (issue 14) prints with the workshop report's header and footer, except that
 * the header says what it is ("Overview of workshops", not "Workshop report"). Both printers use this.
 */
export function overviewHeaderFooter(language: Language): HeaderFooter {
  const { headerTemplate, footerTemplate } = headerFooterTemplates(language)
  const t = createI18n(language).t
  return {
    headerTemplate: headerTemplate.replace(escapeHtml(t('report.kicker')), escapeHtml(t('overview.report.kicker'))),
    footerTemplate,
  }
}
