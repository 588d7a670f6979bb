; Briefdeck's Windows file association, included by electron-builder's NSIS installer (nsis.include).
; Explorer keys file types on the last extension only, so `.deck.md` cannot be registered apart from `.md`.
; Rather than take over every Markdown file, Briefdeck adds itself to "Open with" for `.md` and keeps the
; user's default handler; the app itself checks that an opened file is a deck.
!macro customInstall
  WriteRegStr SHELL_CONTEXT "Software\Classes\Briefdeck.Deck" "" "Briefdeck deck"
  WriteRegStr SHELL_CONTEXT "Software\Classes\Briefdeck.Deck\DefaultIcon" "" "$appExe,0"
  WriteRegStr SHELL_CONTEXT "Software\Classes\Briefdeck.Deck\shell\open" "" "Open with Briefdeck"
  WriteRegStr SHELL_CONTEXT "Software\Classes\Briefdeck.Deck\shell\open\command" "" '"$appExe" "%1"'
  WriteRegNone SHELL_CONTEXT "Software\Classes\.md\OpenWithProgids" "Briefdeck.Deck"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
!macroend

!macro customUnInstall
  DeleteRegValue SHELL_CONTEXT "Software\Classes\.md\OpenWithProgids" "Briefdeck.Deck"
  DeleteRegKey SHELL_CONTEXT "Software\Classes\Briefdeck.Deck"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
!macroend
