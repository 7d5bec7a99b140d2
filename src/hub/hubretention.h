#pragma once

#include <QDateTime>

namespace lobbydesk {

class HubDatabase;

// Retention at the hub (product.md, "Visitor reception"): the visitors' personal data in the
// events it keeps of every terminal goes after the same periods as on the terminals, through
// the same definition of what a redacted event keeps (core/eventredaction.h). The feed goes
// on serving a redacted event, marked so; its hash stays as recorded.
class HubRetention
{
public:
    static constexpr int kDefaultVisitDays = 180;
    static constexpr int kDefaultIdDays = 30;

    HubRetention(HubDatabase &db, int visitDays, int idDays);

    struct Counts
    {
        qint64 events = 0; // events redacted (or to redact)
        QDateTime visitsBefore; // personal data of events before this goes
        QDateTime idBefore; // ID fragments of events before this go
    };
    // What run() would do at `now`; writes nothing.
    [[nodiscard]] Counts plan(const QDateTime &now);
    // Redacts in one transaction (all sites).
    Counts run(const QDateTime &now);

    // Refuses 0, negative and an ID period longer than the visit period (Error::Config).
    static void checkPeriods(int visitDays, int idDays);

private:
    Counts apply(const QDateTime &now, bool write);

    HubDatabase &m_db;
    int m_visitDays;
    int m_idDays;
};

} // namespace lobbydesk
