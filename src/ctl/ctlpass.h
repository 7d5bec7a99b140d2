#pragma once

#include <QTextStream>
#include <optional>

namespace lobbydesk {

class Store;

// Exit codes of `pass verify`: the guard screen's colours.
inline constexpr int kVerdictGreen = 0;
inline constexpr int kVerdictAmber = 3;
inline constexpr int kVerdictRed = 4;

// lobbydesk-ctl pass verify TEXT: the guard's verdict for a scanned token or a typed pass
// number, offline, from this terminal's store. Returns 0 green, 3 amber, 4 red.
int ctlPassVerify(Store &store, const QString &scannedOrTyped, bool json, QTextStream &out);

// The first non-empty line a scanner (or a pipe) writes; none at end of input.
[[nodiscard]] std::optional<QString> readScannedLine(QTextStream &in);

} // namespace lobbydesk
