#include "itcommon.h"

#include "store/sqlerror.h"

#include <QSqlQuery>
#include <climits>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcIntegration, "lobbydesk.test.integration", QtInfoMsg)

namespace it {

void createProjection(lobbydesk::Store &store)
{
    lobbydesk::runSql(store.sql(),
        QStringLiteral("CREATE TABLE IF NOT EXISTS %1 ("
                       " event_id TEXT PRIMARY KEY, n INTEGER NOT NULL)")
            .arg(QLatin1String(kProjectionTable)),
        QStringLiteral("creating the test projection"));
}

lobbydesk::Projection projectSeq()
{
    return [](const lobbydesk::Event &event, QSqlDatabase &db) {
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO %1 (event_id, n) VALUES (?, ?)")
                           .arg(QLatin1String(kProjectionTable)));
        insert.addBindValue(lobbydesk::uuidText(event.id));
        insert.addBindValue(event.seq);
        lobbydesk::execOrThrow(insert, QStringLiteral("projecting"), db.databaseName());
    };
}

lobbydesk::EventDraft sampleDraft(int payloadBytes, const QUuid &id)
{
    // The fixed keys take about 60 bytes; the note fills the rest.
    const int filler = qMax(0, payloadBytes - 60);
    const QJsonObject payload {
        { QStringLiteral("visitor"), QStringLiteral("Wang Fang") },
        { QStringLiteral("host"), QStringLiteral("unit 1204") },
        { QStringLiteral("note"), QString(filler, QLatin1Char('x')) },
    };
    return { QStringLiteral("visit.checked_in"), payload, QStringLiteral("kiosk"), id };
}

void emitLine(const QByteArray &line)
{
    QByteArray bytes = line;
    bytes.replace('\n', ' ');
    bytes.append('\n');
    Q_ASSERT(bytes.size() <= PIPE_BUF);
    if (::write(STDOUT_FILENO, bytes.constData(), size_t(bytes.size())) != bytes.size())
        _exit(3); // the parent went away; nothing sensible is left to do
}

} // namespace it
