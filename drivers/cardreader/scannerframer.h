#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace lobbydesk {

// A serial barcode/QR scanner: one scan per terminator-ended line. The configured prefix and
// suffix are stripped when present (a scan without them passes as it is); empty scans are
// ignored; a line past maxLength is reported and dropped up to its terminator; the text must
// be UTF-8.
class ScannerFramer
{
public:
    struct Config
    {
        QByteArray terminator = QByteArray("\r"); // CR, LF, CRLF or any byte, e.g. TAB
        QByteArray prefix;
        QByteArray suffix;
        qsizetype maxLength = 512; // bytes of one scan, prefix and suffix included
    };

    // One scan, or why a line was dropped.
    struct Scan
    {
        std::optional<QString> text;
        QString problem;

        [[nodiscard]] bool ok() const { return text.has_value(); }
    };

    // Throws Error(Invalid) for an empty terminator or a non-positive maxLength.
    explicit ScannerFramer(Config config);

    [[nodiscard]] QList<Scan> feed(QByteArrayView bytes);
    void reset();
    // Never more than maxLength + the terminator's length.
    [[nodiscard]] qsizetype bufferedBytes() const { return m_line.size(); }
    [[nodiscard]] const Config &config() const { return m_config; }

private:
    void endLine(QList<Scan> &out);

    Config m_config;
    QByteArray m_line; // while discarding: only the last bytes, to spot the terminator
    bool m_discarding = false;
};

} // namespace lobbydesk
