#pragma once

#include <QString>

class QCommandLineOption;
class QCommandLineParser;

namespace lobbydesk {

// The value of a hub option that counts something (days, milliseconds): a whole number from 1.
// Throws Error(Config) naming the option and the unit otherwise.
[[nodiscard]] int positiveOption(
    const QCommandLineParser &parser, const QCommandLineOption &option, const QString &unit);

} // namespace lobbydesk
