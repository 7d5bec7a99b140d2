#pragma once

#include "store/store.h"

#include <QByteArray>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcIntegration)

// What the integration tests and their child processes share: one projection table that every
// event writes a row to, so a test can prove an event and its projection land together.
namespace it {

inline constexpr auto kProjectionTable = "crash_projection";

void createProjection(lobbydesk::Store &store);

// Inserts (event id, seq) into the projection table inside the event's transaction.
[[nodiscard]] lobbydesk::Projection projectSeq();

// A check-in draft whose JSON payload is about `payloadBytes` long.
[[nodiscard]] lobbydesk::EventDraft sampleDraft(int payloadBytes, const QUuid &id = {});

// One protocol line to stdout in a single write(2). Pipe writes up to PIPE_BUF are atomic, so
// the parent never sees half a line even when the child is SIGKILLed mid-way.
void emitLine(const QByteArray &line);

} // namespace it
