// Danske tekster til en tovholder, der ikke står på deltagerlisten (issue 10). Samme nøgler som
// en/projectOwner.ts.
import type { projectOwnerEn } from '../en/projectOwner'

export const projectOwnerDa: typeof projectOwnerEn = {
  notListed: 'En, der ikke står på listen…',
  name: 'Tovholderens navn',
  nameLeftOut: 'En tovholder uden for deltagerlisten',
}
