#pragma once

#include "drivers/serial/seriallink.h"
#include "drivers/sim/printer/escposstream.h"

#include <QDir>
#include <QObject>
#include <memory>

namespace lobbydesk {

// The printer's side of an ESC/POS line on a pty: answers DLE EOT for its condition, finds job
// boundaries (ESC @ … GS V) with EscPosStream and writes each job it would have printed to
// <jobs dir>/job-0001.bin, job-0002.bin, … It holds the line with a SerialLink, so it reopens
// the path by itself after an unplug (the pty pair killed and started again).
class EscPosPrinterSimulator final : public QObject
{
    Q_OBJECT

public:
    enum class Condition { Ready, PaperOut, CoverOpen, Offline };
    Q_ENUM(Condition)

    EscPosPrinterSimulator(const QString &path, const QString &jobsDir, QObject *parent = nullptr);
    ~EscPosPrinterSimulator() override;

    void start();
    void stop();
    [[nodiscard]] bool isOpen() const;

    void setCondition(Condition condition);
    [[nodiscard]] Condition condition() const { return m_condition; }
    // Silent: no answers at all and nothing printed (a hung printer, a dead back channel).
    void setSilent(bool silent) { m_silent = silent; }
    [[nodiscard]] bool silent() const { return m_silent; }
    // The next job runs out of paper once this many of its bytes have arrived: a paper-out in
    // the middle of a job, exactly where a test wants it. Negative: off.
    void runOutOfPaperAfter(qint64 jobBytes) { m_paperOutAfter = jobBytes; }

    // The DLE EOT n answer for the current condition (0x12 = all fine).
    [[nodiscard]] quint8 statusByte(int request) const;

    [[nodiscard]] int jobCount() const { return m_jobCount; }
    [[nodiscard]] QString jobPath(int number) const; // number from 1
    [[nodiscard]] QByteArray jobBytes(int number) const;
    [[nodiscard]] int statusRequests() const { return m_statusRequests; }
    [[nodiscard]] int spoiledJobs() const { return m_spoiledJobs; }

signals:
    void jobRecorded(int number, const QString &path);
    void conditionChanged();

private:
    void onBytes(const QByteArray &bytes);
    void handle(const EscPosStream::Token &token);
    void finishJob();
    [[nodiscard]] bool canPrint() const;

    std::unique_ptr<SerialLink> m_link;
    QDir m_jobsDir;
    EscPosStream m_stream;
    Condition m_condition = Condition::Ready;
    bool m_silent = false;
    qint64 m_paperOutAfter = -1;
    bool m_inJob = false;
    bool m_spoiled = false; // the current job met a condition that stops printing
    QByteArray m_job;
    int m_jobCount = 0;
    int m_statusRequests = 0;
    int m_spoiledJobs = 0;
};

} // namespace lobbydesk
