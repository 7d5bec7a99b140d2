#pragma once

#include "drivers/printer/receipt.h"

#include <QByteArray>
#include <QImage>

namespace lobbydesk {

// How one printer model wants its receipts: set per printer, as clones differ.
struct PrinterProfile
{
    enum class QrMode {
        Native, // GS ( k: the printer draws the symbol (small job, sharp)
        Raster, // we draw it and send GS v 0: for clones whose GS ( k is missing or broken
    };

    PaperWidth paper = PaperWidth::Mm80;
    QrMode qrMode = QrMode::Native;
    // FS & on: GBK text through the printer's font. Off: only ASCII is sent as text and
    // everything else is drawn as raster lines.
    bool chineseMode = true;
};

// Receipt → the bytes of one ESC/POS print job (init, blocks, nothing after the last block).
// Throws lobbydesk::Error when a block cannot be printed on this profile's paper (e.g. a QR
// code wider than the roll).
class EscPosRenderer
{
public:
    explicit EscPosRenderer(PrinterProfile profile)
        : m_profile(profile)
    { }

    [[nodiscard]] const PrinterProfile &profile() const { return m_profile; }
    // The receipt's own paper width is ignored: the printer decides what is loaded.
    [[nodiscard]] QByteArray render(const Receipt &receipt) const;

    // GS v 0 for a bitmap (Format_Grayscale8, dark = dot), split into bands the printers'
    // buffers take. Exposed for tests and the diagnostics tool.
    [[nodiscard]] static QByteArray rasterCommand(const QImage &bitmap);

private:
    PrinterProfile m_profile;
};

} // namespace lobbydesk
