#pragma once

#include <QString>
#include <QStringView>

namespace lobbydesk {

// The simplified form of each traditional Chinese character of a text (張三 → 张三), one
// character for one, by OpenCC's character table (Debian's libopencc, t2s); other characters
// are kept. The directory indexes and searches both forms, so that a name written in either
// script is found by a query typed in either.
[[nodiscard]] QString simplifiedHan(QStringView text);

} // namespace lobbydesk
