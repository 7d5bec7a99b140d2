#include "app/languageswitcher.h"
#include "app/terminalapp.h"
#include "sampledirectory.h"
#include "services/cards.h"
#include "services/keys.h"
#include "services/lostcardbypin.h"
#include "services/tenantpins.h"
#include "store/store.h"
#include "tempdatadir.h"

#include <catch2/catch.hpp>
#include <memory>

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

// A tenant who blocks their lost card at the kiosk with their card PIN goes through the same
// report-lost path: the keys they still hold are flagged as when the desk blocks it.
TEST_CASE(
    "a card blocked with the tenant's PIN flags the keys its holder still has", "[cards][keys]")
{
    TempDataDir data;
    TerminalConfig config;
    config.role = Role::Kiosk;
    config.language = Language::English;
    config.dataDir = data.path();
    auto terminal = std::make_unique<TerminalApp>(config);
    loadSampleDirectory(terminal->store());

    // 张三's spare key, which he lets 刘洋 borrow.
    const Key key = terminal->keys().deposit(
        { QStringLiteral("K-201"), QStringLiteral("BCK-201"), QStringLiteral("Bike room"),
            QStringLiteral("B2"), QStringLiteral("P-0001"), QStringLiteral("1201"),
            { QStringLiteral("P-0006") }, QStringLiteral("zh_CN") },
        QStringLiteral("desk"));
    KeySignOut out;
    out.keyId = key.id;
    out.borrowerKind = QStringLiteral("person");
    out.borrowerId = QStringLiteral("P-0006");
    out.language = QStringLiteral("en");
    out.reason = QStringLiteral("Bicycle");
    terminal->keys().signOut(out, QStringLiteral("desk"));

    terminal->tenantPins().setPin(QStringLiteral("P-0006"), QStringLiteral("2580"),
        QStringLiteral("2580"), QStringLiteral("刘洋"));
    const LostCardByPin lost = reportLostByPin(terminal->tenantPins(), terminal->cards(),
        QStringLiteral("P-0006"), QStringLiteral("2580"), QStringLiteral("刘洋"));
    REQUIRE(lost.outcome.blocked == QStringList { QStringLiteral("04B7C8D9") });
    QStringList texts;
    for (const LostCardFlag &flag : lost.outcome.flags)
        texts.append(flag.text);
    INFO(texts.join(QStringLiteral(" | ")).toStdString());
    CHECK(texts.filter(QStringLiteral("Still holds key K-201 (Bike room)")).size() == 1);

    // The terminal starts again with that blocked card in its store: the desk's list of blocked
    // cards asks the keys service for the holder's loans as it starts.
    terminal.reset();
    TerminalApp again(config);
    CHECK(again.cards().blockedCards().size() == 1);
}

// A kiosk in 繁體 and a desk in 简体 or English: the block's reason is recorded in English and
// each screen shows it in its own language.
TEST_CASE("a block's reason shows in each screen's language, not the recording screen's", "[cards]")
{
    TempDataDir data;
    TerminalConfig config;
    config.role = Role::Desk;
    config.language = Language::TraditionalChinese;
    config.dataDir = data.path();
    TerminalApp terminal(config);
    loadSampleDirectory(terminal.store());
    terminal.cards().reportLost(QStringLiteral("P-0001"), {}, QStringLiteral("desk"));
    terminal.cards().reportLost(
        QStringLiteral("P-0002"), QStringLiteral("钱包被偷"), QStringLiteral("desk"));
    QHash<QString, QString> recorded;
    for (const CardBinding &card : terminal.cards().blockedCards())
        recorded.insert(card.personId, card.reason);
    CHECK(recorded.value(QStringLiteral("P-0001")) == QStringLiteral("reported lost at the desk"));
    CHECK(
        cardReasonText(recorded.value(QStringLiteral("P-0001"))) == QStringLiteral("已在前台掛失"));
    REQUIRE(terminal.languages().select(QStringLiteral("zh_CN")));
    CHECK(
        cardReasonText(recorded.value(QStringLiteral("P-0001"))) == QStringLiteral("已在前台挂失"));
    REQUIRE(terminal.languages().select(QStringLiteral("en")));
    CHECK(cardReasonText(recorded.value(QStringLiteral("P-0001")))
        == QStringLiteral("reported lost at the desk"));
    // What a person typed stays as typed.
    CHECK(cardReasonText(recorded.value(QStringLiteral("P-0002"))) == QStringLiteral("钱包被偷"));
}
