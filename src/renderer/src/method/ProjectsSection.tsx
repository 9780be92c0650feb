// Projects: create one (from a theme or empty), the list with completeness, the editor of the chosen one,
// and the follow-up table.
import { useEffect, useRef, useState } from 'react'
import { CreateProject } from './CreateProject'
import type { MethodProps } from './methodProps'
import { EditLockGroup } from '../panels/editLock'
import { ProjectEditor } from './ProjectEditor'
import { ProjectFollowUp } from './ProjectFollowUp'
import { ProjectList } from './ProjectList'

export function ProjectsSection(props: MethodProps) {
  const [editingId, setEditingId] = useState<string | null>(props.openProjectId ?? null)
  const editing = editingId ? (props.doc.project[editingId] ?? null) : null
  const editorRef = useRef<HTMLDivElement>(null)
  // A project opened from the board: bring its editor into view, below the list.
  useEffect(() => {
    if (props.openProjectId) editorRef.current?.scrollIntoView({ block: 'start' })
  }, [props.openProjectId])
  return (
    <>
      <EditLockGroup>
        <CreateProject {...props} onCreated={setEditingId} />
      </EditLockGroup>
      <ProjectList doc={props.doc} editingId={editing?.id ?? null} onEdit={setEditingId} />
      <div ref={editorRef}>
        {editing && (
          <EditLockGroup>
            <ProjectEditor
              key={`${editing.id} ${editing.updatedAt}`}
              {...props}
              project={editing}
              onDone={() => setEditingId(null)}
            />
          </EditLockGroup>
        )}
      </div>
      <EditLockGroup>
        <ProjectFollowUp {...props} editing={editing} />
      </EditLockGroup>
    </>
  )
}
