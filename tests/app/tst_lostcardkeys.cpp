#include "app/terminalapp.h"
#include "sampledirectory.h"
#include "services/cards.h"
#include "services/keys.h"
#include "store/store.h"
#include "tempdatadir.h"

#include <catch2/catch.hpp>

using namespace lobbydesk;

// The terminal wires the two services: a card reported lost names the keys its holder still
// has out, so the desk can ask for them back.
TEST_CASE("a lost card's holder still holding a key is flagged to the desk", "[cards][keys]")
{
    TempDataDir data;
    TerminalConfig config;
    config.role = Role::Desk;
    config.language = Language::English;
    config.dataDir = data.path();
    TerminalApp terminal(config);
    loadSampleDirectory(terminal.store());

    const Key key = terminal.keys().deposit(
        { QStringLiteral("K-101"), QStringLiteral("BCK-101"), QStringLiteral("Front door, 2 keys"),
            QStringLiteral("B1"), QStringLiteral("P-0001"), QStringLiteral("1201"),
            { QStringLiteral("P-0002") }, QStringLiteral("zh_CN") },
        QStringLiteral("desk"));
    KeySignOut out;
    out.keyId = key.id;
    out.borrowerKind = QStringLiteral("person");
    out.borrowerId = QStringLiteral("P-0001");
    out.language = QStringLiteral("en");
    out.reason = QStringLiteral("Let the plumber in");
    terminal.keys().signOut(out, QStringLiteral("desk"));

    const Cards::Outcome lost
        = terminal.cards().reportLost(QStringLiteral("P-0001"), {}, QStringLiteral("desk"));
    QStringList texts;
    for (const LostCardFlag &flag : lost.flags)
        texts.append(flag.text);
    INFO(texts.join(QStringLiteral(" | ")).toStdString());
    CHECK(texts.filter(QStringLiteral("Still holds key K-101 (Front door, 2 keys)")).size() == 1);

    // Someone with no key out: only the card's own flags.
    const Cards::Outcome other
        = terminal.cards().reportLost(QStringLiteral("P-0002"), {}, QStringLiteral("desk"));
    for (const LostCardFlag &flag : other.flags)
        CHECK_FALSE(flag.text.contains(QStringLiteral("Still holds key")));
}
