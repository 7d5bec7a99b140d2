#pragma once

// The static QML modules of LobbyDesk; include once in each executable that shows QML.
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(LobbyDesk_BackendPlugin)
Q_IMPORT_QML_PLUGIN(LobbyDesk_ThemePlugin)
Q_IMPORT_QML_PLUGIN(LobbyDesk_ControlsPlugin)
Q_IMPORT_QML_PLUGIN(LobbyDesk_KioskPlugin)
Q_IMPORT_QML_PLUGIN(LobbyDesk_DeskPlugin)
Q_IMPORT_QML_PLUGIN(LobbyDesk_GuardPlugin)
Q_IMPORT_QML_PLUGIN(LobbyDesk_AppPlugin)
Q_IMPORT_QML_PLUGIN(LobbyDesk_InputPlugin)
