#pragma once

#include <QByteArrayList>
#include <QElapsedTimer>
#include <QProcess>
#include <QStringList>

// Line-protocol helpers for talking to store_fault_child (see its header comment).
namespace it {

// Reads lines until one starts with `prefix`, the child exits, or the time is up.
inline QByteArrayList readLinesUntil(QProcess &child, const QByteArray &prefix, int timeoutMs)
{
    QByteArrayList lines;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        while (child.canReadLine()) {
            lines.append(child.readLine().trimmed());
            if (!prefix.isEmpty() && lines.last().startsWith(prefix))
                return lines;
        }
        if (!child.waitForReadyRead(100) && child.state() == QProcess::NotRunning
            && !child.canReadLine())
            break;
    }
    return lines;
}

struct ChildResult
{
    int exitCode = -1;
    QByteArrayList lines;
    QByteArray stderrText;
};

// Runs `program args` to the end (they must finish within the time) and collects its lines.
inline ChildResult runToEnd(const QString &program, const QStringList &args, int timeoutMs = 30'000)
{
    QProcess child;
    child.start(program, args);
    ChildResult result;
    if (!child.waitForStarted(timeoutMs))
        return result;
    result.lines = readLinesUntil(child, {}, timeoutMs);
    child.waitForFinished(timeoutMs);
    result.lines += readLinesUntil(child, {}, 0);
    result.exitCode = child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -1;
    result.stderrText = child.readAllStandardError();
    return result;
}

// Ids from the "EVENT <uuid> <seq>" lines.
inline QStringList eventIds(const QByteArrayList &lines)
{
    QStringList ids;
    for (const QByteArray &line : lines) {
        if (line.startsWith("EVENT "))
            ids.append(QString::fromLatin1(line.split(' ').value(1)));
    }
    return ids;
}

// The message of the first "ERROR <message>" line, or an empty string.
inline QString errorMessage(const QByteArrayList &lines)
{
    for (const QByteArray &line : lines) {
        if (line.startsWith("ERROR "))
            return QString::fromUtf8(line.mid(6));
    }
    return {};
}

} // namespace it
