// What an export says about the program that wrote it ("exportedBy"), read from package.json at build time
// would be nicer; the API's own version constant lives in createApi.ts, so keep the two in step.
export const APP_VERSION = '0.1.0'
export const APP_VERSION_FOR_EXPORTS = `Handlekraft ${APP_VERSION}`
