#include "app/hostsearch.h"

#include "core/error.h"
#include "core/logging.h"
#include "directory/directorysearch.h"
#include "store/store.h"

#include <QVariantMap>
#include <algorithm>

namespace lobbydesk {
namespace {

constexpr int kMaxHits = 8;

} // namespace

HostSearch::HostSearch(Store &store, QObject *parent)
    : QObject(parent)
    , m_search(std::make_unique<DirectorySearch>(store.sql()))
{ }

HostSearch::~HostSearch() = default;

QString HostSearch::searchText(const QString &text, const QString &preedit) const
{
    const bool pinyin = std::all_of(preedit.begin(), preedit.end(), [](QChar ch) {
        return (ch.unicode() < 0x80 && ch.isLetter()) || ch == u' ' || ch == u'\'';
    });
    return pinyin ? text + preedit : text;
}

bool HostSearch::tooShort(const QString &query) const
{
    return DirectorySearch::isTooShort(query);
}

void HostSearch::setProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    emit problemChanged();
}

QVariantList HostSearch::find(const QString &query)
{
    return hitsFor(query, false);
}

QVariantList HostSearch::findPeople(const QString &query)
{
    return hitsFor(query, true);
}

QVariantList HostSearch::hitsFor(const QString &query, bool peopleOnly)
{
    QVariantList hits;
    if (tooShort(query))
        return hits;
    try {
        // Companies come first among equals: ask for enough to fill the list with people.
        for (const DirectoryHit &hit :
            m_search->find(query, peopleOnly ? 4 * kMaxHits : kMaxHits)) {
            if (peopleOnly && (hit.kind != DirectoryKind::Person || hits.size() == kMaxHits))
                continue;
            hits.append(QVariantMap {
                { QStringLiteral("kind"),
                    hit.kind == DirectoryKind::Company ? QStringLiteral("company")
                                                       : QStringLiteral("person") },
                { QStringLiteral("id"), hit.id },
                { QStringLiteral("name"), hit.name },
                { QStringLiteral("company"), hit.companyName },
                { QStringLiteral("units"), hit.units.join(QStringLiteral(", ")) },
                { QStringLiteral("floor"), hit.floor },
            });
        }
        setProblem({});
    } catch (const Error &error) {
        qCWarning(lcApp) << "host search failed:" << error.message();
        setProblem(error.message());
    }
    return hits;
}

} // namespace lobbydesk
