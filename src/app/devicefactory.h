#pragma once

#include "core/devicesconfig.h"
#include "core/role.h"

#include <QList>
#include <QObject>

namespace lobbydesk {

class Device;

// The devices a role has at its counter, each the configured driver, or a "not set up" slot
// that says so in the status bar. The devices are children of `parent` and already started;
// the printer keeps its job queue in `dataDir`. Throws Error if that queue cannot be opened.
[[nodiscard]] QList<Device *> createDevices(
    Role role, const DevicesConfig &config, const QString &dataDir, QObject *parent);

} // namespace lobbydesk
