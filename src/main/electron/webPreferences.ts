// The renderer's sandbox settings, in a file without electron imports so a unit test can pin them down.
// Every window of the app uses exactly these; a change here is a security change.
export interface SafeWebPreferences {
  contextIsolation: true
  sandbox: true
  nodeIntegration: false
  webSecurity: true
  preload: string
}

export function webPreferencesFor(preloadPath: string): SafeWebPreferences {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    preload: preloadPath,
  }
}
