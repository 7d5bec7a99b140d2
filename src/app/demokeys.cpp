#include "app/demokeys.h"

#include "core/error.h"
#include "directory/directorycsv.h"
#include "directory/directoryprojection.h"
#include "store/store.h"

namespace lobbydesk::demo {
namespace {

constexpr char kDirectory[] = "kind,id,name,unit,floor,company,roles,phone,cards,approval,active\n"
                              "unit,1201,A座 Tower A,,12,,,,,,\n"
                              "person,P-0001,张三,1201,,,owner,+86 138 0000 0000,04A1B2C3,,\n"
                              "person,P-0002,李娜,1201,,,employee,139-1234-5678,04A1B2C4,,\n"
                              "staff,S-001,李四,,,,desk,,0A0B0C0D,,\n"
                              "staff,S-002,王芳,,,,desk,,0A0B0C0E,,\n";

constexpr char kActor[] = "demo";

// The demo's second PIN: the loans below are made as if S-002 confirmed the master key.
QString demoPin(const QString &, const QString &)
{
    return {};
}

KeySignOut lendTo(const Key &key, const QString &staffId, const QString &reason)
{
    KeySignOut out;
    out.keyId = key.id;
    out.borrowerKind = QStringLiteral("staff");
    out.borrowerId = staffId;
    out.language = QStringLiteral("zh_CN");
    out.reason = reason;
    return out;
}

} // namespace

void seedKeyDirectory(Store &store)
{
    const DirectoryImport import = parseDirectoryCsv(QByteArray(kDirectory));
    if (!import.ok())
        throw Error(Error::Kind::Invalid,
            QStringLiteral("demo directory: %1").arg(import.errors.first().text()));
    applyDirectoryRecords(import.records, store.events().database());
}

DemoKeys seedKeys(Store &store)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Keys keys(store.events(), demoPin);
    DemoKeys seeded;
    seeded.spare = keys.deposit(
        { QStringLiteral("K-0107"), {}, QStringLiteral("正门钥匙 2 把 Front door, 2 keys"),
            QStringLiteral("A-01"), QStringLiteral("P-0001"), QStringLiteral("1201"),
            { QStringLiteral("P-0002") }, QStringLiteral("zh_CN") },
        QString::fromLatin1(kActor));
    seeded.common
        = keys.registerKey({ QStringLiteral("C-0021"), {}, KeyType::Common,
                               QStringLiteral("天台门 Roof terrace door"), QStringLiteral("B-03") },
            QString::fromLatin1(kActor));
    seeded.plantRoom
        = keys.registerKey({ QStringLiteral("P-0005"), {}, KeyType::PlantRoom,
                               QStringLiteral("B2 水泵房 Pump room B2"), QStringLiteral("C-01") },
            QString::fromLatin1(kActor));
    seeded.master
        = keys.registerKey({ QStringLiteral("M-0001"), {}, KeyType::Master,
                               QStringLiteral("总钥匙 Master, tower A"), QStringLiteral("SAFE") },
            QString::fromLatin1(kActor));

    KeySignOut pump = lendTo(
        seeded.plantRoom, QStringLiteral("S-001"), QStringLiteral("季度检查 Quarterly check"));
    pump.workReason = QStringLiteral("WO-2026-1187");
    keys.signOut(pump, QString::fromLatin1(kActor));

    // Lent yesterday for two hours and never brought back.
    Keys yesterday(
        store.events(), demoPin, Keys::Options { [now] { return now.addDays(-1); }, {} });
    KeySignOut master
        = lendTo(seeded.master, QStringLiteral("S-001"), QStringLiteral("Lock change, 1502"));
    master.secondStaffId = QStringLiteral("S-002");
    master.secondPin = QStringLiteral("demo");
    yesterday.signOut(master, QString::fromLatin1(kActor));
    return seeded;
}

} // namespace lobbydesk::demo
