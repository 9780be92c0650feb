// The program's version, from package.json (bundled at build time), for app.info and the "exportedBy" of exports.
import packageJson from '../../package.json'

export const APP_VERSION: string = packageJson.version
