#include "app/democards.h"

#include "core/error.h"
#include "directory/directorycsv.h"
#include "directory/directoryprojection.h"
#include "services/tenantpins.h"
#include "store/store.h"

namespace lobbydesk::demo {
namespace {

// The rows of assets/directory/sample-directory.csv the demo's cards need.
constexpr char kDirectory[]
    = "kind,id,name,unit,floor,company,roles,phone,cards,approval,active\n"
      "unit,1201,A座 Tower A,,12,,,,,,\n"
      "unit,1202,A座 Tower A,,12,,,,,,\n"
      "company,C-ACME,艾克米贸易 Acme Trading,1201;1202,,,,,,auto,\n"
      "person,P-0001,张三,1201,,C-ACME,owner;signatory,+86 138 0000 0000,04A1B2C3,,\n"
      "person,P-0002,李娜,1201,,C-ACME,employee,139-1234-5678,04A1B2C4,,\n"
      "person,P-0003,王伟,1202,,C-ACME,employee,13612345678,,,\n";

// Rows of the sample directory with a card each, for seedPinTenants.
constexpr char kPinTenants[] = "kind,id,name,unit,floor,company,roles,phone,cards,approval,active\n"
                               "unit,0901,A座 Tower A,,9,,,,,,\n"
                               "unit,1001,A座 Tower A,,10,,,,,,\n"
                               "unit,1101,A座 Tower A,,11,,,,,,\n"
                               "person,P-0006,刘洋,1101,,,signatory,13800138001,04B7C8D9,,\n"
                               "person,P-0009,杨帆,1001,,,signatory,13900139001,04D1E2F3,,\n"
                               "person,P-0012,周杰,0901,,,signatory,15000150001,04E5F6A7,,\n";

void applyDemoRows(Store &store, const char *csv)
{
    const DirectoryImport import = parseDirectoryCsv(QByteArray(csv));
    if (!import.ok())
        throw Error(Error::Kind::Invalid,
            QStringLiteral("demo directory: %1").arg(import.errors.first().text()));
    applyDirectoryRecords(import.records, store.events().database());
}

} // namespace

QList<PinTenant> seedPinTenants(Store &store, TenantPins &pins)
{
    applyDemoRows(store, kPinTenants);
    const QString pin = QStringLiteral("2580");
    for (const char *person : { "P-0006", "P-0009", "P-0012" })
        pins.setPin(QLatin1String(person), pin, pin, QStringLiteral("demo"));
    return { { QStringLiteral("1101"), QStringLiteral("13800138001"), pin },
        { QStringLiteral("1001"), QStringLiteral("13900139001"), pin },
        { QStringLiteral("0901"), QStringLiteral("15000150001"), pin } };
}

DemoCards seedCards(Store &store, Cards &cards)
{
    applyDemoRows(store, kDirectory);

    const QString desk = QStringLiteral("Front desk");
    CardRequestForm form;
    form.kind = CardRequestKind::New;
    form.personId = QStringLiteral("P-0003");
    form.unit = QStringLiteral("1202");
    form.via = QStringLiteral("kiosk");
    DemoCards seeded;
    seeded.waiting = cards.request(form, QStringLiteral("王伟"));

    CardRequestForm temporary;
    temporary.kind = CardRequestKind::Temporary;
    temporary.personId = QStringLiteral("P-0001");
    temporary.unit = QStringLiteral("1201");
    temporary.holderName = QStringLiteral("Chen Gong (contractor)");
    temporary.expiresOn = cards.now().toLocalTime().date().addDays(6);
    temporary.via = QStringLiteral("desk");
    seeded.toIssue = cards.request(temporary, desk);
    cards.approve(seeded.toIssue.id, { true, QStringLiteral("0"), QStringLiteral("50"), {} }, desk);
    seeded.toIssue = *cards.find(seeded.toIssue.id);

    cards.reportLost(QStringLiteral("P-0002"), {}, desk);
    // Tapped twice since: the desk called her after the first; the second waits for the desk.
    cards.tapped(QStringLiteral("04A1B2C4"));
    cards.acknowledgeTap(cards.blockedTaps().first().eventId,
        QStringLiteral("Called 李娜: the card was lost in the lift"), desk);
    cards.tapped(QStringLiteral("04A1B2C4"));

    CardRequestForm proxy;
    proxy.kind = CardRequestKind::ReplacementLost;
    proxy.personId = QStringLiteral("P-0002");
    proxy.unit = QStringLiteral("1201");
    proxy.proxy = true;
    proxy.applicantName = QStringLiteral("刘伟");
    proxy.letterNote = QStringLiteral("Letter signed by 李娜, copy of her ID attached");
    proxy.via = QStringLiteral("desk");
    // 李娜's only card is blocked now: a replacement for a lost card is still asked for.
    seeded.proxy = cards.request(proxy, desk);
    return seeded;
}

} // namespace lobbydesk::demo
