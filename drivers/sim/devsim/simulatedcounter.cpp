#include "simulatedcounter.h"

#include <QDir>
#include <QFile>
#include <cstdio>

namespace lobbydesk {

SimulatedCounter::SimulatedCounter(const QString &dir, QObject *parent)
    : QObject(parent)
    , m_dir(QDir(dir).absolutePath())
    , m_readerPty(m_dir + QStringLiteral("/reader"), m_dir + QStringLiteral("/.reader-sim"))
    , m_printerPty(m_dir + QStringLiteral("/printer"), m_dir + QStringLiteral("/.printer-sim"))
    , m_scannerPty(m_dir + QStringLiteral("/scanner"), m_dir + QStringLiteral("/.scanner-sim"))
    , m_lineReaderPty(
          m_dir + QStringLiteral("/linereader"), m_dir + QStringLiteral("/.linereader-sim"))
{ }

SimulatedCounter::~SimulatedCounter() = default;

void SimulatedCounter::start()
{
    QDir().mkpath(m_dir + QStringLiteral("/printed"));
    m_readerPty.start();
    m_printerPty.start();
    m_scannerPty.start();
    m_lineReaderPty.start();
    m_reader = std::make_unique<Pn532Simulator>(m_readerPty.peerEnd());
    m_reader->start();
    m_printer = std::make_unique<EscPosPrinterSimulator>(
        m_printerPty.peerEnd(), m_dir + QStringLiteral("/printed"));
    m_printer->start();
    m_scanner.setPortName(m_scannerPty.peerEnd());
    m_scanner.open(QIODevice::ReadWrite);
    m_lineReader.setPortName(m_lineReaderPty.peerEnd());
    m_lineReader.open(QIODevice::ReadWrite);
    connect(m_printer.get(), &EscPosPrinterSimulator::jobRecorded, this,
        [](int number, const QString &path) {
            std::printf("printed job %d: %s\n", number, qPrintable(path));
            std::fflush(stdout);
        });
    writeConfig();
}

QString SimulatedCounter::help()
{
    return QStringLiteral(
        "tap UID | remove | line-tap UID | scan TEXT | paper out | paper ok | cover open | cover "
        "closed |\n"
        "printer silent on|off | unplug reader|printer|scanner | replug reader|printer|scanner | "
        "quit");
}

QString SimulatedCounter::command(const QString &line)
{
    const QString text = line.trimmed();
    const QString verb = text.section(QLatin1Char(' '), 0, 0).toLower();
    const QString rest = text.section(QLatin1Char(' '), 1).trimmed();
    using C = EscPosPrinterSimulator::Condition;
    if (verb == QStringLiteral("tap"))
        return m_reader->tapCard(rest)
            ? QStringLiteral("card %1 on the reader").arg(rest.toUpper())
            : QStringLiteral("not a 4, 7 or 10 byte hex UID: %1").arg(rest);
    if (verb == QStringLiteral("remove")) {
        m_reader->removeCard();
        return QStringLiteral("card removed");
    }
    if (verb == QStringLiteral("line-tap")) {
        if (rest.isEmpty())
            return QStringLiteral("line-tap which UID?");
        // A card held briefly on a line reader: the same line a few times, as they repeat.
        for (int i = 0; i < 3; ++i)
            m_lineReader.write(rest.toUpper().toLatin1() + "\r\n");
        return QStringLiteral("card %1 on the line reader").arg(rest.toUpper());
    }
    if (verb == QStringLiteral("scan")) {
        if (rest.isEmpty())
            return QStringLiteral("scan what?");
        m_scanner.write(rest.toUtf8() + '\r');
        return QStringLiteral("scanned %1").arg(rest);
    }
    const QString lower = text.toLower();
    const std::pair<const char *, C> conditions[] = {
        { "paper out", C::PaperOut },
        { "paper ok", C::Ready },
        { "cover open", C::CoverOpen },
        { "cover closed", C::Ready },
    };
    for (const auto &[words, condition] : conditions) {
        if (lower == QLatin1String(words)) {
            m_printer->setCondition(condition);
            return QStringLiteral("printer: %1").arg(QLatin1String(words));
        }
    }
    if (lower == QStringLiteral("printer silent on")
        || lower == QStringLiteral("printer silent off")) {
        m_printer->setSilent(lower.endsWith(QStringLiteral("on")));
        return lower;
    }
    if (verb == QStringLiteral("unplug") || verb == QStringLiteral("replug"))
        return plug(rest.toLower(), verb == QStringLiteral("replug"));
    return QStringLiteral("unknown command '%1'; commands:\n%2").arg(text, help());
}

QString SimulatedCounter::plug(const QString &which, bool in)
{
    PtyPair *pty = which == QStringLiteral("reader") ? &m_readerPty
        : which == QStringLiteral("printer")         ? &m_printerPty
        : which == QStringLiteral("scanner")         ? &m_scannerPty
        : which == QStringLiteral("linereader")      ? &m_lineReaderPty
                                                     : nullptr;
    if (!pty)
        return QStringLiteral("unplug or replug reader, printer, scanner or linereader");
    if (!in) {
        pty->kill();
        return QStringLiteral("%1 unplugged").arg(which);
    }
    pty->start();
    // The simulators of these two only write: reopen their end on the new pty.
    QSerialPort *port = pty == &m_scannerPty ? &m_scanner
        : pty == &m_lineReaderPty            ? &m_lineReader
                                             : nullptr;
    if (port) {
        port->close();
        port->open(QIODevice::ReadWrite);
    }
    return QStringLiteral("%1 plugged in again").arg(which);
}

QString SimulatedCounter::writeConfig() const
{
    const QString path = m_dir + QStringLiteral("/devices.ini");
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(QStringLiteral("[devices]\ncard_reader = pn532:%1/reader\nprinter = %1/printer\n"
                                  "scanner = %1/scanner\n")
                       .arg(m_dir)
                       .toUtf8());
    return path;
}

} // namespace lobbydesk
