// The Sharing tab (issue 15): actors and sharing links made from the keyboard, who shares what with whom,
// and the needs-and-offers market — needs, offers, Match… with suggestions and their reason (never
// automatic), proposed -> agreed -> done, and a project made from an agreed match.
import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { allSuggestions } from '@shared/analysis/matchSuggestions'
import { marketSummary } from '@shared/analysis/marketSummary'
import { sharingSummary } from '@shared/analysis/sharingSummary'
import { placeActor } from '@shared/layout/placeActor'
import type { WorkshopDoc } from '@shared/model/document'
import {
  ACTOR_TYPES,
  FLOW_TYPES,
  MARKET_CATEGORIES,
  MATCH_STATUSES,
  type ActorType,
  type FlowType,
  type MarketCategory,
  OfferExchange,
  type MatchStatus,
  type Note,
} from '@shared/model/records'
import { newId } from '../editor/ids'
import { ActorEditor } from './ActorEditor'
import { ChoiceField } from './ChoiceField'
import type { MethodProps } from './methodProps'
import { EditLockGroup } from '../panels/editLock'

function who(doc: WorkshopDoc, note: Note | undefined): string {
  if (!note) return ''
  if (note.actorId) return doc.actor[note.actorId]?.name ?? ''
  if (note.authorId) return doc.participant[note.authorId]?.name ?? ''
  return ''
}

