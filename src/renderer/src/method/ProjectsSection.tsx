// Projects: create one (from a theme or empty), the list with completeness, the editor of the chosen one,
// and the follow-up table.
import { useState } from 'react'
import { CreateProject } from './CreateProject'
import type { MethodProps } from './methodProps'
import { ProjectEditor } from './ProjectEditor'
import { ProjectFollowUp } from './ProjectFollowUp'
import { ProjectList } from './ProjectList'

export function ProjectsSection(props: MethodProps) {
  const [editingId, setEditingId] = useState<string | null>(null)
  const editing = editingId ? (props.doc.project[editingId] ?? null) : null
  return (
    <>
      <CreateProject {...props} onCreated={setEditingId} />
      <ProjectList doc={props.doc} editingId={editing?.id ?? null} onEdit={setEditingId} />
      {editing && <ProjectEditor key={`${editing.id} ${editing.updatedAt}`} {...props} project={editing} onDone={() => setEditingId(null)} />}
      <ProjectFollowUp {...props} editing={editing} />
    </>
  )
}
