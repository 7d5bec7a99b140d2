#pragma once

#include <QTextStream>

namespace lobbydesk {

class Store;
struct TerminalConfig;

// lobbydesk-ctl purge [--dry-run] [--json]: retention now, with the config's periods
// (services/retention.h). A dry run reads a store opened read-only. Returns the exit code.
int ctlPurge(Store &store, const TerminalConfig &config, bool dryRun, bool json, QTextStream &out);

// lobbydesk-ctl hub purge: the hub's retention (hub/hubretention.h) on its database.
int ctlHubPurge(
    const QString &dbUrl, int visitDays, int idDays, bool dryRun, bool json, QTextStream &out);

} // namespace lobbydesk
