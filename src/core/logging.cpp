#include "core/logging.h"

Q_LOGGING_CATEGORY(lcStore, "lobbydesk.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConfig, "lobbydesk.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "lobbydesk.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCtl, "lobbydesk.ctl", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "lobbydesk.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHub, "lobbydesk.hub", QtInfoMsg)
Q_LOGGING_CATEGORY(lcWebhook, "lobbydesk.hub.webhook", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDirectory, "lobbydesk.directory", QtInfoMsg)
Q_LOGGING_CATEGORY(lcInput, "lobbydesk.input", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRetention, "lobbydesk.retention", QtInfoMsg)
