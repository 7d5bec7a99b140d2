#pragma once

#include <QSettings>
#include <QString>
#include <QStringList>

namespace lobbydesk {

// Which devices a terminal has and how they speak ([devices] in the config file). Core keeps
// plain values; the app turns them into driver settings. An empty path = no such device.
struct DevicesConfig
{
    enum class CardProtocol { Pn532, Line, Rdm6300 };
    enum class UidFormat { Auto, Hex, HexReversed, DecimalBigEndian, DecimalLittleEndian };
    enum class QrMode { Native, Raster };

    QString cardReaderPath;
    CardProtocol cardProtocol = CardProtocol::Pn532;
    UidFormat uidFormat = UidFormat::Auto;

    QString printerPath;
    int printerPaperMm = 80;
    QrMode printerQr = QrMode::Native;

    QString scannerPath;
    QByteArray scannerTerminator = QByteArray("\r");
    QByteArray scannerPrefix;
    QByteArray scannerSuffix;

    [[nodiscard]] static const QStringList &keys(); // "devices/…", for the unknown-key check

    // Throws Error(Kind::Config) naming the file and the key.
    [[nodiscard]] static DevicesConfig read(const QSettings &settings, const QString &file);
};

} // namespace lobbydesk
