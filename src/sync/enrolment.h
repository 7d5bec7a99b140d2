#pragma once

#include "core/role.h"
#include "sync/hublink.h"

namespace lobbydesk {

class Store;

struct EnrolmentRequest
{
    QString hubUrl;
    QString code;
    QString terminalName;
    Role role = Role::Kiosk;
    QString caPem;
};

// Enrols this terminal with a hub once: creates its Ed25519 key pair, sends the one-time
// code and the public key, and stores the device token and the key. Throws Error with the
// hub's reason (used code, expired, unreachable…); nothing is stored then.
HubLink enrolTerminal(Store &store, const EnrolmentRequest &request);

} // namespace lobbydesk
