#pragma once

#include <QTextStream>

namespace lobbydesk {

class Store;

// `lobbydesk-ctl cards export-blocked [--csv FILE]`: the blocked card UIDs this terminal knows
// (its own blocks and those synced from the site), as CSV for the access-control system;
// to stdout, or written to FILE (replaced whole, so a reader never sees half a file).
int ctlCardsExportBlocked(Store &store, const QString &csvFile, QTextStream &out);

} // namespace lobbydesk
