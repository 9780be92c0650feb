// English texts for a project's owner who is not on the participants list (issue 10). Mirrored by
// da/projectOwner.ts.
export const projectOwnerEn = {
  /** The owner list's last choice: type the name of someone who is not a participant. */
  notListed: 'Someone not on the list…',
  /** The text field for that name. */
  name: 'Owner’s name',
  /** The report when names are left out: the owner is there, the name is not. */
  nameLeftOut: 'An owner not on the participants list',
}
