#include "hub/hubcommandline.h"

#include "core/error.h"

#include <QCommandLineParser>

namespace lobbydesk {

int positiveOption(
    const QCommandLineParser &parser, const QCommandLineOption &option, const QString &unit)
{
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < 1)
        throw Error(Error::Kind::Config,
            QStringLiteral("--%1 wants a whole number of %2 from 1, not '%3'")
                .arg(option.names().constFirst(), unit, parser.value(option)));
    return value;
}

} // namespace lobbydesk