export function SharingSection({ doc, apply, openActorId = null }: MethodProps) {
  const { t } = useTranslation()
  // The actor being edited: the one opened from the board, or chosen with its Edit button in the table.
  const [editingId, setEditingId] = useState<string | null>(openActorId)
  const editing = editingId ? (doc.actor[editingId] ?? null) : null
  const [focusEditor, setFocusEditor] = useState(openActorId !== null)
  const editorRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (openActorId) editorRef.current?.scrollIntoView({ block: 'start' })
  }, [openActorId])
  const summary = useMemo(() => sharingSummary(doc), [doc])
  const actorName = (id: string) => doc.actor[id]?.name ?? ''
  const [name, setName] = useState('')
  const [type, setType] = useState<ActorType>('institution')
  const [contact, setContact] = useState('')
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const [flow, setFlow] = useState<FlowType>('premises')
  const [both, setBoth] = useState(false)
  const [label, setLabel] = useState('')
  const [status, setStatus] = useState('')
  const actors = summary.actors.map((row) => row.actor)
  const actorChoices = [
    { value: '', label: t('sharing.chooseActor') },
    ...actors.map((actor) => ({ value: actor.id, label: actor.name })),
  ]

  const addActor = async (event: React.FormEvent) => {
    event.preventDefault()
    if (name.trim() === '') return
    const ok = await apply({
      name: 'addActors',
      args: { actors: [{ id: newId('a'), name, type, contact, ...placeActor(doc, type) }] },
    })
    if (ok) {
      setStatus(t('sharing.actorAdded', { name: name.trim() }))
      setName('')
      setContact('')
    }
  }
  const addLink = async (event: React.FormEvent) => {
    event.preventDefault()
    if (!from || !to) return
    const ok = await apply({
      name: 'addConnector',
      args: { id: newId('link'), fromId: from, toId: to, flow, direction: both ? 'both' : 'gives', label },
    })
    if (ok) {
      setStatus(t('sharing.linkAdded', { from: actorName(from), to: actorName(to), flow: t(`sharing.flows.${flow}`) }))
      setLabel('')
    }
  }
  const flowList = (items: { flow: FlowType; otherId: string }[]) =>
    items.length === 0
      ? t('sharing.nothing')
      : items.map((item) => `${t(`sharing.flows.${item.flow}`)} (${actorName(item.otherId)})`).join(', ')

  return (
    // A read-only workshop: every form here only edits, so all are locked at once and say why (issue 10).
    <EditLockGroup>
      <div className="method-section sharing-section">
        <h3>{t('sharing.heading')}</h3>
        <div ref={editorRef}>
          {editing && (
            <ActorEditor
              key={`${editing.id} ${editing.updatedAt}`}
              doc={doc}
              apply={apply}
              actor={editing}
              focusOnOpen={focusEditor}
              onSaved={(saved) => {
                setFocusEditor(false)
                setStatus(t('sharing.actorSaved', { name: saved }))
              }}
              onDone={() => setEditingId(null)}
            />
          )}
        </div>
        <form onSubmit={addActor} aria-label={t('sharing.addActor')} className="sharing-form">
          <label>
            {t('sharing.actorName')}
            <input value={name} onChange={(e) => setName(e.target.value)} maxLength={200} />
          </label>
          <ChoiceField
            label={t('sharing.actorType')}
            value={type}
            onChange={setType}
            choices={ACTOR_TYPES.map((value) => ({ value, label: t(`sharing.actorTypes.${value}`) }))}
          />
          <label>
            {t('sharing.actorContact')}
            <input value={contact} onChange={(e) => setContact(e.target.value)} maxLength={500} />
          </label>
          <button type="submit">{t('sharing.addActor')}</button>
        </form>
        {actors.length >= 2 && (
          <form onSubmit={addLink} aria-label={t('sharing.linkHeading')} className="sharing-form">
            <ChoiceField label={t('sharing.linkFrom')} value={from} onChange={setFrom} choices={actorChoices} />
            <ChoiceField label={t('sharing.linkTo')} value={to} onChange={setTo} choices={actorChoices} />
            <ChoiceField
              label={t('sharing.linkFlow')}
              value={flow}
              onChange={setFlow}
              choices={FLOW_TYPES.map((value) => ({ value, label: t(`sharing.flows.${value}`) }))}
            />
            <label className="inline">
              <input type="checkbox" checked={both} onChange={(e) => setBoth(e.target.checked)} />
              {t('sharing.directions.both')}
            </label>
            <label>
              {t('sharing.linkLabel')}
              <input value={label} onChange={(e) => setLabel(e.target.value)} maxLength={200} />
            </label>
            <button type="submit">{t('sharing.addLink')}</button>
          </form>
        )}
        <p role="status">{status}</p>
        {actors.length === 0 ? (
          <p>{t('sharing.noActors')}</p>
        ) : (
          <table aria-label={t('sharing.heading')} className="sharing-table">
            <thead>
              <tr>
                <th scope="col">{t('sharing.reportActor')}</th>
                <th scope="col">{t('sharing.gives')}</th>
                <th scope="col">{t('sharing.receives')}</th>
              </tr>
            </thead>
            <tbody>
              {summary.actors.map((row) => (
                <tr key={row.actor.id}>
                  <th scope="row">
                    {row.actor.name} <small>({t(`sharing.actorTypes.${row.actor.type}`)})</small>{' '}
                    <button
                      type="button"
                      className="small-button"
                      aria-label={t('sharing.editActor', { name: row.actor.name })}
                      aria-pressed={editingId === row.actor.id}
                      onClick={() => {
                        setFocusEditor(true)
                        setEditingId(row.actor.id)
                        editorRef.current?.scrollIntoView({ block: 'start' })
                      }}
                    >
                      {t('sharing.edit')}
                    </button>
                  </th>
                  <td>{flowList(row.gives)}</td>
                  <td>{flowList(row.receives)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {summary.linkCount > 0 && (
          <p aria-label={t('sharing.countsHeading')}>
            {t('sharing.countsHeading')}:{' '}
            {FLOW_TYPES.filter((value) => summary.byFlow[value] > 0)
              .map((value) => `${t(`sharing.flows.${value}`)} ${summary.byFlow[value]}`)
              .join(' · ')}
          </p>
        )}
        {actors.length > 0 && (
          <section aria-label={t('sharing.noLinks')}>
            <h4>{t('sharing.noLinks')}</h4>
            <p>
              {summary.unlinked.length === 0
                ? t('sharing.everyoneLinked')
                : summary.unlinked.map((actor) => actor.name).join(', ')}
            </p>
          </section>
        )}
        <MarketPart doc={doc} apply={apply} />
      </div>
    </EditLockGroup>
  )
}

function MarketPart({ doc, apply }: MethodProps) {
  const { t } = useTranslation()
  const notes = Object.values(doc.note)
  const needs = notes
    .filter((note) => note.kind === 'need')
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || (a.id < b.id ? -1 : 1))
  const offers = notes
    .filter((note) => note.kind === 'offer')
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || (a.id < b.id ? -1 : 1))
  const suggestions = useMemo(() => allSuggestions(doc), [doc])
  const market = useMemo(() => marketSummary(doc), [doc])
  const [matching, setMatching] = useState<string | null>(null)
  const [anyOffer, setAnyOffer] = useState('')
  const short = (note: Note | undefined) => (note ? note.text.split('\n')[0]!.slice(0, 80) : '')
  const matches = Object.values(doc.match).sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || (a.id < b.id ? -1 : 1),
  )
  const match = (needId: string, offerId: string) =>
    apply({ name: 'addMatch', args: { id: newId('match'), needId, offerId } })
  const share = market.shareWithAgreedMatch === null ? '—' : `${Math.round(market.shareWithAgreedMatch * 100)} %`

  return (
    <section aria-label={t('sharing.marketHeading')}>
      <h3>{t('sharing.marketHeading')}</h3>
      <MarketNoteForm doc={doc} apply={apply} kind="need" />
      <MarketNoteForm doc={doc} apply={apply} kind="offer" />
      <p>
        {t('sharing.unmatchedNeeds', { count: market.needsWithoutMatch.length })} ·{' '}
        {t('sharing.shareWithAgreed', { share, count: market.participantsWithAgreedMatch, total: market.participants })}
      </p>
      <h4>{t('sharing.needsHeading')}</h4>
      {needs.length === 0 && <p>{t('sharing.noNeeds')}</p>}
      <ul className="market-list" aria-label={t('sharing.needsHeading')}>
        {needs.map((need) => (
          <li key={need.id}>
            <span>
              {short(need)}{' '}
              <small>
                (
                {[who(doc, need), need.marketCategory && t(`sharing.marketCategories.${need.marketCategory}`)]
                  .filter(Boolean)
                  .join(', ')}
                )
              </small>
            </span>
            <button
              type="button"
              aria-expanded={matching === need.id}
              aria-label={t('sharing.matchFor', { text: short(need) })}
              onClick={() => setMatching(matching === need.id ? null : need.id)}
            >
              {t('sharing.match')}
            </button>
            {matching === need.id && (
              <div className="match-chooser">
                <h5>{t('sharing.suggestions')}</h5>
                {(suggestions.get(need.id) ?? []).length === 0 && <p>{t('sharing.noSuggestions')}</p>}
                <ul>
                  {(suggestions.get(need.id) ?? []).map((suggestion) => {
                    const offer = doc.note[suggestion.offerId]
                    const reasons = [
                      suggestion.category &&
                        t('sharing.reasonBoth', {
                          categories: t(`sharing.marketCategories.${suggestion.category}`).toLocaleLowerCase(),
                        }),
                      suggestion.words.length > 0 && t('sharing.reasonWords', { words: suggestion.words.join(', ') }),
                    ].filter(Boolean)
                    return (
                      <li key={suggestion.offerId}>
                        <button
                          type="button"
                          onClick={() => void match(need.id, suggestion.offerId).then((ok) => ok && setMatching(null))}
                        >
                          {t('sharing.accept', { text: short(offer) })}
                        </button>{' '}
                        <small>
                          {who(doc, offer)} — {reasons.join('; ')}
                        </small>
                      </li>
                    )
                  })}
                </ul>
                <select
                  aria-label={t('sharing.chooseOffer')}
                  value={anyOffer}
                  onChange={(e) => setAnyOffer(e.target.value)}
                >
                  <option value="">{t('sharing.chooseOffer')}</option>
                  {offers.map((offer) => (
                    <option key={offer.id} value={offer.id}>
                      {short(offer)}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  disabled={!anyOffer}
                  onClick={() => void match(need.id, anyOffer).then((ok) => ok && setMatching(null))}
                >
                  {t('sharing.match')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      <h4>{t('sharing.offersHeading')}</h4>
      {offers.length === 0 && <p>{t('sharing.noOffers')}</p>}
      <ul className="market-list" aria-label={t('sharing.offersHeading')}>
        {offers.map((offer) => (
          <li key={offer.id}>
            {short(offer)}{' '}
            <small>
              (
              {[
                who(doc, offer),
                offer.marketCategory && t(`sharing.marketCategories.${offer.marketCategory}`),
                offer.exchange && t(`sharing.exchanges.${offer.exchange}`),
              ]
                .filter(Boolean)
                .join(', ')}
              )
            </small>
          </li>
        ))}
      </ul>
      <h4>{t('sharing.matchesHeading')}</h4>
      {matches.length === 0 && <p>{t('sharing.noMatches')}</p>}
      <ul className="market-list" aria-label={t('sharing.matchesHeading')}>
        {matches.map((m) => {
          const need = doc.note[m.needId]
          const offer = doc.note[m.offerId]
          return (
            <li key={m.id}>
              <span>
                {short(need)} ↔ {short(offer)}
              </span>
              <select
                aria-label={t('sharing.statusOf', { need: short(need), offer: short(offer) })}
                value={m.status}
                onChange={(e) =>
                  void apply({ name: 'setMatchStatus', args: { id: m.id, status: e.target.value as MatchStatus } })
                }
              >
                {MATCH_STATUSES.map((value) => (
                  <option key={value} value={value}>
                    {t(`sharing.matchStatuses.${value}`)}
                  </option>
                ))}
              </select>
              {m.projectId ? (
                <small>
                  {t('sharing.projectMade')}: {doc.project[m.projectId]?.title}
                </small>
              ) : (
                m.status !== 'proposed' && (
                  <button
                    type="button"
                    onClick={() =>
                      void apply({ name: 'makeProjectFromMatch', args: { matchId: m.id, projectId: newId('project') } })
                    }
                  >
                    {t('sharing.makeProject')}
                  </button>
                )
              )}
              <button type="button" onClick={() => void apply({ name: 'removeMatch', args: { id: m.id } })}>
                {t('sharing.removeMatch')}
              </button>
            </li>
          )
        })}
      </ul>
    </section>
  )
}

function MarketNoteForm({ doc, apply, kind }: MethodProps & { kind: 'need' | 'offer' }) {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const [owner, setOwner] = useState('')
  const [category, setCategory] = useState<MarketCategory>('skills')
  const [exchange, setExchange] = useState<OfferExchange>('given')
  const people = Object.values(doc.participant).filter((p) => p.name)
  const actors = Object.values(doc.actor)
  const submit = async (event: React.FormEvent) => {
    event.preventDefault()
    if (text.trim() === '') return
    const [ownerKind, ownerId] = owner.split(':')
    const ok = await apply({
      name: 'addNotes',
      args: {
        notes: [
          {
            id: newId(kind),
            text: text.trim(),
            kind,
            marketCategory: category,
            exchange: kind === 'offer' ? exchange : null,
            authorId: ownerKind === 'p' ? ownerId! : null,
            actorId: ownerKind === 'a' ? ownerId! : null,
          },
        ],
        place: { zoneId: doc.zone[`zone-${kind}s`] ? `zone-${kind}s` : null },
      },
    })
    if (ok) setText('')
  }
  return (
    <form
      onSubmit={submit}
      aria-label={t(kind === 'need' ? 'sharing.addNeed' : 'sharing.addOffer')}
      className="sharing-form"
    >
      <label>
        {t(kind === 'need' ? 'sharing.needText' : 'sharing.offerText')}
        <input value={text} onChange={(e) => setText(e.target.value)} maxLength={2000} />
      </label>
      <ChoiceField
        label={t('sharing.who')}
        value={owner}
        onChange={setOwner}
        choices={[
          { value: '', label: t('sharing.whoNobody') },
          ...people.map((p) => ({ value: `p:${p.id}`, label: p.name ?? '' })),
          ...actors.map((a) => ({ value: `a:${a.id}`, label: a.name })),
        ]}
      />
      <ChoiceField
        label={t('sharing.category')}
        value={category}
        onChange={setCategory}
        choices={MARKET_CATEGORIES.map((value) => ({ value, label: t(`sharing.marketCategories.${value}`) }))}
      />
      {kind === 'offer' && (
        <ChoiceField
          label={t('sharing.exchange')}
          value={exchange}
          onChange={setExchange}
          choices={OfferExchange.options.map((value) => ({ value, label: t(`sharing.exchanges.${value}`) }))}
        />
      )}
      <button type="submit">{t(kind === 'need' ? 'sharing.addNeed' : 'sharing.addOffer')}</button>
    </form>
  )
}
