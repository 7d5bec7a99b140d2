#include "drivers/serial/seriallink.h"

#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSerial, "lobbydesk.drivers.serial", QtInfoMsg)

namespace lobbydesk {

SerialLink::SerialLink(Settings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_backoff(m_settings.firstRetry)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &SerialLink::attempt);
    connect(&m_port, &QSerialPort::errorOccurred, this, &SerialLink::onError);
    connect(&m_port, &QSerialPort::readyRead, this, [this] {
        const QByteArray bytes = m_port.readAll();
        if (!bytes.isEmpty())
            emit received(bytes);
    });
}

SerialLink::~SerialLink()
{
    m_port.close();
}

void SerialLink::start()
{
    if (m_state == State::Closed)
        attempt();
}

void SerialLink::stop()
{
    m_retry.stop();
    m_port.close();
    setState(State::Closed, QStringLiteral("stopped"));
}

void SerialLink::restart(const QString &why)
{
    if (m_state == State::Open)
        drop(why);
}

bool SerialLink::write(const QByteArray &bytes)
{
    if (m_state != State::Open)
        return false;
    return m_port.write(bytes) == bytes.size();
}

void SerialLink::attempt()
{
    if (!QFileInfo::exists(m_settings.path)) {
        setState(State::WaitingForPath, tr("waiting for %1 (unplugged?)").arg(m_settings.path));
        scheduleAttempt(m_settings.pathPollInterval);
        return;
    }
    m_port.setPortName(m_settings.path);
    if (!m_port.open(QIODevice::ReadWrite)) {
        const QString why = m_port.errorString();
        m_port.close();
        setState(State::Failing, tr("cannot open %1: %2").arg(m_settings.path, why));
        scheduleAttempt(m_backoff);
        m_backoff = std::min(m_backoff * 2, m_settings.maxRetry);
        return;
    }
    // Line settings after open; a pty refuses some of them (no modem lines): not fatal.
    m_port.setBaudRate(m_settings.baudRate);
    m_port.setDataBits(QSerialPort::Data8);
    m_port.setParity(QSerialPort::NoParity);
    m_port.setStopBits(QSerialPort::OneStop);
    m_port.setFlowControl(QSerialPort::NoFlowControl);
    m_backoff = m_settings.firstRetry;
    if (m_everOpened)
        ++m_reconnects;
    m_everOpened = true;
    setState(State::Open, {});
    qCInfo(lcSerial) << "opened" << m_settings.path;
    emit opened();
}

void SerialLink::onError(QSerialPort::SerialPortError error)
{
    switch (error) {
    case QSerialPort::NoError: // emitted by every setter
    case QSerialPort::UnsupportedOperationError: // modem lines on a pty
    case QSerialPort::TimeoutError:
        return;
    case QSerialPort::ResourceError:
    case QSerialPort::ReadError:
    case QSerialPort::WriteError:
    case QSerialPort::PermissionError:
    case QSerialPort::DeviceNotFoundError:
    case QSerialPort::OpenError:
    case QSerialPort::NotOpenError:
    case QSerialPort::UnknownError:
        break;
    }
    if (m_state == State::Open) {
        qCDebug(lcSerial) << m_settings.path << "error" << error;
        drop(tr("connection lost (%1)").arg(m_port.errorString()));
    }
}

void SerialLink::drop(const QString &why)
{
    // Close first: while the port stays open an unplugged device keeps raising errors.
    m_port.close();
    m_port.clearError();
    qCWarning(lcSerial) << m_settings.path << "lost:" << why;
    setState(State::WaitingForPath, tr("%1 lost: %2; reconnecting").arg(m_settings.path, why));
    emit closed(why);
    scheduleAttempt(m_settings.pathPollInterval);
}

void SerialLink::setState(State state, const QString &problem)
{
    if (state == m_state && problem == m_problem)
        return;
    m_state = state;
    m_problem = problem;
    emit stateChanged();
}

void SerialLink::scheduleAttempt(std::chrono::milliseconds delay)
{
    m_retry.start(delay);
}

} // namespace lobbydesk
