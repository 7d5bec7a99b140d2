#include "app/deskactor.h"

#include "app/staffsession.h"
#include "app/terminalapp.h"
#include "store/store.h"

namespace lobbydesk {

QString deskActor(TerminalApp &app)
{
    // The signed-in staff member, "王芳 (S-002)" (services/staffpins.h, staffActor). A terminal
    // without staff sign-in set up (no PINs yet) works open and records the terminal's name.
    if (const QString staff = app.staffSession().actor(); !staff.isEmpty())
        return staff;
    const QString name = app.config().terminalName;
    return name.isEmpty() ? app.store().terminalId() : name;
}

} // namespace lobbydesk
