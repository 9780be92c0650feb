// The asset categories of this workshop: name, colour and a live count of notes in each (the legend the
// facilitator reads out: "we have 14 strengths about places, only 2 about economy").
import { memo, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { categoriesInOrder, notesByCategory } from '@shared/analysis/recordCounts'
import type { WorkshopDoc } from '@shared/model/document'
import { categoryName } from '../board/labels'
import { newId } from '../editor/ids'
import { CommitField } from './CommitField'
import type { MethodProps } from './methodProps'

const NEW_CATEGORY_COLOUR = '#d4a373'

export function CategoriesEditor({ doc, apply }: MethodProps) {
  const { t } = useTranslation()
  const counts = notesByCategory(doc)
  const [name, setName] = useState('')
  const [colour, setColour] = useState(NEW_CATEGORY_COLOUR)

  const add = async (event: FormEvent) => {
    event.preventDefault()
    if (name.trim() === '') return
    if (await apply({ name: 'addCategory', args: { id: newId('category'), name, color: colour } })) setName('')
  }

  return (
    <section className="method-block" aria-labelledby="method-categories">
      <h3 id="method-categories">{t('method.setup.categories')}</h3>
      <CategoryRows doc={doc} counts={counts.byCategory} apply={apply} />
      <p className="muted">{t('method.setup.withoutCategory', { count: counts.withoutCategory })}</p>
      <form
        className="method-form method-inline"
        onSubmit={(event) => void add(event)}
        aria-label={t('method.setup.addCategory')}
      >
        <label>
          {t('method.setup.newCategory')}
          <input value={name} onChange={(event) => setName(event.target.value)} />
        </label>
        <label>
          {t('method.setup.newCategoryColour')}
          <input type="color" value={colour} onChange={(event) => setColour(event.target.value)} />
        </label>
        <button type="submit" disabled={name.trim() === ''}>
          {t('method.setup.addCategory')}
        </button>
      </form>
    </section>
  )
}

interface CategoryRowsProps {
  /** Only its categories are read (names and colours). */
  doc: WorkshopDoc
  /** Category id -> notes in it. */
  counts: Record<string, number>
  apply: MethodProps['apply']
}

const sameCounts = (a: Record<string, number>, b: Record<string, number>) => {
  const ids = Object.keys(a)
  return ids.length === Object.keys(b).length && ids.every((id) => a[id] === b[id])
}

/**
 * The rows change only with the categories or their counts: an idea from a phone, a dot or a move must not
 * re-render them and their translated labels (the line of notes without a category, above, still follows).
 */
export function categoryRowsPropsEqual(prev: CategoryRowsProps, next: CategoryRowsProps): boolean {
  return prev.apply === next.apply && prev.doc.category === next.doc.category && sameCounts(prev.counts, next.counts)
}

const CategoryRows = memo(function CategoryRows({ doc, counts, apply }: CategoryRowsProps) {
  const { t } = useTranslation()
  return (
    <ul className="method-list" aria-label={t('method.setup.categories')}>
      {categoriesInOrder(doc).map((category) => {
        const shown = categoryName(doc, category.id, t)
        return (
          <li key={category.id} className="method-row method-category">
            <input
              type="color"
              aria-label={t('method.setup.categoryColour', { name: shown })}
              value={category.color}
              onChange={(event) =>
                void apply({ name: 'updateCategory', args: { id: category.id, color: event.target.value } })
              }
            />
            <CommitField
              label={t('method.setup.categoryName', { name: shown })}
              value={shown}
              onCommit={(value) =>
                void apply({
                  name: 'updateCategory',
                  args: { id: category.id, name: value.trim() === '' ? null : value },
                })
              }
            />
            <span className="method-count" data-category-count={category.id}>
              {t('method.setup.categoryCount', { count: counts[category.id] ?? 0 })}
            </span>
          </li>
        )
      })}
    </ul>
  )
}, categoryRowsPropsEqual)
