#pragma once

namespace lobbydesk {
class Store;
}

// Puts the sample building directory (assets/directory/sample-directory.csv) into a
// terminal's store, as its events would leave it. Throws std::runtime_error if it cannot.
void loadSampleDirectory(lobbydesk::Store &store);
