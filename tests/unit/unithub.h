#pragma once

#include "hub/hubadmin.h"
#include "hub/hubdatabase.h"
#include "tempdatadir.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <catch2/catch.hpp>

// A hub with the site "tower" and the sample directory, as lobbydesk-ctl hub builds it, for
// the unit tests of what its admin commands record.
struct UnitHub
{
    TempDataDir dir;
    lobbydesk::HubDatabase db { QStringLiteral("sqlite:") + dir.file(QStringLiteral("hub.db")) };
    lobbydesk::HubAdmin admin { db };

    UnitHub()
    {
        admin.createSite(QStringLiteral("tower"), QStringLiteral("Harbour Tower"));
        QFile csv(QStringLiteral(LOBBYDESK_SOURCE_DIR "/assets/directory/sample-directory.csv"));
        REQUIRE(csv.open(QIODevice::ReadOnly));
        admin.importDirectory(QStringLiteral("tower"), csv.readAll());
    }

    // The payloads of the site's hub events of one type, oldest first.
    QList<QJsonObject> events(const QString &type)
    {
        QSqlQuery query(db.sql());
        query.prepare(QStringLiteral(
            "SELECT payload FROM events WHERE site_id = 'tower' AND type = ? ORDER BY seq"));
        query.addBindValue(type);
        REQUIRE(query.exec());
        QList<QJsonObject> payloads;
        while (query.next())
            payloads.append(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
        return payloads;
    }
};
