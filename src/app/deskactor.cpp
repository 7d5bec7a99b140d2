#include "app/deskactor.h"

#include "app/terminalapp.h"
#include "store/store.h"

namespace lobbydesk {

QString deskActor(TerminalApp &app)
{
    // Until staff sign in with card and PIN (issue 7), actions carry the terminal's name.
    const QString name = app.config().terminalName;
    return name.isEmpty() ? app.store().terminalId() : name;
}

} // namespace lobbydesk
