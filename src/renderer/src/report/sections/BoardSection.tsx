// The whole board on its own page, with its legend of asset categories: a landscape page for a wide board, a
// portrait one for a board taller than about 6:5 (the method template's areas stack in rows), so the picture
// takes the page's whole printable width or height instead of a square in the middle of a landscape page.
import type { BoardImage } from '../renderBoardImage'
import type { ReportModel, Translate } from '../reportModel'
import { FlowMarkIcon } from '../../board/FlowMarkIcon'
import { ACTOR_COLOUR } from '@shared/model/sharingStyle'
import { Swatch } from './common'

/** Below this width-to-height ratio the picture is larger on a portrait page (A4: 174 × 229 mm for it, against 261 × 145). */
export const PORTRAIT_BELOW_RATIO = 1.2

export function BoardSection({ model, image, t }: { model: ReportModel; image: BoardImage | null; t: Translate }) {
  const tall = image !== null && image.width < image.height * PORTRAIT_BELOW_RATIO
  return (
    <section className={tall ? 'board-page tall' : 'board-page'} aria-labelledby="section-board">
      <h1 id="section-board">{t('report.sectionNames.board')}</h1>
      {image === null ? (
        <p className="empty">{t('report.board.empty')}</p>
      ) : (
        <figure className={model.sharing ? 'board-figure with-sharing-key' : 'board-figure'} data-drawn={JSON.stringify(image.drawn)}>
          <img src={image.dataUrl} alt={t('report.board.alt')} width={image.width} height={image.height} />
          <figcaption>
            {t('report.board.caption', {
              notes: model.board.notes,
              areas: model.board.areas,
              lines: model.board.lines,
              // Counted from what the picture drew, so the caption says what the reader can find in it.
              themes: image.drawn.themes.length,
              projects: image.drawn.projects.length,
            })}
            <span className="legend">
              {/* A symbiosis map or a market with no strengths on it gets no key to empty asset categories. */}
              {(model.strengthsTotal > 0 || (!model.sharing && !model.market)) &&
                model.categories
                .filter((category) => category.id !== null)
                .map((category) => (
                  <span key={category.id} className="legend-item">
                    <Swatch colour={category.colour} />
                    {category.name}
                  </span>
                ))}
            </span>
            {model.sharing && (
              // The key to the actor cards' bands, then to the sharing links' colours and marks in the picture.
              <>
                <span className="legend sharing-legend">
                  {model.sharing.byActorType.map((row) => (
                    <span key={row.type} className="legend-item">
                      <Swatch colour={ACTOR_COLOUR[row.type]} />
                      {t(`sharing.actorTypes.${row.type}`)}
                    </span>
                  ))}
                </span>
                <span className="legend sharing-legend" aria-label={t('sharing.legendHeading')}>
                  <strong>{t('sharing.legendHeading')}:</strong>
                  {model.sharing.byFlow.map((row) => (
                    <span key={row.flow} className="legend-item">
                      <FlowMarkIcon flow={row.flow} />
                      {t(`sharing.flows.${row.flow}`)}
                    </span>
                  ))}
                </span>
              </>
            )}
          </figcaption>
        </figure>
      )}
    </section>
  )
}
