#pragma once

#include "drivers/printer/receipt.h"

// The slips the golden files hold. Their text stays inside GBK so the goldens do not depend on
// how FreeType draws glyphs (raster text is tested by decoding, not by bytes).
lobbydesk::Receipt chineseVisitorSlip(lobbydesk::PaperWidth paper);
lobbydesk::Receipt englishVisitorSlip(lobbydesk::PaperWidth paper);

inline const QString kChineseSlipQr = QStringLiteral("LDV1:20261122-0042:张伟");
inline const QString kEnglishSlipQr = QStringLiteral("https://lobby.example/v/20261122-0043");
