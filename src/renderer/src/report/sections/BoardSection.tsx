// The whole board on a landscape page, with its legend of asset categories.
import type { BoardImage } from '../renderBoardImage'
import type { ReportModel, Translate } from '../reportModel'
import { Swatch } from './common'

export function BoardSection({ model, image, t }: { model: ReportModel; image: BoardImage | null; t: Translate }) {
  return (
    <section className="board-page" aria-labelledby="section-board">
      <h1 id="section-board">{t('report.sectionNames.board')}</h1>
      {image === null ? (
        <p className="empty">{t('report.board.empty')}</p>
      ) : (
        <figure className="board-figure" data-drawn={JSON.stringify(image.drawn)}>
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
              {model.categories
                .filter((category) => category.id !== null)
                .map((category) => (
                  <span key={category.id} className="legend-item">
                    <Swatch colour={category.colour} />
                    {category.name}
                  </span>
                ))}
            </span>
          </figcaption>
        </figure>
      )}
    </section>
  )
}
