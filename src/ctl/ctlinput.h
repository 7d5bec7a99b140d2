#pragma once

#include <QTextStream>

namespace lobbydesk {

struct TerminalConfig;

// input prepare: the Chinese input engine's data under <data dir>/input, prepared now (at
// install) so that the kiosk's first start does not wait for it. 0 ready, 1 failed.
int ctlInputPrepare(const TerminalConfig &config, QTextStream &out);

} // namespace lobbydesk
