#pragma once

#include "drivers/device.h"
#include "drivers/printer/escposrenderer.h"
#include "drivers/printer/printerstatus.h"
#include "drivers/printer/printqueue.h"
#include "drivers/serial/seriallink.h"

#include <QList>
#include <QTimer>
#include <chrono>
#include <memory>

namespace lobbydesk {

// An ESC/POS receipt printer on a serial port, with its persisted job queue.
//
// Between jobs it asks DLE EOT 1, 2 and 4 every pollInterval: that is both the live status and
// the watchdog (no answer to missedPollsBeforeRestart polls in a row → the line is restarted).
// When the printer is ready and a job waits, the job's bytes go out whole; after the time the
// line needs to carry them it asks the status again, and only an answer with all three bytes
// fine marks the job printed. A fault in that answer (paper ran out, cover opened) puts the
// job back to waiting, and it is sent again from its first byte once the printer is ready:
// a thermal printer may have printed part of it, and a whole slip beats a torn one. A line lost
// before the answer leaves the job "may have printed" for staff (never resent by itself).
class EscPosPrinter final : public Device
{
    Q_OBJECT

public:
    struct Settings
    {
        QString path; // empty: no printer configured
        qint32 baudRate = 115200;
        PrinterProfile profile;
        QString dataDir; // where print-queue.db lives
        std::chrono::milliseconds pollInterval { 1000 };
        int missedPollsBeforeRestart = 3;
        // Time allowed for the confirmation after the job's bytes have drained.
        std::chrono::milliseconds confirmTimeout { 3000 };
    };

    explicit EscPosPrinter(Settings settings, QObject *parent = nullptr);
    ~EscPosPrinter() override;

    [[nodiscard]] Kind kind() const override { return Kind::ReceiptPrinter; }

    [[nodiscard]] const PrinterStatus &status() const { return m_status; }
    // The paper this printer has, for slips laid out to fit it.
    [[nodiscard]] PaperWidth paper() const { return m_settings.profile.paper; }
    [[nodiscard]] PrintQueue &queue() { return *m_queue; }
    [[nodiscard]] const SerialLink *link() const { return m_link.get(); }

    // Renders with this printer's profile and queues the job; returns its id. Throws Error
    // when the receipt cannot be printed on this paper. Same id again: queued once.
    QString print(const Receipt &receipt, const QString &title, const QString &id = {});
    // Staff decisions for a job that waits or may have printed (PrintQueue::cancel/reprint).
    bool cancel(const QString &id);
    bool reprint(const QString &id);

signals:
    void jobsChanged();
    // The job's bytes are in the port (the line then carries them at the baud rate).
    void jobSent(const QString &id);
    void jobPrinted(const QString &id);

private:
    enum class Phase {
        Idle, // polling between jobs
        Draining, // job bytes written; waiting for the line to carry them
        Confirming, // asked the status after the job
    };

    void onOpened();
    void onClosed(const QString &why);
    void onBytes(const QByteArray &bytes);
    void onTick();
    void poll();
    void onStatusComplete();
    void startNextJob();
    void confirm();
    void finishJob();
    void updateState();
    [[nodiscard]] bool ready() const;

    Settings m_settings;
    std::unique_ptr<PrintQueue> m_queue;
    std::unique_ptr<SerialLink> m_link;
    QTimer m_tick;
    QTimer m_drain;
    QTimer m_confirmTimeout;
    Phase m_phase = Phase::Idle;
    QList<int> m_pending; // DLE EOT requests sent and not yet answered, in order
    PrinterStatus m_answers; // the status being assembled from the current poll
    PrinterStatus m_status;
    bool m_haveStatus = false; // a full poll answered since the line (re)opened
    int m_missedPolls = 0;
};

} // namespace lobbydesk
