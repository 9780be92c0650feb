// What an export says about the program that wrote it ("exportedBy").
import { APP_VERSION } from '../appVersion'

export const APP_VERSION_FOR_EXPORTS = `Handlekraft ${APP_VERSION}`
