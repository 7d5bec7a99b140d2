#pragma once

#include "core/terminalconfig.h"

#include <QTextStream>

namespace lobbydesk {

class Store;

// lobbydesk-ctl enrol URL CODE: enrol this terminal with a hub once.
int ctlEnrol(Store &store, const TerminalConfig &config, const QString &url, const QString &code,
    const QString &caFile, QTextStream &out);
// lobbydesk-ctl sync: one round now; exit 0 when the outbox and the feed were drained.
int ctlSync(const TerminalConfig &config, bool json, QTextStream &out);
// lobbydesk-ctl parked: events the hub refused for good, with its reasons.
int ctlParked(Store &store, bool json, QTextStream &out);
// lobbydesk-ctl note add TEXT / notes: shift handover notes.
int ctlNoteAdd(Store &store, const QString &text, const QString &actor, QTextStream &out);
int ctlNotes(Store &store, bool json, QTextStream &out);

} // namespace lobbydesk
