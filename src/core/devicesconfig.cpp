#include "core/devicesconfig.h"

#include "core/error.h"

#include <QDir>

namespace lobbydesk {
namespace {

[[noreturn]] void refuse(const QString &file, const QString &key, const QString &why)
{
    throw Error(Error::Kind::Config, QStringLiteral("%1: [devices] %2: %3").arg(file, key, why));
}

QString value(const QSettings &settings, const QString &key)
{
    return settings.value(QStringLiteral("devices/") + key).toString().trimmed();
}

QString devicePath(const QString &file, const QString &key, QString text)
{
    if (text.isEmpty() || QDir::isAbsolutePath(text))
        return text;
    refuse(file, key,
        QStringLiteral("'%1' is not an absolute device path (e.g. /dev/ttyUSB0)").arg(text));
}

// Looks a value up in a table of accepted words; refuses anything else, listing them.
template<class T>
T oneOf(const QString &file, const QString &key, const QString &text,
    std::initializer_list<std::pair<const char *, T>> table, T fallback)
{
    if (text.isEmpty())
        return fallback;
    QStringList words;
    for (const auto &[word, result] : table) {
        if (text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0)
            return result;
        words.append(QLatin1String(word));
    }
    refuse(file, key, QStringLiteral("'%1' is not one of %2").arg(text, words.join(u", ")));
}

} // namespace

const QStringList &DevicesConfig::keys()
{
    static const QStringList keys = [] {
        QStringList list;
        for (const char *key :
            { "card_reader", "card_reader_uid", "printer", "printer_paper", "printer_qr", "scanner",
                "scanner_terminator", "scanner_prefix", "scanner_suffix" })
            list.append(QStringLiteral("devices/") + QLatin1String(key));
        return list;
    }();
    return keys;
}

DevicesConfig DevicesConfig::read(const QSettings &settings, const QString &file)
{
    using P = CardProtocol;
    using U = UidFormat;
    DevicesConfig config;

    const QString reader = value(settings, QStringLiteral("card_reader"));
    if (!reader.isEmpty()) {
        const qsizetype colon = reader.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            refuse(file, QStringLiteral("card_reader"),
                QStringLiteral("'%1' should be PROTOCOL:PATH, e.g. pn532:/dev/lobby-reader")
                    .arg(reader));
        config.cardProtocol = oneOf<P>(file, QStringLiteral("card_reader"), reader.left(colon),
            { { "pn532", P::Pn532 }, { "line", P::Line }, { "rdm6300", P::Rdm6300 } }, P::Pn532);
        config.cardReaderPath
            = devicePath(file, QStringLiteral("card_reader"), reader.mid(colon + 1));
    }
    config.uidFormat = oneOf<U>(file, QStringLiteral("card_reader_uid"),
        value(settings, QStringLiteral("card_reader_uid")),
        { { "auto", U::Auto }, { "hex", U::Hex }, { "hex-reversed", U::HexReversed },
            { "decimal-be", U::DecimalBigEndian }, { "decimal-le", U::DecimalLittleEndian } },
        U::Auto);

    config.printerPath
        = devicePath(file, QStringLiteral("printer"), value(settings, QStringLiteral("printer")));
    config.printerPaperMm = oneOf<int>(file, QStringLiteral("printer_paper"),
        value(settings, QStringLiteral("printer_paper")), { { "80", 80 }, { "58", 58 } }, 80);
    config.printerQr = oneOf<QrMode>(file, QStringLiteral("printer_qr"),
        value(settings, QStringLiteral("printer_qr")),
        { { "native", QrMode::Native }, { "raster", QrMode::Raster } }, QrMode::Native);

    config.scannerPath
        = devicePath(file, QStringLiteral("scanner"), value(settings, QStringLiteral("scanner")));
    config.scannerTerminator = oneOf<QByteArray>(file, QStringLiteral("scanner_terminator"),
        value(settings, QStringLiteral("scanner_terminator")),
        { { "CR", QByteArray("\r") }, { "LF", QByteArray("\n") }, { "CRLF", QByteArray("\r\n") },
            { "TAB", QByteArray("\t") } },
        QByteArray("\r"));
    config.scannerPrefix = value(settings, QStringLiteral("scanner_prefix")).toUtf8();
    config.scannerSuffix = value(settings, QStringLiteral("scanner_suffix")).toUtf8();
    return config;
}

} // namespace lobbydesk
