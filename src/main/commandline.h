#pragma once

#include "core/terminalconfig.h"

#include <QStringList>

namespace lobbydesk {

// What `lobbydesk` was asked to do, after the config file and the options are merged.
struct Invocation
{
    enum class Mode { Run, SelfTest, Screenshot };

    Mode mode = Mode::Run;
    TerminalConfig config;
    QString screenshotDir;
    bool windowed = false;
    bool demoKeys = false; // a desk with an empty cabinet gets the demo keys (scripts/run)
};

// Parses the options and reads the config file. Throws Error(Kind::Config) naming the option
// or the file and key; exits for --help and --version.
[[nodiscard]] Invocation parseCommandLine(const QStringList &arguments);

// True when argv asks for a run without a screen, before QGuiApplication picks a platform.
[[nodiscard]] bool wantsOffscreen(int argc, char **argv);

} // namespace lobbydesk
