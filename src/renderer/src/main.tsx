// Entry point of the renderer: connect to the API, set up translations, render the app.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { I18nextProvider, initReactI18next } from 'react-i18next'
import { createI18n, pickLanguage } from '@shared/i18n'
import { connectApi } from './api'
import { App } from './App'
import { BOARD_FONT } from './board/boardStyle'
import { loadBoardFont } from './board/useElementSize'
import { ProjectorApp } from './present/ProjectorApp'
import './styles/fonts.css'
import './styles/app.css'

const connection = connectApi()
// The board's font loads while the start screen is up, so a workshop's board is drawn with it the first time.
void loadBoardFont(BOARD_FONT)
// Start in the browser's language; App switches to the OS locale once app.info answers.
const i18n = createI18n(pickLanguage(navigator.language), [initReactI18next])

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      {connection.view === 'projector' ? <ProjectorApp connection={connection} /> : <App connection={connection} />}
    </I18nextProvider>
  </StrictMode>,
)
