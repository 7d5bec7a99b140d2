#include "drivers/cardreader/pn532frame.h"

#include "core/error.h"

namespace lobbydesk::pn532 {

QByteArray encodeFrame(quint8 tfi, quint8 command, QByteArrayView data)
{
    const qsizetype length = data.size() + 2;
    if (length > Pn532Frame::MaxExtendedLength) {
        throw Error(Error::Kind::Invalid,
            QStringLiteral("A PN532 frame holds at most %1 data bytes, not %2")
                .arg(Pn532Frame::MaxExtendedLength - 2)
                .arg(data.size()));
    }
    QByteArray frame;
    frame.reserve(length + 10);
    frame.append('\x00').append('\x00').append('\xFF');
    if (length <= Pn532Frame::MaxNormalLength) {
        frame.append(char(length)).append(char(-length & 0xFF));
    } else {
        const auto high = quint8(length >> 8);
        const auto low = quint8(length & 0xFF);
        frame.append('\xFF').append('\xFF').append(char(high)).append(char(low));
        frame.append(char(-(high + low) & 0xFF));
    }
    quint8 sum = tfi + command;
    frame.append(char(tfi)).append(char(command));
    for (const char byte : data)
        sum += quint8(byte);
    frame.append(data.data(), data.size());
    frame.append(char(-sum & 0xFF)).append('\x00');
    return frame;
}

QByteArray wakeUpPreamble()
{
    return QByteArray("\x55\x55", 2) + QByteArray(14, '\x00');
}

QByteArray samConfigurationCommand()
{
    return encodeCommand(SamConfiguration, QByteArray("\x01", 1));
}

QByteArray getFirmwareVersionCommand()
{
    return encodeCommand(GetFirmwareVersion);
}

QByteArray inListPassiveTargetCommand()
{
    return encodeCommand(InListPassiveTarget, QByteArray("\x01\x00", 2));
}

QByteArray rfConfigurationRetriesCommand(quint8 passiveActivationRetries)
{
    // CfgItem 5: MxRtyATR (libnfc's 0xFF), MxRtyPSL (1), MxRtyPassiveActivation.
    QByteArray data("\x05\xFF\x01", 3);
    data.append(char(passiveActivationRetries));
    return encodeCommand(RfConfiguration, data);
}

QByteArray ackFrame()
{
    return QByteArray("\x00\x00\xFF\x00\xFF\x00", 6);
}

QByteArray nackFrame()
{
    return QByteArray("\x00\x00\xFF\xFF\x00\x00", 6);
}

QByteArray errorFrame()
{
    return QByteArray("\x00\x00\xFF\x01\xFF\x7F\x81\x00", 8);
}

} // namespace lobbydesk::pn532
