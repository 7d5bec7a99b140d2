#pragma once

#include <QProcess>
#include <QString>

// A linked pair of pseudo-terminals made by socat, named by symlinks: the driver opens one
// end, the test (or a simulator) the other. kill() is an unplug; start() again a replug on
// the same paths.
class PtyPair
{
public:
    explicit PtyPair(const QString &directory); // directory/ttyDevice and directory/ttyPeer
    PtyPair(QString deviceEnd, QString peerEnd);
    ~PtyPair();
    PtyPair(const PtyPair &) = delete;
    PtyPair &operator=(const PtyPair &) = delete;

    // Throws std::runtime_error if socat is missing or the links do not appear in 5 s.
    void start();
    void kill();

    [[nodiscard]] QString deviceEnd() const { return m_deviceEnd; } // what the driver opens
    [[nodiscard]] QString peerEnd() const { return m_peerEnd; } // the device's side

private:
    QString m_deviceEnd;
    QString m_peerEnd;
    QProcess m_socat;
};
