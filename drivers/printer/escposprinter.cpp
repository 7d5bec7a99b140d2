#include "drivers/printer/escposprinter.h"

#include <QLoggingCategory>

namespace lobbydesk {

namespace {

Q_LOGGING_CATEGORY(lcPrinter, "lobbydesk.drivers.printer", QtInfoMsg)

// Slack on top of the computed line time: the OS and adapter buffers, the printer's reading.
constexpr qint64 kDrainSlackMs = 50;

} // namespace

EscPosPrinter::EscPosPrinter(Settings settings, QObject *parent)
    : Device(parent)
    , m_settings(std::move(settings))
    , m_queue(std::make_unique<PrintQueue>(m_settings.dataDir))
{
    m_drain.setSingleShot(true);
    m_confirmTimeout.setSingleShot(true);
    m_tick.setInterval(m_settings.pollInterval);
    connect(&m_tick, &QTimer::timeout, this, &EscPosPrinter::onTick);
    connect(&m_drain, &QTimer::timeout, this, &EscPosPrinter::confirm);
    connect(&m_confirmTimeout, &QTimer::timeout, this, [this] {
        if (m_phase != Phase::Confirming)
            return;
        // Silent after a job: ask again a few times, then treat the line as lost; the job
        // then becomes "may have printed" (onClosed), because it may well be on paper.
        if (++m_missedPolls >= m_settings.missedPollsBeforeRestart) {
            m_link->restart(tr("no status answer after a print job"));
            return;
        }
        poll();
        m_confirmTimeout.start(m_settings.confirmTimeout);
    });
    if (!m_settings.path.isEmpty()) {
        m_link = std::make_unique<SerialLink>(
            SerialLink::Settings { m_settings.path, m_settings.baudRate });
        connect(m_link.get(), &SerialLink::opened, this, &EscPosPrinter::onOpened);
        connect(m_link.get(), &SerialLink::closed, this, &EscPosPrinter::onClosed);
        connect(m_link.get(), &SerialLink::received, this, &EscPosPrinter::onBytes);
        connect(m_link.get(), &SerialLink::stateChanged, this, &EscPosPrinter::updateState);
        m_link->start();
    }
    updateState();
}

EscPosPrinter::~EscPosPrinter() = default;

QString EscPosPrinter::print(const Receipt &receipt, const QString &title, const QString &id)
{
    const QByteArray bytes = EscPosRenderer(m_settings.profile).render(receipt);
    const PrintJob job = m_queue->enqueue(title, bytes, id);
    emit jobsChanged();
    // Ask now rather than at the next tick: the job starts as soon as the answer says ready.
    if (m_phase == Phase::Idle && m_pending.isEmpty())
        poll();
    return job.id;
}

bool EscPosPrinter::cancel(const QString &id)
{
    const bool done = m_queue->cancel(id);
    if (done)
        emit jobsChanged();
    return done;
}

bool EscPosPrinter::reprint(const QString &id)
{
    const bool done = m_queue->reprint(id);
    if (done) {
        emit jobsChanged();
        if (m_phase == Phase::Idle && m_pending.isEmpty())
            poll();
    }
    return done;
}

void EscPosPrinter::onOpened()
{
    m_pending.clear();
    m_haveStatus = false;
    m_missedPolls = 0;
    m_phase = Phase::Idle;
    m_tick.start();
    poll();
    updateState();
}

void EscPosPrinter::onClosed(const QString &why)
{
    m_tick.stop();
    m_drain.stop();
    m_confirmTimeout.stop();
    if (m_phase != Phase::Idle && !m_queue->inFlight().isEmpty()) {
        const QString id = m_queue->inFlight();
        m_queue->markUnconfirmed(id,
            tr("the printer line was lost (%1) before the printer confirmed the slip: it may "
               "have printed")
                .arg(why));
        qCWarning(lcPrinter) << "job" << id << "may have printed:" << why;
        emit jobsChanged();
    }
    m_phase = Phase::Idle;
    m_pending.clear();
    m_haveStatus = false;
    updateState();
}

void EscPosPrinter::onTick()
{
    if (m_phase != Phase::Idle)
        return; // during a job the confirmation has its own timeout
    if (!m_pending.isEmpty()) {
        ++m_missedPolls;
        qCDebug(lcPrinter) << "no status answer, missed" << m_missedPolls;
        if (m_missedPolls >= m_settings.missedPollsBeforeRestart) {
            m_link->restart(
                tr("the printer did not answer %1 status requests (DLE EOT)").arg(m_missedPolls));
            return;
        }
    }
    poll();
}

void EscPosPrinter::poll()
{
    if (!m_link || m_link->state() != SerialLink::State::Open)
        return;
    // Only ever between jobs (Idle) or after a job's bytes have gone (Confirming), so the
    // request can never land inside another command's parameters.
    m_pending
        = { int(StatusRequest::Printer), int(StatusRequest::Offline), int(StatusRequest::Paper) };
    m_answers = {};
    m_link->write(statusRequestBytes(StatusRequest::Printer)
        + statusRequestBytes(StatusRequest::Offline) + statusRequestBytes(StatusRequest::Paper));
}

void EscPosPrinter::onBytes(const QByteArray &bytes)
{
    for (const char byte : bytes) {
        if (m_pending.isEmpty()) {
            qCDebug(lcPrinter) << "unrequested byte" << Qt::hex << quint8(byte);
            continue;
        }
        const StatusAnswer answer = parseStatusByte(m_pending.first(), quint8(byte), m_answers);
        if (!answer.ok()) {
            qCDebug(lcPrinter) << answer.refusal;
            continue;
        }
        // DLE EOT 2 (stopped at paper end) and 4 (sensor) both speak of paper: either counts.
        const bool paperOut = m_answers.paperOut;
        m_answers = answer.status;
        m_answers.paperOut = m_answers.paperOut || paperOut;
        m_pending.removeFirst();
        if (m_pending.isEmpty())
            onStatusComplete();
    }
}

void EscPosPrinter::onStatusComplete()
{
    if (m_status != m_answers || !m_haveStatus)
        qCInfo(lcPrinter) << m_settings.path << "status:" << statusWords(m_answers);
    m_status = m_answers;
    m_haveStatus = true;
    m_missedPolls = 0;
    if (m_phase == Phase::Confirming) {
        finishJob();
        return;
    }
    updateState();
    startNextJob();
}

bool EscPosPrinter::ready() const
{
    return m_haveStatus && m_status.online && !m_status.coverOpen && !m_status.paperOut
        && !m_status.error;
}

void EscPosPrinter::startNextJob()
{
    if (m_phase != Phase::Idle || !ready() || !m_queue->inFlight().isEmpty())
        return;
    const auto job = m_queue->next();
    if (!job)
        return;
    m_queue->markPrinting(job->id);
    emit jobsChanged();
    if (!m_link->write(job->bytes)) {
        m_queue->markFailed(job->id, tr("the printer line closed before the slip was sent"));
        emit jobsChanged();
        return;
    }
    // Ask for the status only once the line has carried every byte (10 bits a byte at 8N1):
    // earlier, the request would overtake nothing but the answer could predate a paper-out
    // that the rest of the job runs into.
    const qint64 lineMs = job->bytes.size() * 10 * 1000 / qMax(1, m_settings.baudRate);
    qCInfo(lcPrinter) << "sending job" << job->id << job->bytes.size() << "bytes, attempt"
                      << job->attempts + 1;
    m_phase = Phase::Draining;
    m_drain.start(int(lineMs + kDrainSlackMs));
    emit jobSent(job->id);
}

void EscPosPrinter::confirm()
{
    m_phase = Phase::Confirming;
    m_missedPolls = 0;
    poll();
    m_confirmTimeout.start(m_settings.confirmTimeout);
}

void EscPosPrinter::finishJob()
{
    m_confirmTimeout.stop();
    const QString id = m_queue->inFlight();
    m_phase = Phase::Idle;
    if (ready()) {
        m_queue->markPrinted(id);
        qCInfo(lcPrinter) << "job" << id << "printed";
        emit jobsChanged();
        emit jobPrinted(id);
    } else {
        // The printer stopped during the job: part of the slip may be on paper. The whole job
        // goes again (it starts with ESC @, so the printer's state is reset) when ready.
        const QString why = statusWords(m_status);
        m_queue->markFailed(
            id, tr("not printed (%1); it prints again in full once the printer is ready").arg(why));
        qCWarning(lcPrinter) << "job" << id << "not confirmed:" << why;
        emit jobsChanged();
    }
    updateState();
    startNextJob();
}

void EscPosPrinter::updateState()
{
    State state = State::Connected;
    QString detail;
    if (!m_link) {
        state = State::NotConfigured;
        detail = tr("no receipt printer configured");
    } else if (m_link->state() != SerialLink::State::Open) {
        state = State::Reconnecting;
        detail = m_link->problem();
    } else if (!m_haveStatus) {
        state = State::Reconnecting;
        detail = tr("waiting for the printer to answer (%1)").arg(m_settings.path);
    } else {
        state = ready() ? State::Connected : State::Error;
        // The words first: a status bar elides the end, and the path matters less.
        detail = tr("%1 (%2)").arg(statusWords(m_status), m_settings.path);
    }
    publish(state, detail);
}

} // namespace lobbydesk
