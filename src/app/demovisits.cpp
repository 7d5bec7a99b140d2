#include "app/demovisits.h"

#include "core/error.h"
#include "directory/directorycsv.h"
#include "directory/directoryprojection.h"
#include "services/projections.h"
#include "store/store.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace lobbydesk::demo {
namespace {

// A company whose hosts confirm each visitor (demo::enrolThrowAwayTerminal seeds 1201 and Acme).
constexpr char kDirectory[] = "kind,id,name,unit,floor,company,roles,phone,cards,approval,active\n"
                              "unit,1502,A座 Tower A,,15,,,,,,\n"
                              "company,C-HARBOUR,海港投资 Harbour Capital,1502,,,,,,host,\n"
                              "person,P-0101,周敏,1502,,C-HARBOUR,employee,13712345678,,,\n";

VisitRequest walkIn(const QString &name, const QString &phone, const QString &host,
    const QString &purpose, int companions = 0, const QString &plate = {})
{
    VisitRequest request;
    request.name = name;
    request.phone = phone;
    request.hostPersonId = host;
    request.purpose = purpose;
    request.companions = companions;
    request.plate = plate;
    request.language = QStringLiteral("zh_CN");
    request.via = QStringLiteral("desk");
    return request;
}

// Visits and answers on past days: checked in, out and rated as the kiosk would have.
void rateDay(Store &store, int daysAgo, int satisfied, int unsatisfied)
{
    const QDateTime at
        = QDateTime(QDate::currentDate().addDays(-daysAgo), QTime(10, 0), Qt::LocalTime).toUTC();
    Visits past(store.events(), Visits::Options { [at] { return at; }, QTime(23, 0) });
    for (int i = 0; i < satisfied + unsatisfied; ++i) {
        const CheckInResult in
            = past.checkIn(walkIn(QStringLiteral("Visitor %1").arg(QChar(u'A' + i)),
                               QStringLiteral("1380013%1").arg(i, 4, 10, QLatin1Char('0')),
                               QStringLiteral("P-0001"), QStringLiteral("visit")),
                QStringLiteral("demo"));
        past.checkOutVisit(in.visit.id, QStringLiteral("demo"));
        past.rate(in.visit.id, i < satisfied);
    }
}

} // namespace

CheckInResult checkInVisitor(Visits &visits)
{
    return visits.checkIn(walkIn(QStringLiteral("Mary Lee"), QStringLiteral("+852 9123 4567"),
                              QStringLiteral("P-0001"), QStringLiteral("visit")),
        QStringLiteral("Front desk"));
}

// The site's lobby kiosk out of paper since 08:40, as its event would arrive from the hub: the
// desk's printer-trouble banner.
void seedKioskPaperOut(Store &store)
{
    QSqlDatabase db = store.events().database().sql();
    const QString kiosk = QStringLiteral("demo-kiosk");
    Event enrolled;
    enrolled.terminalId = QStringLiteral("hub:demo");
    enrolled.type = QStringLiteral("site.terminal.enrolled");
    enrolled.occurredAt = QDateTime::currentDateTimeUtc();
    enrolled.payload
        = QJsonDocument(QJsonObject { { QStringLiteral("terminal"), kiosk },
                            { QStringLiteral("name"), QStringLiteral("Lobby kiosk") },
                            { QStringLiteral("role"), QStringLiteral("kiosk") },
                            { QStringLiteral("key_id"), QStringLiteral("demo-kiosk-key") },
                            { QStringLiteral("public_key"),
                                QString::fromLatin1(QByteArray(32, '\x01').toBase64()) } })
              .toJson(QJsonDocument::Compact);
    terminalProjection(enrolled.type)(enrolled, db);
    Event paperOut;
    paperOut.terminalId = kiosk;
    paperOut.type = QStringLiteral("device.printer.state");
    paperOut.occurredAt = QDateTime(QDate::currentDate(), QTime(8, 40), Qt::LocalTime).toUTC();
    paperOut.payload
        = QJsonDocument(QJsonObject { { QStringLiteral("condition"), QStringLiteral("paper_out") },
                            { QStringLiteral("detail"), QStringLiteral("Out of paper") } })
              .toJson(QJsonDocument::Compact);
    terminalProjection(paperOut.type)(paperOut, db);
}

