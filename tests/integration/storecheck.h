#pragma once

#include <QString>
#include <QStringList>

// Test-side checks on a data directory after a crash, power cut or I/O failure (Catch2 macros).
namespace it {

struct StoreFacts
{
    qint64 events = 0; // all events in the log
    qint64 projectionRows = 0; // rows of the test projection
    QString terminalId;
};

// Opens the store the way the app does after a restart (writable, Sync::Full) and REQUIREs:
// every hash chain verifies, PRAGMA integrity_check is "ok", each terminal's sequence is
// 1..n with no gap, the projection holds exactly one matching row per event and nothing else,
// and every id in `reported` is in the log exactly once.
StoreFacts requireSound(const QString &dataDir, const QStringList &reported);

// Whether an event and its projection row are present (read through the store).
struct Presence
{
    bool event = false;
    bool projection = false;
};
[[nodiscard]] Presence presence(const QString &dataDir, const QString &eventId);

} // namespace it
