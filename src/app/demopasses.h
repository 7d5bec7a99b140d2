#pragma once

#include "services/goodspasses.h"

namespace lobbydesk {

class Store;

// Goods passes on a throw-away terminal, for the screenshots of the guard's verdicts and the
// QML tests: never on a real terminal's data.
namespace demo {

// Makes `store` a terminal able to sign: a made-up site's hub link, a key pair, synced just now,
// and (with `seedDirectory`) unit 1201 and its owner in the directory.
void enrolThrowAwayTerminal(Store &store, bool seedDirectory);

// A genuine pass for unit 1201 with three items, valid for the next eight hours.
GoodsPass issuePass(GoodsPasses &passes);

// A request for unit 1201 waiting for the desk (not approved).
GoodsPass requestPass(GoodsPasses &passes);

// The same pass released at two gates, as two gates offline would: a double-use alert.
void releaseTwice(Store &store, const GoodsPass &pass);

// Pretends the last successful sync was `hoursAgo` hours ago (amber after 12).
void markSynced(Store &store, int hoursAgo);

} // namespace demo
} // namespace lobbydesk
