// Danish texts of the CLI's export and import commands (same keys as exchangeEn.ts).
import type { CliExchangeCatalog } from './exchangeEn'

export const cliExchangeDa: CliExchangeCatalog = {
  help: {
    export: `Brug: handlekraft export <fil> [--pdf ud.pdf] [--png ud.png] [--json ud.json] [--csv MAPPE]
                           [--paper a4|letter] [--names] [--scale 1|2|4] [--replace] [--lang da|en]

Eksporterer en workshop uden at ændre den. Angiv mindst én af:
  --pdf ud.pdf     rapporten: forside, tavlen, styrker, temaer med stemmer pr. rolle, én side pr.
                   handleprojekt, bilag; A4 medmindre --paper letter; deltagernes navne kun med --names
  --png ud.png     et billede af hele tavlen i --scale 1, 2 eller 4 (standard 1)
  --json ud.json   hele workshoppen som JSON (formatet er beskrevet i docs/json-format.md); den kan
                   importeres igen med "handlekraft import"
  --csv MAPPE      noter, prikker, projekter, aktører, forbindelser og match (.csv) i mappen MAPPE (laves hvis den mangler), til Excel:
                   UTF-8, semikolon, overskrifter på workshoppens sprog
  --replace        erstat eksisterende eksportfiler (aldrig en workshopfil); uden den bliver de stående
Hver fil skrives helt eller slet ikke.`,
    import: `Brug: handlekraft import <ind.json> <ny.handlekraft> [--lang da|en]

Laver en NY workshopfil ud fra en JSON-eksport (docs/json-format.md). En eksisterende fil bliver aldrig
overskrevet. En fil, der er beskadiget, for stor (over 20 MB), fra en nyere version eller har felter,
Handlekraft ikke kender, afvises med grunden, og intet bliver skrevet.`,
  },
  usage: {
    exportNeedsTarget: 'Angiv hvor der skal eksporteres til: --json ud.json, --csv MAPPE eller begge.',
    importNeedsFiles: 'Angiv JSON-filen, der skal importeres, og den nye workshopfil.',
  },
  export: {
    json: 'Eksporterede {{file}} ({{size}} kB, {{ms}} ms).',
    csv: 'Eksporterede notes.csv, votes.csv, projects.csv, actors.csv, links.csv og matches.csv til {{folder}} ({{ms}} ms).',
  },
  import: {
    created: 'Lavede {{file}}: "{{title}}" ud fra {{source}} ({{ms}} ms).',
  },
}
