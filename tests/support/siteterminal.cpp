#include "siteterminal.h"

#include "core/eventhash.h"
#include "sampledirectory.h"
#include "services/projections.h"
#include "store/writetransaction.h"
#include "sync/hublink.h"

#include <QJsonDocument>

using namespace lobbydesk;

SiteTerminal::SiteTerminal(const QString &site)
{
    loadSampleDirectory(store);
    saveHubLink(store.events().database(),
        { QStringLiteral("http://127.0.0.1:1"), site, QStringLiteral("Harbour Tower"),
            QStringLiteral("token"), {}, isoUtc(SiteTerminal::start()) });
    markSynced(SiteTerminal::start());
}

void SiteTerminal::markSynced(const QDateTime &at)
{
    WriteTransaction transaction(store.events().database());
    writeMeta(store.sql(), syncmeta::kLastSuccess, isoUtc(at));
    transaction.commit();
}

SigningKeyPair SiteTerminal::enrolKey()
{
    const SigningKeyPair keys = generateSigningKeyPair();
    saveSigningKey(store.events().database(), keys);
    return keys;
}

void SiteTerminal::pullFrom(const SiteTerminal &from)
{
    QList<Event> events;
    from.store.events().forEach([&](const Event &event) {
        if (event.terminalId == from.store.terminalId())
            events.append(event);
        return true;
    });
    store.events().storePulled(events, terminalProjection, [](QSqlDatabase &) {});
}

int SiteTerminal::eventsOfType(const QString &type) const
{
    int count = 0;
    store.events().forEach([&](const Event &event) {
        count += event.type == type ? 1 : 0;
        return true;
    });
    return count;
}

void hubEvent(const QString &type, const QJsonObject &payload,
    std::initializer_list<SiteTerminal *> to, const QDateTime &at)
{
    static int hubSeq = 0;
    Event event;
    event.id = newEventId();
    event.terminalId = QStringLiteral("hub:tower");
    event.seq = ++hubSeq;
    event.type = type;
    event.payload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    event.occurredAt = at;
    event.actor = QStringLiteral("");
    event.prevHash = QByteArray(32, '\0');
    event.hash = eventHash(event);
    for (SiteTerminal *terminal : to)
        terminal->store.events().storePulled({ event }, terminalProjection, [](QSqlDatabase &) {});
}

void shareKey(
    const SigningKeyPair &keys, const QString &name, std::initializer_list<SiteTerminal *> to)
{
    hubEvent(QStringLiteral("site.terminal.enrolled"),
        { { QStringLiteral("terminal"), name }, { QStringLiteral("name"), name },
            { QStringLiteral("role"), QStringLiteral("desk") },
            { QStringLiteral("key_id"), signingKeyId(keys.publicKey) },
            { QStringLiteral("public_key"), QString::fromLatin1(keys.publicKey.toBase64()) } },
        to);
}
