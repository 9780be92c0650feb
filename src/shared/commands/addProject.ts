// Creates an action project, empty or from a theme; the deadline defaults to 100 days after its session.
// A card made without a place goes to the next free place in the "Action projects" area, which grows (and
// pushes what is below it down) when it is full, all in this one command.
import { fitZones } from '../layout/fitZones'
import { LayoutDraft } from '../layout/layoutDraft'
import { placeProjectCard } from '../layout/placeNew'
import { PROJECT_CARD } from '../layout/sizes'
import { hundredDaysAfter } from '../model/defaults'
import { PatchBuilder } from '../model/patch'
import { Id } from '../model/records'
import type { WorkshopDoc } from '../model/document'
import { defineCommand, reject, requireRecord } from './command'
import { ProjectFields } from './projectFields'
import { oneOwner } from './projectOwner'
import { chosenStrategyAreas } from './strategyAreas'

export function checkProjectLinks(doc: WorkshopDoc, fields: Partial<ProjectFields>): void {
  if (fields.ownerId) requireRecord(doc.participant, fields.ownerId, 'participant')
  for (const id of fields.memberIds ?? []) requireRecord(doc.participant, id, 'participant')
  for (const id of [...(fields.strengthIds ?? []), ...(fields.ideaIds ?? [])]) requireRecord(doc.note, id, 'note')
  if (fields.themeId) requireRecord(doc.theme, fields.themeId, 'theme')
  if (fields.sessionId) requireRecord(doc.session, fields.sessionId, 'session')
}

export const addProject = defineCommand({
  name: 'addProject',
  args: ProjectFields.partial().extend({ id: Id }),
  run(doc, args, ctx) {
    if (doc.project[args.id]) reject('duplicate-id', { id: args.id })
    checkProjectLinks(doc, args)
    const session = args.sessionId ? doc.session[args.sessionId] : undefined
    const theme = args.themeId ? doc.theme[args.themeId] : undefined
    const patch = new PatchBuilder()
    const draft = new LayoutDraft(doc)
    // A place given by the caller (an import, the demo) is kept as it is; a placed card fits its area to it.
    const place =
      args.x === undefined && args.y === undefined
        ? fitZones(draft, [{ ...placeProjectCard(draft), ...PROJECT_CARD }])[0]!
        : { x: args.x ?? 0, y: args.y ?? 0 }
    draft.writeInto(patch, ctx.now)
    return patch
      .add('project', {
        id: args.id,
        title: args.title ?? theme?.name ?? '',
        goal: args.goal ?? '',
        ...oneOwner({ ownerId: null, ownerName: '' }, args),
        memberIds: args.memberIds ?? [],
        firstStep: args.firstStep ?? '',
        deadline: args.deadline !== undefined ? args.deadline : hundredDaysAfter(session?.date ?? ctx.now.slice(0, 10)),
        resourcesNeeded: args.resourcesNeeded ?? '',
        resourcesOffered: args.resourcesOffered ?? '',
        barriers: args.barriers ?? '',
        successMeasure: args.successMeasure ?? '',
        strategyAreas: chosenStrategyAreas(doc, args.strategyAreas ?? []),
        status: args.status ?? 'idea',
        strengthIds: args.strengthIds ?? [],
        ideaIds: args.ideaIds ?? [],
        themeId: args.themeId ?? null,
        sessionId: args.sessionId ?? null,
        x: place.x,
        y: place.y,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .build()
  },
})
