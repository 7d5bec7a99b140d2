#pragma once

#include <QTextStream>

namespace lobbydesk {

class Store;

// Each returns the process exit code: 0 done, 1 a problem found (e.g. a broken chain).
int ctlStatus(const Store &store, bool json, QTextStream &out);
int ctlEventsExport(const Store &store, QTextStream &out);
int ctlEventsVerify(const Store &store, bool json, QTextStream &out);

} // namespace lobbydesk
