// The program's version, from package.json (bundled at build time), for app.info and the "exportedBy" of exports.
// A named import, so the bundle keeps this one string rather than the whole package.json (scripts, dependencies).
import { version } from '../../package.json'

export const APP_VERSION: string = version
