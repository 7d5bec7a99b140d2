#include "app/demostaff.h"

#include "core/error.h"
#include "core/eventhash.h"
#include "core/pin.h"
#include "directory/directorycsv.h"
#include "directory/directoryprojection.h"
#include "services/projections.h"
#include "store/store.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace lobbydesk::demo {
namespace {

// The staff rows of assets/directory/sample-directory.csv.
constexpr char kStaff[] = "kind,id,name,unit,floor,company,roles,phone,cards,approval,active\n"
                          "staff,S-001,李四,,,,desk,,0A0B0C0D,,\n"
                          "staff,S-002,王芳,,,,desk,,0A0B0C0E,,\n"
                          "staff,S-003,刘强,,,,guard,,0A0B0C0F,,\n";

} // namespace

void seedStaffPin(Store &store, const QString &staffId, const QString &pin)
{
    const DirectoryImport import = parseDirectoryCsv(QByteArray(kStaff));
    if (!import.errors.isEmpty())
        throw Error(Error::Kind::Invalid,
            QStringLiteral("demo staff: %1").arg(import.errors.first().text()));
    applyDirectoryRecords(import.records, store.events().database());
    Event event;
    event.id = newEventId();
    event.terminalId = QStringLiteral("hub:demo");
    event.seq = 1;
    event.type = QStringLiteral("directory.staff.pin_set");
    event.payload
        = QJsonDocument(QJsonObject { { QStringLiteral("staff"), staffId },
                            { QStringLiteral("pin_hash"), hashPin(pin, kStaffPinRules) } })
              .toJson(QJsonDocument::Compact);
    event.occurredAt = QDateTime::currentDateTimeUtc();
    event.actor = QStringLiteral("");
    event.prevHash = QByteArray(32, '\0');
    event.hash = eventHash(event);
    store.events().storePulled({ event }, terminalProjection, [](QSqlDatabase &) {});
}

} // namespace lobbydesk::demo
