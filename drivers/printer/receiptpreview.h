#pragma once

#include "drivers/printer/receipt.h"

#include <QImage>

namespace lobbydesk {

// Receipt → a picture of the printed slip at the printer's dot width (384 or 576 px), drawn from
// the same bitmaps, wrap and font rules as EscPosRenderer; for the screen and for tests. Text the
// printer prints with its own font is drawn with Noto Sans CJK SC, so shapes differ slightly but
// positions and sizes match. Needs a QGuiApplication. Throws lobbydesk::Error like the renderer.
class ReceiptPreview
{
public:
    [[nodiscard]] static QImage render(const Receipt &receipt);
    [[nodiscard]] static QImage render(const Receipt &receipt, PaperWidth paper);
};

} // namespace lobbydesk
