#include "app/demopasses.h"

#include "core/error.h"
#include "core/signing.h"
#include "directory/directorycsv.h"
#include "directory/directoryprojection.h"
#include "services/projections.h"
#include "store/store.h"
#include "store/writetransaction.h"
#include "sync/hublink.h"

#include <QJsonArray>
#include <QJsonObject>

namespace lobbydesk::demo {
namespace {

// The few rows of assets/directory/sample-directory.csv a pass for 1201 needs.
constexpr char kDirectory[]
    = "kind,id,name,unit,floor,company,roles,phone,cards,approval,active\n"
      "unit,1201,A座 Tower A,,12,,,,,,\n"
      "company,C-ACME,艾克米贸易 Acme Trading,1201,,,,,,auto,\n"
      "person,P-0001,张三,1201,,C-ACME,owner;signatory,+86 138 0000 0000,,,\n";

void seedDirectoryRows(Store &store)
{
    const DirectoryImport import = parseDirectoryCsv(QByteArray(kDirectory));
    if (!import.ok())
        throw Error(Error::Kind::Invalid,
            QStringLiteral("demo directory: %1").arg(import.errors.first().text()));
    applyDirectoryRecords(import.records, store.events().database());
}

} // namespace

void enrolThrowAwayTerminal(Store &store, bool seedDirectory)
{
    if (seedDirectory)
        seedDirectoryRows(store);
    saveHubLink(store.events().database(),
        { QStringLiteral("http://127.0.0.1:1"), QStringLiteral("demo"),
            QStringLiteral("Harbour Tower"), QStringLiteral("demo-token"), {},
            isoUtc(QDateTime::currentDateTimeUtc()) });
    saveSigningKey(store.events().database(), generateSigningKeyPair());
    markSynced(store, 0);
}

namespace {

GoodsPassRequest demoRequest(const QDateTime &now)
{
    GoodsPassRequest request;
    request.unit = QStringLiteral("1201");
    request.applicantId = QStringLiteral("P-0001");
    request.carrierName = QStringLiteral("Li Wei");
    request.carrierPhone = QStringLiteral("138 1234 5678");
    request.carrierIdLast4 = QStringLiteral("123X");
    request.items = { { QStringLiteral("Office chair"), 4, QStringLiteral("pcs") },
        { QStringLiteral("Archive boxes"), 12, QStringLiteral("boxes") },
        { QStringLiteral("Desk lamp"), 2, QStringLiteral("pcs") } };
    request.validFrom = now.addSecs(-600);
    request.validUntil = now.addSecs(8 * 3600);
    request.plate = QStringLiteral("粤B·12345");
    request.reason = QStringLiteral("move-out");
    request.via = QStringLiteral("desk");
    return request;
}

} // namespace

GoodsPass requestPass(GoodsPasses &passes)
{
    GoodsPassRequest request = demoRequest(passes.now());
    request.via = QStringLiteral("kiosk");
    return passes.request(request, QStringLiteral("P-0001"));
}

GoodsPass issuePass(GoodsPasses &passes)
{
    const GoodsPass requested = passes.request(demoRequest(passes.now()), QStringLiteral("demo"));
    return passes.approve(requested.id, QStringLiteral("demo"));
}

void releaseTwice(Store &store, const GoodsPass &pass)
{
    // Recorded as the gates would, with no verdict between them: only a demo does this.
    const QString type = QStringLiteral("goods.pass.used");
    for (const char *guard : { "Wang Qiang", "Zhao Lei" })
        store.events().record(
            { type,
                QJsonObject { { QStringLiteral("pass"), pass.id },
                    { QStringLiteral("number"), pass.number },
                    { QStringLiteral("released"), QJsonArray() },
                    { QStringLiteral("partial"), false }, { QStringLiteral("note"), QString() } },
                QString::fromLatin1(guard), {} },
            terminalProjection(type));
}

void markSynced(Store &store, int hoursAgo)
{
    WriteTransaction transaction(store.events().database());
    writeMeta(store.sql(), syncmeta::kLastSuccess,
        isoUtc(QDateTime::currentDateTimeUtc().addSecs(-3600LL * hoursAgo)));
    transaction.commit();
}

} // namespace lobbydesk::demo
