#pragma once

#include "core/role.h"

#include <QList>
#include <QUrl>

namespace lobbydesk {

// Every screen a role can show. Navigation, --self-test and --screenshot all read this one
// list, so a screen that exists is a screen that is tested.
struct ScreenInfo
{
    QString id; // "home", or the service it belongs to, e.g. "visitor-checkin"
    QUrl source; // the QML file
};

[[nodiscard]] QList<ScreenInfo> screensFor(Role role);

} // namespace lobbydesk
