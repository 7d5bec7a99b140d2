#pragma once

#include "drivers/cardreader/pn532framedecoder.h"
#include "drivers/serial/seriallink.h"
#include "drivers/sim/pn532/pn532chip.h"

#include <QObject>

namespace lobbydesk {

// A PN532 in HSU mode on the device's side of a pty: ACK to every good command frame, then
// the answer; a NACK from the host gets the last answer again; an ACK from the host (abort)
// and the wake-up preamble are taken silently; a frame with a bad checksum is ignored, as the
// chip does (the host's timeout resends). It holds its end through unplugs: when the pty
// goes away and comes back under the same path it reopens it by itself.
class Pn532Simulator final : public QObject
{
    Q_OBJECT

public:
    explicit Pn532Simulator(const QString &path, QObject *parent = nullptr);

    void start(); // opens the path now, or as soon as it exists
    void stop();
    [[nodiscard]] bool isOpen() const { return m_link.state() == SerialLink::State::Open; }
    [[nodiscard]] const QString &path() const { return m_link.path(); }

    bool tapCard(const QString &uidHex); // false unless 4, 7 or 10 bytes of hex
    void removeCard();
    [[nodiscard]] QString cardUid() const { return m_chip.cardUid(); }
    // A chip that stops answering (brown-out, wedged firmware): everything is ignored.
    void setSilent(bool silent);
    [[nodiscard]] bool isSilent() const { return m_silent; }
    // Line noise before every answer, as a bad cable gives.
    void setGarbage(bool garbage) { m_garbage = garbage; }
    // Raw bytes on the line now, framed or not.
    void sendRaw(const QByteArray &bytes) { m_link.write(bytes); }

    [[nodiscard]] int commandsAnswered() const { return m_answered; }

signals:
    void commandReceived(quint8 command); // after its ACK and answer went out
    void opened();

private:
    void onBytes(const QByteArray &bytes);
    void onItem(const Pn532FrameDecoder::Item &item);
    void reply(const QByteArray &bytes);

    SerialLink m_link;
    Pn532FrameDecoder m_decoder { Pn532Frame::HostToChip };
    Pn532Chip m_chip;
    QByteArray m_lastAnswer; // resent on NACK
    bool m_silent = false;
    bool m_garbage = false;
    int m_answered = 0;
    int m_badFrames = 0;
};

} // namespace lobbydesk
