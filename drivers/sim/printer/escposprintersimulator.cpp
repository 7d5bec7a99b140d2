#include "drivers/sim/printer/escposprintersimulator.h"

#include <QFile>
#include <QLoggingCategory>

namespace lobbydesk {

namespace {

Q_LOGGING_CATEGORY(lcSimPrinter, "lobbydesk.sim.printer", QtInfoMsg)

constexpr quint8 kFine = 0x12; // 0xx1xx10 with no condition bit set
constexpr quint8 kOffline = 0x08; // DLE EOT 1 bit 3
constexpr quint8 kCoverOpen = 0x04; // DLE EOT 2 bit 2
constexpr quint8 kStoppedAtPaperEnd = 0x20; // DLE EOT 2 bit 5
constexpr quint8 kPaperEnd = 0x60 | 0x0c; // DLE EOT 4: end (bits 5–6) implies near end (2–3)

} // namespace

EscPosPrinterSimulator::EscPosPrinterSimulator(
    const QString &path, const QString &jobsDir, QObject *parent)
    : QObject(parent)
    , m_link(std::make_unique<SerialLink>(SerialLink::Settings { path }))
    , m_jobsDir(jobsDir)
{
    m_jobsDir.mkpath(QStringLiteral("."));
    // Continue the numbering of an earlier run in the same directory rather than overwrite it.
    while (QFile::exists(jobPath(m_jobCount + 1)))
        ++m_jobCount;
    connect(m_link.get(), &SerialLink::received, this, &EscPosPrinterSimulator::onBytes);
    connect(m_link.get(), &SerialLink::opened, this, [this] {
        qCInfo(lcSimPrinter) << "line open" << m_link->path();
        m_stream.reset();
    });
    connect(m_link.get(), &SerialLink::closed, this, [this](const QString &why) {
        qCInfo(lcSimPrinter) << "line lost:" << why;
        if (m_inJob) {
            // Half a job never makes a slip: the driver sends it again whole.
            ++m_spoiledJobs;
            m_inJob = false;
            m_job.clear();
        }
        m_stream.reset();
    });
}

EscPosPrinterSimulator::~EscPosPrinterSimulator() = default;

void EscPosPrinterSimulator::start()
{
    m_link->start();
}

void EscPosPrinterSimulator::stop()
{
    m_link->stop();
}

bool EscPosPrinterSimulator::isOpen() const
{
    return m_link->state() == SerialLink::State::Open;
}

void EscPosPrinterSimulator::setCondition(Condition condition)
{
    if (condition == m_condition)
        return;
    m_condition = condition;
    if (m_inJob && !canPrint())
        m_spoiled = true;
    qCInfo(lcSimPrinter) << "condition" << condition;
    emit conditionChanged();
}

bool EscPosPrinterSimulator::canPrint() const
{
    return m_condition == Condition::Ready && !m_silent;
}

quint8 EscPosPrinterSimulator::statusByte(int request) const
{
    // A real printer goes offline whenever it cannot print (paper end, cover open).
    const bool offline = m_condition != Condition::Ready;
    switch (request) {
    case 1:
        return kFine | (offline ? kOffline : 0);
    case 2:
        return kFine | (m_condition == Condition::CoverOpen ? kCoverOpen : 0)
            | (m_condition == Condition::PaperOut ? kStoppedAtPaperEnd : 0);
    case 4:
        return kFine | (m_condition == Condition::PaperOut ? kPaperEnd : 0);
    default:
        return 0; // printers ignore other n
    }
}

QString EscPosPrinterSimulator::jobPath(int number) const
{
    return m_jobsDir.filePath(QStringLiteral("job-%1.bin").arg(number, 4, 10, QLatin1Char('0')));
}

QByteArray EscPosPrinterSimulator::jobBytes(int number) const
{
    QFile file(jobPath(number));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void EscPosPrinterSimulator::onBytes(const QByteArray &bytes)
{
    for (const EscPosStream::Token &token : m_stream.feed(bytes))
        handle(token);
}

void EscPosPrinterSimulator::handle(const EscPosStream::Token &token)
{
    using Kind = EscPosStream::Token::Kind;
    if (token.kind == Kind::Status) {
        ++m_statusRequests;
        const quint8 answer = statusByte(token.statusRequest);
        if (!m_silent && answer != 0)
            m_link->write(QByteArray(1, char(answer)));
        return; // a real-time request, not part of what is printed
    }
    if (token.kind == Kind::Init) {
        if (m_inJob)
            finishJob(); // a job without a cut ends where the next one starts
        m_inJob = true;
        m_spoiled = !canPrint();
        m_job.clear();
    }
    if (!m_inJob) {
        qCDebug(lcSimPrinter) << "bytes outside a job ignored:" << token.bytes.toHex(' ');
        return;
    }
    if (!m_spoiled) {
        m_job += token.bytes;
        if (m_paperOutAfter >= 0 && m_job.size() >= m_paperOutAfter) {
            m_paperOutAfter = -1;
            qCInfo(lcSimPrinter) << "paper runs out" << m_job.size() << "bytes into the job";
            setCondition(Condition::PaperOut);
        }
    }
    if (token.kind == Kind::Cut)
        finishJob();
}

void EscPosPrinterSimulator::finishJob()
{
    m_inJob = false;
    if (m_spoiled) {
        // The printer stopped: whatever came of this job is not a slip. Record nothing.
        ++m_spoiledJobs;
        m_job.clear();
        return;
    }
    const int number = m_jobCount + 1;
    QFile file(jobPath(number));
    if (!file.open(QIODevice::WriteOnly) || file.write(m_job) != m_job.size()) {
        qCWarning(lcSimPrinter) << "cannot record job" << file.fileName() << file.errorString();
        m_job.clear();
        return;
    }
    file.close();
    m_jobCount = number;
    qCInfo(lcSimPrinter) << "printed job" << number << m_job.size() << "bytes";
    m_job.clear();
    emit jobRecorded(number, file.fileName());
}

} // namespace lobbydesk
