#include "ctlinput.h"

#include "core/terminalconfig.h"
#include "input/rimeengine.h"

namespace lobbydesk {

int ctlInputPrepare(const TerminalConfig &config, QTextStream &out)
{
    RimeEngine &engine = RimeEngine::instance();
    const QString dir = RimeEngine::userDirFor(config.dataDir);
    if (!engine.startAndWait({ dir })) {
        out << "Chinese input is not ready: "
            << (engine.problem().isEmpty() ? QStringLiteral("preparing took too long")
                                           : engine.problem())
            << "\n";
        return 1;
    }
    out << "Chinese input ready in " << dir
        << (engine.preparedNow() ? QStringLiteral(" (prepared in %1 ms)")
                                 : QStringLiteral(" (already prepared; checked in %1 ms)"))
               .arg(engine.preparationMs())
        << "\n";
    return 0;
}

} // namespace lobbydesk
