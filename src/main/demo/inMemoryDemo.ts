// The demo as a document in memory, without a file: the pure commands applied one after another. Used by
// tests, and by anything that wants to look at the demo without writing a file.
import { createWorkshop, runCommand, type CommandCall } from '@shared/commands'
import { emptyDoc, type WorkshopDoc } from '@shared/model/document'
import { applyPatch } from '@shared/model/patch'
import type { Language } from '@shared/model/records'
import { buildDemo, type CommandTarget } from './buildDemo'
import { demoWorkshopArgs, type CreateWorkshopArgs } from './demoCommands'
import type { ScenarioWorkshop } from './scenarios/scenarioWorkshop'

export class InMemoryWorkshop implements CommandTarget {
  doc: WorkshopDoc
  constructor(
    createArgs: CreateWorkshopArgs,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {
    const args = createWorkshop.args.parse(createArgs)
    this.doc = applyPatch(emptyDoc(), createWorkshop.run(emptyDoc(), args, { now: this.now() }))
  }

  apply(call: CommandCall): void {
    this.doc = applyPatch(this.doc, runCommand(this.doc, call, { now: this.now() }))
  }
}

export function demoDocInMemory(language: Language, now?: () => string): WorkshopDoc {
  const workshop = new InMemoryWorkshop(demoWorkshopArgs(language), now)
  buildDemo(workshop, language)
  return workshop.doc
}

/** One workshop of a demo scenario (Kalundborg, Rudersdal, …) as a document in memory. */
export function scenarioDocInMemory(scenario: ScenarioWorkshop, now?: () => string): WorkshopDoc {
  const workshop = new InMemoryWorkshop(scenario.args, now)
  for (const call of scenario.commands(workshop.doc)) workshop.apply(call)
  return workshop.doc
}
