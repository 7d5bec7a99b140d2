#include "testterminal.h"

#include "services/projections.h"
#include "sqlscalar.h"
#include "sync/enrolment.h"

#include <QSqlError>
#include <QSqlQuery>
#include <stdexcept>

using namespace lobbydesk;

TestTerminal::TestTerminal(Role role, SyncEngine::Options options)
    : m_role(role)
    , m_store(std::make_unique<Store>(m_dir.path()))
    , m_engine(std::make_unique<SyncEngine>(m_dir.path(), terminalProjection, options))
{ }

void TestTerminal::enrol(const QString &hubUrl, const QString &code)
{
    enrolTerminal(
        *m_store, { hubUrl, code, QStringLiteral("test ") + roleKey(m_role), m_role, {} });
}

void TestTerminal::addNotes(int count, const QString &prefix)
{
    DeskNotes notes(m_store->events());
    for (int i = 0; i < count; ++i)
        notes.add(QStringLiteral("%1 %2").arg(prefix).arg(i), QStringLiteral("tester"));
}

SyncRound TestTerminal::round()
{
    return m_engine->runRound();
}

SyncRound TestTerminal::roundUntilOk(int attempts)
{
    SyncRound last;
    for (int i = 0; i < attempts; ++i) {
        last = round();
        if (last.ok)
            break;
    }
    return last;
}

qint64 TestTerminal::count(const QString &sql)
{
    return sqlScalar(m_store->sql(), sql);
}