DemoVisits seedVisits(Store &store, Visits &visits)
{
    const DirectoryImport import = parseDirectoryCsv(QByteArray(kDirectory));
    if (!import.ok())
        throw Error(Error::Kind::Invalid,
            QStringLiteral("demo directory: %1").arg(import.errors.first().text()));
    applyDirectoryRecords(import.records, store.events().database());

    const int answers[7][2] = { { 9, 1 }, { 12, 0 }, { 8, 1 }, { 5, 2 }, { 10, 1 }, { 7, 0 } };
    for (int daysAgo = 6; daysAgo >= 1; --daysAgo)
        rateDay(store, daysAgo, answers[6 - daysAgo][0], answers[6 - daysAgo][1]);

    const QString actor = QStringLiteral("Front desk");
    visits.checkIn(walkIn(QStringLiteral("李明"), QStringLiteral("13912345678"),
                       QStringLiteral("P-0001"), QStringLiteral("interview")),
        actor);
    visits.checkIn(walkIn(QStringLiteral("Chan Tai Man"), QStringLiteral("9123 4567"),
                       QStringLiteral("P-0001"), QStringLiteral("contractor"), 2,
                       QStringLiteral("粤B·D12345")),
        actor);
    const CheckInResult left
        = visits.checkIn(walkIn(QStringLiteral("刘洋"), QStringLiteral("13600001111"),
                             QStringLiteral("P-0001"), QStringLiteral("delivery")),
            actor);
    visits.checkOutVisit(left.visit.id, actor);
    const CheckInResult forgotten
        = visits.checkIn(walkIn(QStringLiteral("Sarah Lee"), QStringLiteral("+44 7700 900123"),
                             QStringLiteral("P-0001"), QStringLiteral("visit")),
            actor);
    // As the end-of-day closing records it: flagged for the desk.
    const QString type = QStringLiteral("visit.checked_out");
    store.events().record({ type,
                              QJsonObject { { QStringLiteral("visit"), forgotten.visit.id },
                                  { QStringLiteral("how"), QStringLiteral("auto") },
                                  { QStringLiteral("number"), forgotten.visit.number } },
                              {}, {} },
        terminalProjection(type));

    visits.addDenyEntry(QStringLiteral("王五"), QStringLiteral("13800001234"), {},
        QStringLiteral("Harassed reception staff, March; management banned him"), actor);
    DemoVisits demo;
    demo.held = visits
                    .checkIn(walkIn(QStringLiteral("王五"), QStringLiteral("13500009999"),
                                 QStringLiteral("P-0001"), QStringLiteral("visit")),
                        actor)
                    .visit;
    VisitRequest kiosk = walkIn(QStringLiteral("Emily Wong"), QStringLiteral("6123 4567"),
        QStringLiteral("P-0101"), QStringLiteral("delivery"));
    kiosk.via = QStringLiteral("kiosk");
    kiosk.language = QStringLiteral("en");
    demo.waiting = visits.checkIn(kiosk, {}).visit;

    const QDate tomorrow = QDate::currentDate().addDays(1);
    demo.invitation = visits.invite(walkIn(QStringLiteral("陈静"), QStringLiteral("13711112222"),
                                        QStringLiteral("P-0001"), QStringLiteral("interview")),
        QDateTime(tomorrow, QTime(0, 0), Qt::LocalTime).toUTC(),
        QDateTime(tomorrow, QTime(23, 59), Qt::LocalTime).toUTC(), actor);
    return demo;
}

} // namespace lobbydesk::demo
