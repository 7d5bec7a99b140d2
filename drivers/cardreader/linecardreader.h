#pragma once

#include "drivers/cardreader/cardreader.h"
#include "drivers/cardreader/linereader.h"
#include "drivers/cardreader/rdm6300decoder.h"
#include "drivers/cardreader/uiddebouncer.h"
#include "drivers/serial/seriallink.h"

#include <QElapsedTimer>
#include <variant>

namespace lobbydesk {

// A reader that sends each card unasked: one text line per card, or RDM6300 frames. It
// repeats while a card stays on it, so taps are debounced; it cannot tell when a card leaves,
// so it never emits cardRemoved(). Silence is normal for it: losing the port is what marks it
// unavailable.
class LineCardReader final : public CardReader
{
    Q_OBJECT

public:
    struct Settings
    {
        SerialLink::Settings link; // an empty path: not configured
        enum class Framing { Lines, Rdm6300 } framing = Framing::Lines;
        LineReader::Config lines;
        std::chrono::milliseconds debounce { 1500 };
    };

    explicit LineCardReader(Settings settings, QObject *parent = nullptr);

    void start();
    [[nodiscard]] State state() const override;
    [[nodiscard]] QString detail() const override;
    // Lines or frames refused since start (bad checksum, not a UID): for a technician.
    [[nodiscard]] int refused() const { return m_refused; }

private:
    void onBytes(const QByteArray &bytes);

    Settings m_settings;
    SerialLink m_link;
    std::variant<LineReader, Rdm6300Decoder> m_decoder;
    UidDebouncer m_debouncer;
    int m_refused = 0;
    QElapsedTimer m_sinceProblemLog;
};

} // namespace lobbydesk
