#include "catchqstring.h"
#include "services/printerreports.h"
#include "siteterminal.h"
#include "store/eventlog.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace lobbydesk;

namespace {

struct Terminal : SiteTerminal
{
    PrinterReports printers { store.events(), [this] { return clock; } };
};

qint64 printerEvents(Terminal &terminal)
{
    QSqlQuery query(terminal.store.events().database().sql());
    query.exec(QStringLiteral("SELECT count(*) FROM events WHERE type = 'device.printer.state'"));
    query.next();
    return query.value(0).toLongLong();
}

} // namespace

TEST_CASE("a printer's condition is recorded once per change", "[printers]")
{
    Terminal kiosk;
    CHECK(kiosk.printers.own().condition.isEmpty());
    CHECK(kiosk.printers.report(printercondition::kReady, QStringLiteral("Ready (/dev/pts/3)")));
    CHECK_FALSE(kiosk.printers.report(printercondition::kReady, QStringLiteral("Ready (/dev/x)")));
    kiosk.clock = kiosk.clock.addSecs(60);
    CHECK(kiosk.printers.report(printercondition::kPaperOut, QStringLiteral("Out of paper")));
    CHECK(printerEvents(kiosk) == 2);
    const SitePrinter own = kiosk.printers.own();
    CHECK(own.condition == printercondition::kPaperOut);
    CHECK(own.since == kiosk.clock);
    // Its own trouble is in its own status bar, not in the list of others.
    CHECK(kiosk.printers.troubleElsewhere().isEmpty());
}

TEST_CASE("an unknown printer condition is refused and nothing recorded", "[printers]")
{
    Terminal kiosk;
    CHECK_THROWS_WITH(kiosk.printers.report(QStringLiteral("on fire"), {}),
        Catch::Contains("not a printer condition"));
    CHECK(printerEvents(kiosk) == 0);
}

TEST_CASE("the desk sees another terminal's printer that cannot print", "[printers]")
{
    Terminal kiosk;
    Terminal desk;
    const SigningKeyPair keys = kiosk.enrolKey();
    hubEvent(QStringLiteral("site.terminal.enrolled"),
        { { QStringLiteral("terminal"), kiosk.store.terminalId() },
            { QStringLiteral("name"), QStringLiteral("Lobby kiosk") },
            { QStringLiteral("role"), QStringLiteral("kiosk") },
            { QStringLiteral("key_id"), signingKeyId(keys.publicKey) },
            { QStringLiteral("public_key"), QString::fromLatin1(keys.publicKey.toBase64()) } },
        { &desk });

    kiosk.printers.report(printercondition::kReady, {});
    desk.pullFrom(kiosk);
    CHECK(desk.printers.troubleElsewhere().isEmpty());

    kiosk.clock = kiosk.clock.addSecs(600);
    kiosk.printers.report(printercondition::kCoverOpen, QStringLiteral("Cover open"));
    desk.pullFrom(kiosk);
    const QList<SitePrinter> trouble = desk.printers.troubleElsewhere();
    REQUIRE(trouble.size() == 1);
    CHECK(trouble.first().terminalId == kiosk.store.terminalId());
    CHECK(trouble.first().terminalName == QStringLiteral("Lobby kiosk"));
    CHECK(trouble.first().condition == printercondition::kCoverOpen);
    CHECK(trouble.first().since == kiosk.clock);

    // Low paper still prints: not trouble for the desk.
    kiosk.clock = kiosk.clock.addSecs(60);
    kiosk.printers.report(printercondition::kPaperLow, {});
    desk.pullFrom(kiosk);
    CHECK(desk.printers.troubleElsewhere().isEmpty());
}

TEST_CASE("a late, older printer report does not undo a newer one", "[printers]")
{
    Terminal kiosk;
    Terminal desk;
    kiosk.printers.report(printercondition::kPaperOut, {});
    kiosk.clock = kiosk.clock.addSecs(120);
    kiosk.printers.report(printercondition::kReady, {});

    // The newer report first (as a projection replayed out of order would see it), then the
    // older one.
    QList<Event> events;
    kiosk.store.events().forEach([&](const Event &event) {
        if (isPrinterEvent(event.type))
            events.append(event);
        return true;
    });
    REQUIRE(events.size() == 2);
    QSqlDatabase db = desk.store.events().database().sql();
    applyPrinterEvent(events.at(1), db);
    applyPrinterEvent(events.at(0), db);
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT condition FROM site_printers"));
    REQUIRE(query.next());
    CHECK(query.value(0).toString() == printercondition::kReady);
}
