#pragma once

#include "core/terminalconfig.h"

#include <QString>

namespace lobbydesk {

// Loads every screen of every role in every language offscreen, on a throw-away database;
// returns the number of QML warnings and errors seen (0 = pass).
int runSelfTest(const TerminalConfig &base);

// Renders every screen of the config's role in each language to DIR/<role>-<screen>-<lang>.png.
// Returns 0 when every screen rendered with no warning.
int runScreenshots(const TerminalConfig &config, const QString &dir);

} // namespace lobbydesk
