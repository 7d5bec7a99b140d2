#include "drivers/cardreader/scannerframer.h"

#include "core/error.h"

#include <QStringDecoder>

namespace lobbydesk {

ScannerFramer::ScannerFramer(Config config)
    : m_config(std::move(config))
{
    if (m_config.terminator.isEmpty())
        throw Error(Error::Kind::Invalid, QStringLiteral("A scanner needs a line terminator"));
    if (m_config.maxLength < 1) {
        throw Error(Error::Kind::Invalid,
            QStringLiteral("Scanner max length must be positive, not %1").arg(m_config.maxLength));
    }
}

void ScannerFramer::reset()
{
    m_line.clear();
    m_discarding = false;
}

QList<ScannerFramer::Scan> ScannerFramer::feed(QByteArrayView bytes)
{
    QList<Scan> out;
    const QByteArray &terminator = m_config.terminator;
    for (const char c : bytes) {
        m_line.append(c);
        if (m_line.endsWith(terminator)) {
            endLine(out);
            continue;
        }
        if (m_discarding) {
            if (m_line.size() >= terminator.size())
                m_line.remove(0, m_line.size() - terminator.size() + 1);
        } else if (m_line.size() > m_config.maxLength + terminator.size() - 1) {
            // Even if the terminator completes now, the scan is already too long.
            out.append(Scan { std::nullopt,
                QStringLiteral("scan longer than %1 bytes dropped").arg(m_config.maxLength) });
            m_discarding = true;
            m_line.remove(0, m_line.size() - terminator.size() + 1);
        }
    }
    return out;
}

void ScannerFramer::endLine(QList<Scan> &out)
{
    QByteArray line = m_line.chopped(m_config.terminator.size());
    const bool wasDiscarding = m_discarding;
    m_line.clear();
    m_discarding = false;
    if (wasDiscarding)
        return;
    if (line.size() > m_config.maxLength) {
        out.append(Scan { std::nullopt,
            QStringLiteral("scan longer than %1 bytes dropped").arg(m_config.maxLength) });
        return;
    }
    if (!m_config.prefix.isEmpty() && line.startsWith(m_config.prefix))
        line.remove(0, m_config.prefix.size());
    if (!m_config.suffix.isEmpty() && line.endsWith(m_config.suffix))
        line.chop(m_config.suffix.size());
    if (line.isEmpty())
        return;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(line);
    if (decoder.hasError()) {
        out.append(Scan {
            std::nullopt, QStringLiteral("scan of %1 bytes is not valid UTF-8").arg(line.size()) });
        return;
    }
    if (!text.isEmpty()) // a lone byte-order mark is no scan
        out.append(Scan { text, {} });
}

} // namespace lobbydesk
