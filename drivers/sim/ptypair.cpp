#include "ptypair.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>
#include <csignal>
#include <stdexcept>
#include <sys/prctl.h>

PtyPair::PtyPair(const QString &directory)
    : m_deviceEnd(directory + QStringLiteral("/ttyDevice"))
    , m_peerEnd(directory + QStringLiteral("/ttyPeer"))
{ }

PtyPair::PtyPair(QString deviceEnd, QString peerEnd)
    : m_deviceEnd(std::move(deviceEnd))
    , m_peerEnd(std::move(peerEnd))
{ }

PtyPair::~PtyPair()
{
    kill();
}

void PtyPair::start()
{
    const QString socat = QStandardPaths::findExecutable(QStringLiteral("socat"));
    if (socat.isEmpty())
        throw std::runtime_error("socat is not installed: run scripts/install-deps");
    // socat must not outlive whoever started it, however that one ends (a SIGTERM to devsim
    // runs no destructor): the kernel stops it when its parent dies.
    m_socat.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_socat.start(socat,
        { QStringLiteral("pty,raw,echo=0,link=%1").arg(m_deviceEnd),
            QStringLiteral("pty,raw,echo=0,link=%1").arg(m_peerEnd) });
    if (!m_socat.waitForStarted(5000))
        throw std::runtime_error("socat did not start");
    const QDeadlineTimer deadline(5000);
    while (!(QFileInfo::exists(m_deviceEnd) && QFileInfo::exists(m_peerEnd))) {
        if (deadline.hasExpired())
            throw std::runtime_error("socat's pty links did not appear");
        QThread::msleep(10);
    }
}

void PtyPair::kill()
{
    if (m_socat.state() == QProcess::NotRunning)
        return;
    m_socat.kill(); // SIGKILL: like pulling the cable, nothing is closed politely
    m_socat.waitForFinished(5000);
    QFile::remove(m_deviceEnd);
    QFile::remove(m_peerEnd);
}
