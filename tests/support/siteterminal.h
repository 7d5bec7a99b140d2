#pragma once

#include "core/event.h"
#include "core/signing.h"
#include "store/store.h"
#include "tempdatadir.h"

#include <QDateTime>
#include <QJsonObject>
#include <initializer_list>

// A terminal of one site for service tests: a real store holding the sample directory, the
// site's hub link, a clock the test moves, and events carried between terminals as the hub
// would carry them.
struct SiteTerminal
{
    // 2026-11-22 09:00 UTC: every terminal's clock starts here.
    static QDateTime start() { return QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC); }

    TempDataDir dir;
    lobbydesk::Store store { dir.path() };
    QDateTime clock = start();

    explicit SiteTerminal(const QString &site = QStringLiteral("tower"));
    virtual ~SiteTerminal() = default;

    void markSynced(const QDateTime &at);
    // What the hub does at enrolment: a key pair here, its public half in the site's list.
    lobbydesk::SigningKeyPair enrolKey();
    // Everything `from` recorded arrives here, as a pull from the hub would bring it.
    void pullFrom(const SiteTerminal &from);
    // How many events of `type` this store holds (its own and pulled ones).
    [[nodiscard]] int eventsOfType(const QString &type) const;
};

// A hub event (site.terminal.enrolled, screening.deny.added, …) applied to each terminal,
// written by the hub at `at`.
void hubEvent(const QString &type, const QJsonObject &payload,
    std::initializer_list<SiteTerminal *> to, const QDateTime &at = SiteTerminal::start());
// The hub sending a terminal's public key to the site's terminals.
void shareKey(const lobbydesk::SigningKeyPair &keys, const QString &name,
    std::initializer_list<SiteTerminal *> to);
